/**
 * The shortcuts of the faster engine answer exactly as what they replace: the pillar list
 * gate, early-stopping word counts, the lower-case fast path, the country-name join and
 * the memo's "no answer" entries. Real sentences of the seed documents and random text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listGateOf, MAY_OPEN_LIST, mayOpenList } from '../../src/extract/pillars/list-gate.js';
import { MAY_NAME_SET } from '../../src/extract/pillars/lead-in.js';
import { MAY_ENUMERATE } from '../../src/extract/pillars/sentences/pillar-verbs.js';
import { MAY_DO } from '../../src/extract/pillars/sentences/verb-phrase-lists.js';
import { splitCountAtMost } from '../../src/extract/text/word-count.js';
import { lowerCase } from '../../src/extract/text/lower-case.js';
import { tokenize } from '../../src/extract/text/tokens.js';
import { countryWords } from '../../src/extract/actors/actor-claims.js';
import { memoByString } from '../../src/extract/lexicon/memo.js';
import { cleanText } from '../../src/extract/text/layout/markup.js';
import { segment } from '../../src/extract/text/layout/sentences.js';
import path from 'node:path';
import { readDocuments, REPO } from './helpers.js';

/** Sentences of every seed document, as the engine cuts them. */
function seedSentences(): string[] {
  const out: string[] = [];
  for (const root of [REPO, path.join(REPO, 'eval', 'corpus'), path.join(REPO, 'eval', 'holdout')]) for (const doc of readDocuments(root)) for (const s of segment(cleanText(doc.text, doc.bodyOffset)).sentences) out.push(s.text);
  return out;
}

const awkward = fc.constantFrom(
  'pillars', 'Pillars', 'subpillars', 'will train', 'WILL Train', 'aims to', 'focuses on', 'through survey,', 'such as',
  'the goals', 'goalsK', 'pillar\u017F', 'work\u017F on', 'inclu\u212Ades', ':', '\u2013', ' ', '  ', '\n', 'é', 'İ', 'ß', '\u{1F600}', 'x',
);
const text = fc.array(fc.oneof(awkward, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(''));

describe('the pillar list gate', () => {
  const check = (s: string): void => {
    const opens = mayOpenList(s);
    expect(opens, s).toBe(MAY_OPEN_LIST.test(s));
    // where the gate is false, none of the detectors' own gates can be true
    if (!listGateOf(s, opens)) {
      expect(MAY_NAME_SET.test(s), s).toBe(false);
      expect(MAY_ENUMERATE.test(s), s).toBe(false);
      expect(MAY_DO.test(s), s).toBe(false);
    }
  };

  it('lets through every seed sentence a detector gate accepts', () => {
    const sentences = seedSentences();
    expect(sentences.length).toBeGreaterThan(100);
    for (const s of sentences) check(s);
  });

  it('lets through every random text a detector gate accepts', () => {
    fc.assert(fc.property(text, (s) => check(s)), { numRuns: 3000 });
  });

  it('is open where Unicode folding could make the wider pattern differ (ſ, Kelvin sign)', () => {
    expect(listGateOf('goal\u017F', false)).toBe(true);
    expect(listGateOf('\u212Aey', false)).toBe(true);
    expect(listGateOf('nothing here', false)).toBe(false);
  });
});

describe('splitCountAtMost', () => {
  it('is split(/\\s+/).length <= limit', () => {
    for (const s of ['', ' ', 'a', 'a b', ' a b ', 'a\n\tb  c', 'one two three four five six seven eight nine']) {
      for (let limit = 0; limit <= 10; limit++) expect(splitCountAtMost(s, limit), `${JSON.stringify(s)} ${limit}`).toBe(s.split(/\s+/).length <= limit);
    }
    fc.assert(fc.property(text, fc.integer({ min: -1, max: 12 }), (s, limit) => splitCountAtMost(s, limit) === s.split(/\s+/).length <= limit), { numRuns: 3000 });
  });

  it('can be called again after stopping early', () => {
    expect(splitCountAtMost('a b c d', 2)).toBe(false);
    expect(splitCountAtMost('a b', 2)).toBe(true);
  });
});

describe('lowerCase', () => {
  it('is toLowerCase', () => {
    for (const s of ['', 'abc', 'ABC', 'aBc', "don't", 'x-ray', 'Émile', 'İstanbul', 'straße', 'ΣΑΣ', '\u{1D400}']) expect(lowerCase(s)).toBe(s.toLowerCase());
    fc.assert(fc.property(text, (s) => lowerCase(s) === s.toLowerCase()), { numRuns: 3000 });
  });
});

describe('countryWords', () => {
  it('joins token texts as the slices did, the last without its possessive', () => {
    const tokens = tokenize("the Republic of Korea's team and Côte d'Ivoire's", 0);
    for (let k = 0; k < tokens.length; k++) {
      for (let len = 1; k + len <= tokens.length; len++) {
        const old = tokens.slice(k, k + len).map((x, i) => (i === len - 1 ? x.base : x.text)).join(' ');
        expect(countryWords(tokens, k, len)).toBe(old);
      }
    }
  });
});

describe('memoByString with undefined answers', () => {
  it('answers undefined from its cache as from the function, and asks the function once', () => {
    let calls = 0;
    const f = memoByString((s: string) => {
      calls++;
      return s === 'x' ? undefined : s.length;
    });
    expect(f('x')).toBeUndefined();
    expect(f('x')).toBeUndefined();
    expect(f('ab')).toBe(2);
    expect(f('ab')).toBe(2);
    expect(calls).toBe(2);
  });
});
