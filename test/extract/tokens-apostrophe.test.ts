import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/text/tokens.js';

describe('typographic apostrophes', () => {
  it('keep a word whole and mark a possessive as the straight apostrophe does', () => {
    const curly = tokenize('Kenya\u2019s plan, don\u2019t', 0);
    expect(curly.map((t) => [t.text, t.base, t.poss])).toEqual([
      ['Kenya\u2019s', 'Kenya', true], ['plan', 'plan', false], [',', ',', false], ['don\u2019t', 'don\u2019t', false],
    ]);
    expect(tokenize("Kenya's plan", 0)[0]).toMatchObject({ base: 'Kenya', poss: true });
  });
});
