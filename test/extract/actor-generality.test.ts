/** Round two of actor finding: mechanisms that follow the shape of the text (issue 10, item 4). */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });
const names = (text: string) => extractDocument(doc('a', text)).actor.map((a) => [a.name, a.kind, a.aliases ?? []]);

describe('acronyms a document defines', () => {
  it('reads "DRC" as the organisation the document defined it for, not as the country', () => {
    expect(names('The Danish Refugee Council (DRC) opened an office. DRC will deploy six teams next year.')).toEqual([
      ['Danish Refugee Council', 'organisation', ['DRC']],
    ]);
  });
});

describe('countries named only to place something else', () => {
  it('drops a country that follows a place name and a comma', () => {
    expect(names('The school was based in Quetta, Pakistan.')).toEqual([]);
  });

  it('drops a country that a place borders, with its short form in brackets', () => {
    expect(names('Two villages neighbouring the Democratic Republic of Congo (DRC) were cleared by the HALO Trust.')).toEqual([
      ['HALO Trust', 'organisation', []],
    ]);
  });

  it('keeps a country named elsewhere in the document as a party, and lists of countries', () => {
    expect(names('Land was cleared in Peru, Chile and Bolivia. Teams met at Tacna, Peru. Peru funded the survey.')).toEqual([
      ['Bolivia', 'country', []],
      ['Chile', 'country', []],
      ['Peru', 'country', []],
    ]);
  });
});

describe('names that stop where the text says they stop', () => {
  it('does not run an organisation on into the next "Label:" line', () => {
    expect(names('Donor: Government of Norway\nImplementing partner: Mines Advisory Group')).toEqual([
      ['Mines Advisory Group', 'organisation', []],
      ['Norway', 'country', ['Government of Norway']],
    ]);
  });

  it('takes no event or text for an organisation ("Press Conference", "Press Release")', () => {
    expect(names('Press Release\n\nA Press Conference was held by the National Demining Office.')).toEqual([
      ['National Demining Office', 'organisation', []],
    ]);
  });
});

describe('bylines', () => {
  it('reads "Reporting by" and "Editing by" as people', () => {
    expect(names('Fields reopen in the east.\n\nReporting by Lena Sorensen; Editing by Paul Okafor')).toEqual([
      ['Lena Sorensen', 'person', []],
      ['Paul Okafor', 'person', []],
    ]);
  });
});
