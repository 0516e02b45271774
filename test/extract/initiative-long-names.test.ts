import { describe, expect, it } from 'vitest';
import { extractCorpus, extractDocument } from '../../src/extract/index.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });

describe("a treaty's formal name", () => {
  it('is read whole across its commas and joins the short names of the same treaty', () => {
    const out = extractCorpus([
      doc('a', 'Lakeland ratified the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction in May.'),
      doc('b', 'Lakeland is a State Party to the Ottawa Convention.'),
    ]).initiative.map((r) => [r.name, r.aliases ?? [], r.sources.map((s) => s.source)]);
    expect(out).toEqual([
      ['Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction', ['Ottawa Convention'], ['a', 'b']],
    ]);
  });
});

describe('the name of a record', () => {
  it('is the name, not a description that stands for it', () => {
    const out = extractDocument(doc('a', 'Delegates thanked the Lakeside Sponsorship Programme. Its humanitarian mine action program in Laos began in 1996.')).initiative;
    expect(out.map((r) => [r.name, r.aliases ?? []])).toEqual([['Lakeside Sponsorship Programme', []]]);
  });
});
