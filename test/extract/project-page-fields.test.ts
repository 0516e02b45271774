/** A project page's labelled fields ("Project Number: …", "Project Title: …"): labels are no initiatives, a title field names one. */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const doc = (text: string) => ({ id: 'a', text, bodyOffset: 0 });
const initiatives = (text: string) => extractDocument(doc(text)).initiative.map((r) => [r.name, r.kind]);

const PAGE = [
  'Mine Action Support to the Lakeland Authority',
  '',
  'Project Number: 00012345',
  '',
  'Project Title: Clearing for Results Phase III',
  '',
  'Project Duration: 2016-2019',
  '',
  'Project Description This project helps the national authority clear land in Upper Dell province.',
  '',
].join('\n');

describe('the labelled fields of a project page', () => {
  it('are not initiatives themselves: "Project Number", "Project Duration", "Project Description This"', () => {
    const names = initiatives(PAGE).map(([name]) => name);
    expect(names.filter((name) => /^Project (?:Number|Duration|Description)/.test(name!))).toEqual([]);
  });

  it('name the initiative in a title field, whatever its last word', () => {
    expect(initiatives(PAGE)).toContainEqual(['Clearing for Results Phase III', 'project']);
    expect(initiatives('Programme: Safe Ground for All\n\nThe programme trains deminers.\n')).toContainEqual(['Safe Ground for All', 'programme']);
  });

  it('end a name at its head when a label follows it: "the Safe Fields Project Document"', () => {
    expect(initiatives('The Safe Fields Project Document was signed in May.')).toEqual([['Safe Fields Project', 'project']]);
  });

  it('hold codes, not counts: a number written with a leading zero', () => {
    const figures = extractDocument(doc(PAGE)).figure.map((f) => f.value);
    expect(figures).not.toContain(12345);
    expect(extractDocument(doc('The teams cleared 0.5 hectares.')).figure.map((f) => f.value)).toEqual([0.5]);
  });

  it('are one fact a line when written without blank lines or stops between them', () => {
    const text = [
      'Project Title: Mine Clearance in Upper Dell Province',
      'Donor Agency: Government of Japan',
      'Implementing Partner: Lakeland Mine Action Centre (LMAC)',
      'Budget: USD 1,200,000',
      'Duration: 24 months',
      '',
      'The project will clear 3 square kilometres of land.',
      '',
    ].join('\n');
    const out = extractDocument(doc(text));
    expect(out.initiative.map((r) => [r.name, r.participants])).toEqual([
      ['Mine Clearance in Upper Dell Province', ['actor:japan', 'actor:lakeland-mine-action-centre']],
    ]);
    // a label is no body: "Donor Agency" is not an organisation
    expect(out.actor.map((a) => a.name).sort()).toEqual(['Japan', 'Lakeland Mine Action Centre']);
    expect(out.figure.map((f) => [f.value, f.unit, f.sources[0]!.quote])).toEqual([
      [1200000, 'USD', 'Budget: USD 1,200,000'],
      [24, 'month', 'Duration: 24 months'],
      [3, 'km2', 'The project will clear 3 square kilometres of land.'],
    ]);
  });

  it('do not cut a sentence that runs on over a line break before a label-like line', () => {
    const text = 'The clearance teams of the Lakeland Mine Action Centre worked with\nLocal Police: they marked the fields.\n';
    const out = extractDocument(doc(text));
    expect(out.actor.map((a) => a.sources[0]!.quote)).toContain('The clearance teams of the Lakeland Mine Action Centre worked with\nLocal Police: they marked the fields.');
  });

  it('read "Project profile: <name>" as the project, and not as a title line naming a set ("… for Results")', () => {
    const text = 'Project profile: Landmine Clearing for Results\n\nStart — End:\n2011-03-11 — 2014-12-31\n\nThis project supports mine clearing activities throughout Lakeland.\n\nThe project works to strengthen the capacities for mine action policy-making.\n';
    const out = extractDocument(doc(text));
    expect(out.initiative.map((r) => r.name)).toEqual(['Landmine Clearing for Results']);
    expect(out.pillar).toEqual([]);
  });
});

describe('a generic name', () => {
  it('keeps the hyphened word before it that tells it apart: "the multi-donor Trust Fund"', () => {
    expect(initiatives('The multi-donor Trust Fund improves mechanisms for funding mine clearance.')).toEqual([['multi-donor Trust Fund', 'fund']]);
  });
});

describe('a head word that names a publication or a body', () => {
  it('"Policy Brief" on a masthead line is the kind of page, no policy', () => {
    expect(initiatives('Westland Review\nVol. 9, No. 2 (June 2023) — Policy Brief\n\nThe centre cleared land in 2022.')).toEqual([]);
  });

  it('a group of institutions is a body: "Parirenyatwa Group of Hospitals"', () => {
    const out = extractDocument(doc('The boys were taken to Parirenyatwa Group of Hospitals in Harare, where doctors treated them.'));
    expect(out.initiative).toEqual([]);
    expect(out.actor.map((a) => [a.name, a.kind])).toEqual([['Parirenyatwa Group of Hospitals', 'organisation']]);
  });
});
