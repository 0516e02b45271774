import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });
const names = (text: string) => extractDocument(doc('a', text)).initiative.map((r) => [r.name, r.kind]);

describe('a series of recurring meetings', () => {
  it('is named in the plural, its first word in lower case when a later one is capitalised', () => {
    expect(names('Review Conferences are held every five years to review how the treaty works.')).toEqual([['Review Conferences', 'conference']]);
    expect(names('Progress is reported at the annual meetings of the States Parties, as the treaty requires.')).toEqual([['meetings of the States Parties', 'conference']]);
  });

  it('keeps the parties who meet as an actor, and reads no lower-case series alone', () => {
    const out = extractDocument(doc('a', 'Progress is reported at the annual meetings of the States Parties.'));
    expect(out.actor.map((a) => a.name)).toContain('States Parties');
    expect(names('Two review conferences were held in the region.')).toEqual([]);
  });

  it('is not run into a possessive head before it', () => {
    expect(names("The Treaty's Meetings of the States Parties review progress every year.")).toEqual([['Meetings of the States Parties', 'conference']]);
  });
});

describe('names before a lower-case noun', () => {
  it('reads a quoted name before "approach"', () => {
    expect(names('Westland suggested the “Each One Brings One” approach: every member invites another.')).toEqual([['Each One Brings One', 'policy']]);
  });

  it('reads a proper name after an order or newness word', () => {
    expect(names('Lakeland, which began its first-ever Westland Humanitarian Mine Action project inside the country, joined.')).toEqual([
      ['Westland Humanitarian Mine Action project', 'project'],
    ]);
    expect(names('The money will be spent through the UK’s existing Global Mine Action programme.')).toEqual([['Global Mine Action programme', 'programme']]);
  });
});

describe('a grant after its giver’s possessive', () => {
  it('names the grant and makes the country take part', () => {
    const out = extractDocument(doc('a', "Japan's current three-year $12 million pledge to mine action was delivered early."));
    const japan = out.actor.find((a) => a.name === 'Japan');
    expect(out.initiative.map((r) => [r.name, r.kind, r.participants ?? []])).toEqual([
      ['current three-year $12 million pledge', 'package', [`actor:${japan?.id}`]],
    ]);
  });
});

describe('a described undertaking and the time it was named at', () => {
  it('ends before "on Monday", "in March" or "last week"', () => {
    expect(names('Westland and Lakeland signed a memorandum of understanding on joint clearance of the border on Monday.')).toEqual([
      ['memorandum of understanding on joint clearance of the border', 'agreement'],
    ]);
    expect(names('Westland and Lakeland signed a memorandum of understanding on joint clearance of the border last week.')).toEqual([
      ['memorandum of understanding on joint clearance of the border', 'agreement'],
    ]);
  });
});

describe('who takes part, read after an anaphor', () => {
  it('goes to the initiative the anaphor stands for', () => {
    const out = extractDocument(doc('a', 'The Northland Clearance Project began in 2020. The project, funded by Japan and implemented by the HALO Trust, ends in 2027.'));
    const ids = new Map(out.actor.map((a) => [a.name, `actor:${a.id}`]));
    expect(out.initiative.map((r) => [r.name, r.participants ?? []])).toEqual([['Northland Clearance Project', [ids.get('HALO Trust'), ids.get('Japan')].sort()]]);
  });

  it('takes a launching subject before the anaphor as a lead', () => {
    const out = extractDocument(doc('a', "The Northland Clearance Project began in 2020. Last year Japan launched the project's second phase."));
    expect(out.initiative.map((r) => [r.name, r.leads ?? []])).toEqual([['Northland Clearance Project', [`actor:${out.actor.find((a) => a.name === 'Japan')?.id}`]]]);
  });
});

describe('generic agreements and described projects', () => {
  it('tells two memoranda of one document apart by their topic, each with its parties', () => {
    const out = extractDocument(doc('a', 'Japan and Cambodia signed a Memorandum of Understanding on demining cooperation. Later, Norway and Laos signed a Memorandum of Understanding on victim assistance.'));
    expect(out.initiative.map((r) => [r.name, (r.participants ?? []).length])).toEqual([
      ['Memorandum of Understanding on demining cooperation', 2],
      ['Memorandum of Understanding on victim assistance', 2],
    ]);
  });

  it('reads a donor-funded project opening a title, with who funds and implements it', () => {
    const out = extractDocument(doc('a', 'EU-funded demining project in Westland province completes its first year\n\nThe European Union funded the project, which is implemented by MAG.'));
    expect(out.initiative.map((r) => [r.name, r.kind, (r.participants ?? []).length])).toEqual([['EU-funded demining project in Westland province', 'project', 2]]);
  });
});

describe('what "led to" an initiative', () => {
  it('caused it and leads nothing', () => {
    const out = extractDocument(doc('a', 'The First Review Conference was held in Nairobi (Kenya) in 2004 and led to the Lakeland Action Plan.'));
    expect(out.initiative.find((r) => r.name === 'Lakeland Action Plan')?.leads ?? []).toEqual([]);
    const led = extractDocument(doc('a', 'Kenya led the Lakeland Action Plan.'));
    expect(led.initiative.find((r) => r.name === 'Lakeland Action Plan')?.leads ?? []).toEqual(['actor:kenya']);
  });
});

describe('a compound of heads', () => {
  it('is what its last head says', () => {
    expect(names('The Lakeland Treaty Review Conference met in Oslo.')).toEqual([['Lakeland Treaty Review Conference', 'conference']]);
  });
});

describe('a body named after an undertaking', () => {
  it('is an organisation, not an initiative', () => {
    const out = extractDocument(doc('a', 'The Lakeland Demining Programme Office opened in May.'));
    expect([out.initiative.map((r) => r.name), out.actor.map((a) => [a.name, a.kind])]).toEqual([[], [['Lakeland Demining Programme Office', 'organisation']]]);
  });
});
