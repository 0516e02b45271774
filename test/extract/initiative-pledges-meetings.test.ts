import { describe, expect, it } from 'vitest';
import { extractCorpus, extractDocument } from '../../src/extract/index.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });

describe('a grant given by its verb', () => {
  it('names a package by the amount and the mine-action work it is for, and the giver takes part', () => {
    const out = extractDocument(doc('a', 'Norway pledged CHF 40 million for humanitarian demining in Ukraine.'));
    const norway = out.actor.find((a) => a.name === 'Norway');
    expect(norway).toBeDefined();
    expect(out.initiative.map((r) => [r.name, r.kind, r.participants ?? []])).toEqual([
      ['CHF 40 million for humanitarian demining in Ukraine', 'package', [`actor:${norway?.id}`]],
    ]);
  });

  it('reads "a pledge of" an amount, and an additional amount after the verb', () => {
    const names = (text: string) => extractDocument(doc('a', text)).initiative.map((r) => r.name);
    expect(names('Westland made a pledge of EUR 3 million for victim assistance.')).toEqual(['pledge of EUR 3 million for victim assistance']);
    expect(names('The fund has committed an additional USD 5 million to mine risk education in Chad.')).toEqual(['USD 5 million to mine risk education in Chad']);
  });

  it('takes no amount for other work and no total since a year', () => {
    const names = (text: string) => extractDocument(doc('a', text)).initiative.map((r) => r.name);
    expect(names('The council approved $2 million for road repairs.')).toEqual([]);
    expect(names('Westland contributed JPY 90 million to Lakeland Demining Services.')).toEqual([]);
    expect(names('Westland contributed $1.5 million to support clearance in Lakeland since 2010.')).toEqual([]);
  });
});

describe('a recurring meeting named bare', () => {
  it('joins the meeting its document named before, never another document’s', () => {
    const out = extractCorpus([
      doc('a', 'The Second Review Conference of the Lakeland Treaty ended in May. The Review Conference adopted a plan.'),
      doc('b', 'The First Review Conference of the Westland Convention ended in June. The Review Conference adopted a declaration.'),
    ]).initiative.filter((r) => r.kind === 'conference').map((r) => [r.name, r.aliases ?? [], r.sources.map((s) => s.source)]);
    expect(out).toEqual([
      ['First Review Conference of the Westland Convention', [], ['b']],
      ['Second Review Conference of the Lakeland Treaty', [], ['a']],
    ]);
  });
});

describe('a footnote number glued to a name', () => {
  it('is no part of the name', () => {
    const names = extractDocument(doc('a', 'The First Review Conference led to the Lakeland Action Plan2. It was adopted.')).initiative.map((r) => r.name);
    expect(names).toContain('Lakeland Action Plan');
  });
});
