import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSpaces, oneLine } from '../../src/bundle/words/phrase.js';

const SPACES = [' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2009', '\u2028', '\u3000', '\ufeff'];

describe('folding whitespace for inline text', () => {
  it('is exactly every run of whitespace as one space, for any text', () => {
    const piece = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...SPACES));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(foldSpaces(text)).toBe(text.replace(/\s+/g, ' '));
        expect(oneLine(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the very string back when nothing is to fold', () => {
    const text = 'Clearance of 12 km2 in Lakeland';
    expect(foldSpaces(text)).toBe(text);
    expect(foldSpaces('a\u00a0b')).toBe('a b');
    expect(foldSpaces('a  b\n')).toBe('a b ');
  });
});
