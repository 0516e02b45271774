import { describe, expect, it } from 'vitest';
import { caseBlindTest, topLevelAlternatives } from '../../src/extract/text/case-blind.js';
import { memoByString } from '../../src/extract/lexicon/memo.js';
import { countryLookupKey, countryOf } from '../../src/extract/lexicon/countries.js';

describe('caseBlindTest', () => {
  const pattern = /^(?:these|they) are|[:\u2013]|\b(?:work(?:s|ing)? on|includ(?:e|es|ing))\b|\b(?:will|aims? to)\s+\p{Ll}/iu;
  const test = caseBlindTest(pattern);

  it('splits a source at its top-level bars only', () => {
    expect(topLevelAlternatives('a(?:b|c)|[|]|d\\|e|f')).toEqual(['a(?:b|c)', '[|]', 'd\\|e', 'f']);
  });

  it('answers as the pattern does, on plain, accented and astral text', () => {
    const texts = [
      'These are the parts', 'THEY ARE here', 'the plan: survey', 'The team WORKS ON clearance', 'it includes schools',
      'It includesx nothing', 'The project will train teachers', 'The project will Train teachers', 'The project will 2 train',
      'It aims to reduce risk', 'aim to', 'Ωmega will éclairer', 'nothing to see', '', 'Prizes \u{1F600} will \u{1D41A}bc', 'émwork on',
    ];
    for (const text of texts) expect(test(text), text).toBe(pattern.test(text));
  });

  it('falls back to the pattern where Unicode folding maps a sign onto an ASCII letter', () => {
    // "ſ" (long s) folds to "s" and the Kelvin sign to "k" under /iu only
    for (const text of ['The team work\u017F on it', 'it inclu\u212Ades', 'woKing on', 'wor\u212A on']) expect(test(text), text).toBe(pattern.test(text));
    expect(test('The team work\u017F on it')).toBe(true);
  });

  it('keeps a pattern it cannot split as it is', () => {
    const global = /a|b/giu;
    expect(caseBlindTest(/(a)\1|b/iu)('aa')).toBe(true);
    expect(caseBlindTest(global)('xb')).toBe(true);
    expect(caseBlindTest(/x.y|z/iu)('x\u{1F600}y')).toBe(true);
  });
});

describe('memoByString', () => {
  it('returns what the function returns, undefined included, and calls it once a string', () => {
    const calls: string[] = [];
    const f = memoByString((s: string) => {
      calls.push(s);
      return s.length > 2 ? s.toUpperCase() : undefined;
    }, 3);
    expect([f('abc'), f('ab'), f('abc'), f('ab')]).toEqual(['ABC', undefined, 'ABC', undefined]);
    expect(calls).toEqual(['abc', 'ab']);
    // past its limit the cache starts again; the answers stay the same
    expect([f('wxyz'), f('pqrs'), f('abc')]).toEqual(['WXYZ', 'PQRS', 'ABC']);
  });

  it('serves the country gazetteer', () => {
    expect([countryOf('Russian Federation'), countryOf('Republic of Croatia'), countryOf('Atlantis'), countryOf('Russian Federation')]).toEqual(['Russia', 'Croatia', undefined, 'Russia']);
  });
});

describe('countryLookupKey', () => {
  it('lower-cases, drops a leading "the", unifies apostrophes and spaces, with or without the shortcut', () => {
    const cases: [string, string][] = [
      ['The Gambia', 'gambia'], ['the  Gambia', 'gambia'], [' The Gambia', 'gambia'], ['The\tGambia', 'gambia'], ['The Gambia ', 'gambia'],
      ['C\u00f4te d\u2019Ivoire', "c\u00f4te d'ivoire"], ['Lao People\'s Democratic Republic', "lao people's democratic republic"],
      ['THE NETHERLANDS', 'netherlands'], ['Theland', 'theland'], ['U.S.', 'u.s.'], ['the\u00a0Gambia', 'gambia'],
    ];
    for (const [name, key] of cases) expect(countryLookupKey(name), name).toBe(key);
  });
});
