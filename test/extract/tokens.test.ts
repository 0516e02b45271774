import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/text/tokens.js';

describe('tokenize', () => {
  it('reads words, numerals, ordinals, symbols and possessives', () => {
    const tokens = tokenize("Japan's 22nd meeting: US$2.1m, 3,000 km² in the 1990s; CMAC's U.S. KAMIKAWA", 0);
    expect(tokens.map((t) => `${t.kind}:${t.text}`)).toEqual([
      "word:Japan's", 'ord:22nd', 'word:meeting', 'punct::', 'word:US', 'sym:$', 'num:2.1', 'word:m', 'punct:,', 'num:3,000',
      'word:km²', 'word:in', 'word:the', 'ord:1990s', 'punct:;', "word:CMAC's", 'word:U.S.', 'word:KAMIKAWA',
    ]);
    const japan = tokens[0]!;
    expect([japan.base, japan.poss, japan.cap, japan.allCaps]).toEqual(['Japan', true, true, false]);
    expect(tokens.find((t) => t.text === 'KAMIKAWA')!.allCaps).toBe(true);
    expect(tokens.find((t) => t.text === "CMAC's")!.base).toBe('CMAC');
  });

  it('keeps hyphenated and accented words whole, with offsets', () => {
    const tokens = tokenize('Seventy-one Saša Obradović', 10);
    expect(tokens.map((t) => t.text)).toEqual(['Seventy-one', 'Saša', 'Obradović']);
    expect(tokens[1]!.start).toBe(22);
  });

  it('drops a footnote number glued to a word, and keeps units, codes and years whole', () => {
    const text = 'the Lakeland Action Plan2. Its mines14, 602,500 m2, 3 km2, COVID19, AK47 and mid-2020';
    expect(tokenize(text, 0).map((t) => t.text)).toEqual([
      'the', 'Lakeland', 'Action', 'Plan', '.', 'Its', 'mines', ',', '602,500', 'm2', ',', '3', 'km2', ',', 'COVID19', ',', 'AK47', 'and', 'mid-2020',
    ]);
    const plan = tokenize(text, 0)[3]!;
    expect([plan.start, plan.end]).toEqual([20, 24]);
  });
});
