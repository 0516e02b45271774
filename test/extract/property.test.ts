import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCorpus, extractDocument, type DocumentInput } from '../../src/extract/index.js';
import { applyChanges, mergeIntoExisting } from '../../src/drafts/merge.js';
import type { AnyRecord } from '../../src/model/records.js';
import { readDocuments, REPO, schemaValidators, TYPES } from './helpers.js';

/** Pieces of text the engine reacts to, to build adversarial documents from. */
const FRAGMENTS = [
  'Japan', 'Cambodia', "Japan's", 'Cambodian Mine Action Centre (CMAC)', 'CMAC', 'KAMIKAWA Yoko', 'Ms.', 'Prime Minister',
  'Hun Manet', 'foreign minister,', 'Initiative', 'the "Japan-Cambodia Landmine Initiative"', '\u201C', '\u201D', '"', "'",
  'four pillars;', 'three approaches:', 'First,', 'Second,', 'Third,', 'Result 1:', 'Result 2:', 'more than', 'nearly', 'up to',
  'an estimated', '4 million to 6 million', 'between 20 and 30', '3,000 square kilometres', '160 million euros', 'US$2.1m',
  'USD 12.5 million', '71%', 'Seventy-one percent', 'a dozen', 'thousands', 'several', 'the past decade', '2022-2023',
  'July 15', '20:45', '22nd', '5<sup>th</sup>', 'Resolution 1325', '**', '*', '_', '`', '#', '## ', '- ', '* ', '1. ', '\u2022 ',
  '(', ')', '[', ']', '](http://x)', '<b>', '</b>', '<!--', '-->', '&amp;', '&#8217;', '&nbsp;', '\n', '\n\n', '\r\n', '\t',
  ' ', ',', '.', ';', ':', '\u2014', '\u2013', '-', '/', '|', '\u00A0', '\u200B', '\uFEFF', '\u0301', 'é', 'Saša', '日本',
  '\uD83D\uDCA3', '\uD83D', '\uDCA3', '999999999999999999999999', '1e400', '0.000001', '1,2,3', '9'.repeat(40), 'the', 'and',
  'of', 'said', 'launched', 'Lithuanian-led', 'a new Japanese initiative to strengthen cooperation', 'The initiative',
  'focuses on', 'A, B and C', 'Government of Ukraine', 'Ministry of Economy', 'UNDP Representative Office in Ukraine',
];

const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(' '));
const noisyText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 60 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme-composite', maxLength: 200 }), fragmentText, noisyText);

function allRecords(out: { initiative: AnyRecord[]; pillar: AnyRecord[]; actor: AnyRecord[]; figure: AnyRecord[] }): AnyRecord[] {
  return [...out.initiative, ...out.pillar, ...out.actor, ...out.figure];
}

describe('the engine on random and adversarial text', () => {
  it('never throws and never quotes words its document does not hold', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), (text, cut) => {
        const bodyOffset = text.length === 0 ? 0 : cut % (text.length + 1);
        const out = extractDocument({ id: 'doc', text, bodyOffset });
        for (const r of allRecords(out)) {
          for (const s of r.sources) {
            expect(s.source).toBe('doc');
            expect(s.quote.length).toBeGreaterThan(0);
            expect(text.includes(s.quote)).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('only emits drafts that pass the record schemas', () => {
    const validate = schemaValidators();
    fc.assert(
      fc.property(fc.oneof(fragmentText, noisyText), (text) => {
        const out = extractDocument({ id: 'doc', text, bodyOffset: 0 });
        for (const type of TYPES) {
          for (const r of out[type] as AnyRecord[]) expect(validate[type](r), JSON.stringify(validate[type].errors)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives an undertaking named by its approach a kind the schema knows', () => {
    const validate = schemaValidators();
    const text = 'The plan will build links with other sectors including health, housing and schooling, in line with the joined-up approach of the 2030 goals.';
    const out = extractDocument({ id: 'doc', text, bodyOffset: 0 });
    expect(out.initiative.map((r) => [r.name, r.kind])).toContainEqual(['joined-up approach', 'policy']);
    for (const type of TYPES) for (const r of out[type] as AnyRecord[]) expect(validate[type](r), JSON.stringify(validate[type].errors)).toBe(true);
  });

  it('survives degenerate inputs', () => {
    const cases: DocumentInput[] = [
      { id: 'empty', text: '', bodyOffset: 0 },
      { id: 'offset-past-end', text: 'Japan', bodyOffset: 99 },
      { id: 'negative-offset', text: 'Japan', bodyOffset: -5 },
      { id: 'nan-offset', text: 'Japan', bodyOffset: Number.NaN },
      { id: 'one-long-sentence', text: `${'Japan and Cambodia and the Mine Action Centre '.repeat(3000)}.`, bodyOffset: 0 },
      { id: 'long-word', text: 'a'.repeat(100_000), bodyOffset: 0 },
      { id: 'long-number', text: `${'9'.repeat(5000)} landmines`, bodyOffset: 0 },
      { id: 'capitals', text: 'The Alpha Beta Gamma '.repeat(2000) + 'Initiative', bodyOffset: 0 },
      { id: 'markup', text: '<'.repeat(2000) + '*'.repeat(2000) + '[](' .repeat(500) + '&'.repeat(500), bodyOffset: 0 },
      { id: 'quotes', text: '"'.repeat(3000) + '\u201C'.repeat(300) + ' Initiative', bodyOffset: 0 },
      { id: 'lists', text: '- Result 1: a\n'.repeat(800) + 'First, x.\nSecond, y.\n'.repeat(400), bodyOffset: 0 },
      { id: 'binary', text: String.fromCharCode(...Array.from({ length: 5000 }, (_v, i) => (i * 7919) % 65536)), bodyOffset: 0 },
    ];
    for (const doc of cases) {
      const out = extractDocument(doc);
      for (const r of allRecords(out)) {
        for (const s of r.sources) {
          expect(doc.text.includes(s.quote)).toBe(true);
          expect(s.quote.length).toBeLessThanOrEqual(5000);
        }
      }
    }
  });
});

describe('merging random corpora', () => {
  const corpus = fc.array(fragmentText, { minLength: 1, maxLength: 4 }).map((texts) => texts.map((text, i) => ({ id: `d${i}`, text, bodyOffset: 0 })));

  it('changes nothing when the same drafts are merged twice', () => {
    fc.assert(
      fc.property(corpus, fc.nat(3), (docs, split) => {
        const first = extractCorpus(docs.slice(0, split));
        const second = extractCorpus(docs);
        const kb = applyChanges(applyChanges({}, mergeIntoExisting({}, first).changes), mergeIntoExisting(applyChanges({}, mergeIntoExisting({}, first).changes), second).changes);
        expect(mergeIntoExisting(kb, second).changes).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('never changes a reviewed record', () => {
    fc.assert(
      fc.property(corpus, corpus, fc.array(fc.boolean(), { maxLength: 60 }), (a, b, flags) => {
        const base = applyChanges({}, mergeIntoExisting({}, extractCorpus(a)).changes);
        let i = 0;
        const reviewed = Object.fromEntries(
          Object.entries(base).map(([type, list]) => [type, list.map((r) => (flags[i++ % Math.max(1, flags.length)] ? { ...r, status: 'reviewed' as const } : r))]),
        ) as typeof base;
        const frozen = JSON.stringify(reviewed);
        const reviewedKeys = new Set(Object.entries(reviewed).flatMap(([type, list]) => list.filter((r) => r.status === 'reviewed').map((r) => `${type}:${r.id}`)));
        const { changes } = mergeIntoExisting(reviewed, extractCorpus(b.map((d) => ({ ...d, id: `b${d.id}` }))));
        expect(JSON.stringify(reviewed)).toBe(frozen);
        for (const c of changes) if (c.kind === 'update') expect(reviewedKeys.has(`${c.type}:${c.id}`)).toBe(false);
        for (const c of changes) if (c.kind === 'add') expect(reviewedKeys.has(`${c.type}:${c.id}`)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the engine on mutated real documents', () => {
  const docs = [...readDocuments(REPO), ...readDocuments(`${REPO}/eval/corpus`)];
  const mutation = fc.record({
    doc: fc.nat(docs.length - 1),
    edits: fc.array(fc.record({ at: fc.nat(), cut: fc.nat(40), insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 6 })) }), { minLength: 1, maxLength: 12 }),
  });

  it('keeps every quote verbatim and every draft valid after random edits', () => {
    const validate = schemaValidators();
    fc.assert(
      fc.property(mutation, ({ doc, edits }) => {
        const original = docs[doc]!;
        let text = original.text.slice(original.bodyOffset);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        const out = extractDocument({ id: original.id, text, bodyOffset: 0 });
        for (const type of TYPES) {
          for (const r of out[type] as AnyRecord[]) {
            expect(validate[type](r), JSON.stringify(validate[type].errors)).toBe(true);
            for (const s of r.sources) expect(text.includes(s.quote)).toBe(true);
          }
        }
      }),
      { numRuns: 120 },
    );
  });
});
