/** Words of a page that name no actor: a numbered release's label, a journal's heading over its volume line, a currency, a body's office of a kind. */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const names = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 }).actor.map((a) => [a.name, a.kind]);

describe('page furniture that is no actor', () => {
  it('"Press Release No. 31/2023" is a numbered text, not an organisation', () => {
    expect(names('EMBASSY OF WESTLAND\nPress Release No. 31/2023\n\nWestland hands over equipment to Eastland.').filter(([, kind]) => kind === 'organisation')).toEqual([]);
  });

  it('a journal’s heading in capitals over its volume line is no person ("REVIEW" / "Vol. 9")', () => {
    expect(names('CENTRAL ASIA SECURITY REVIEW\nVol. 9, No. 2 (June 2023) — Policy Brief\n\nThe border was mined.')).toEqual([]);
  });

  it('but a family name in capitals before the given name still is one', () => {
    expect(names('The statement was read by Minister KAMIKAWA Yoko.')).toContainEqual(['Yoko Kamikawa', 'person']);
  });

  it('the letters before "dollar" name the currency: "4,080 riel to the US dollar"', () => {
    expect(names('(Exchange rate used: 4,080 riel to the US dollar.)')).toEqual([]);
  });
});

describe('a body’s office of a kind', () => {
  it('"the OSCE Programme Office in Dushanbe" is the OSCE acting, not a second body "Programme Office"', () => {
    expect(names('Since 2010 the OSCE Programme Office in Dushanbe has trained a demining unit.')).toEqual([['OSCE', 'organisation']]);
    expect(names('The UNDP Country Office supports the authority.')).toEqual([['UNDP', 'organisation']]);
  });
});

describe('names listed before "among other" or "and other" with a class of bodies', () => {
  it('"Pro Vita, Stop Mines and Demira, among other commercial companies and non-governmental organisations"', () => {
    expect(names('- Pro Vita, Stop Mines and Demira, among other commercial companies and non-governmental organisations.')).toEqual([
      ['Pro Vita', 'organisation'], ['Stop Mines', 'organisation'], ['Demira', 'organisation'],
    ].sort());
  });

  it('"Alpha Clear, Beta Safe and other operators"', () => {
    expect(names('Work went to Alpha Clear, Beta Safe and other operators.').sort()).toEqual([['Alpha Clear', 'organisation'], ['Beta Safe', 'organisation']]);
  });
});

describe('an ampersand inside a listed name', () => {
  it('"Pro Vita, Stop Mines and N&N IVSA, among other companies"', () => {
    expect(names('- Pro Vita, Stop Mines and N&N IVSA, among other companies.').map(([n]) => n).sort()).toEqual(['N&N IVSA', 'Pro Vita', 'Stop Mines']);
  });
});

describe('words of a page that look like names', () => {
  it('a press desk named only by what it does is part of the body after it ("Communications Unit, Ministry of …")', () => {
    expect(names('The minister spoke.\n\nPress contact: Communications Unit, Ministry of Foreign Affairs, tel. +47 23 95 00 00')).toEqual([['Ministry of Foreign Affairs', 'organisation']]);
  });

  it('a number in words opening a sentence is no person ("Twenty-six years after …")', () => {
    expect(names('Mr. President,\n\nTwenty-six years after the Convention was adopted, its record is impressive.')).toEqual([]);
  });
});
