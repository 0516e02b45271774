import { describe, expect, it } from 'vitest';
import { lineOfOffset, normaliseQuote, QuoteIndex } from '../../src/sources/quote-match.js';

describe('QuoteIndex', () => {
  const text = 'Kamikawa said:\n“Japan will provide full-scale\n   assistance — now.”\nThe end.';
  const index = new QuoteIndex(text);

  it('finds a quote across a line break and typographic marks', () => {
    const quote = '"Japan will provide full-scale assistance - now."';
    const at = index.find(quote);
    expect(at).toBeDefined();
    expect(text.slice(at!.start, at!.end)).toBe('“Japan will provide full-scale\n   assistance — now.”');
    expect(lineOfOffset(text, at!.start)).toBe(2);
  });

  it('rejects any other difference', () => {
    expect(index.has('Japan will provide full scale assistance')).toBe(false);
    expect(index.has('japan will provide')).toBe(false);
    expect(index.has('')).toBe(false);
    expect(index.has('   ')).toBe(false);
  });

  it('folds whitespace only, keeping words apart', () => {
    expect(normaliseQuote('  a\t\tb \n c ')).toBe('a b c');
    expect(index.has('said: “Japan')).toBe(true);
    expect(index.has('said:“Japan')).toBe(false);
  });
});
