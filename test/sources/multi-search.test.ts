import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstOccurrences } from '../../src/sources/multi-search.js';

describe('firstOccurrences (one pass for many needles)', () => {
  // Budget 0 forces the automaton; the default takes one indexOf per needle for inputs this small.
  for (const [how, budget] of [['automaton', 0], ['indexOf', undefined]] as const) {
    it(`finds, for every needle, what indexOf finds (${how})`, () => {
      // A small alphabet makes overlapping, nested and repeated needles common.
      const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '“'), maxLength: 8 });
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '“'), maxLength: 200 }), fc.array(word, { maxLength: 30 }), (text, needles) => {
          const found = firstOccurrences(text, needles, budget);
          needles.forEach((needle, i) => expect(found[i], JSON.stringify(needle)).toBe(needle === '' ? -1 : text.indexOf(needle)));
        }),
        { numRuns: 300, seed: 9 },
      );
    });

    it(`needles that are prefixes, suffixes and copies of one another (${how})`, () => {
      const found = firstOccurrences('she sells sea shells', ['he', 'she', 'sells', 'ells', 'shells', 'he', 'x', 'sea shells', 's', ''], budget);
      expect([...found]).toEqual([1, 0, 4, 5, 14, 1, -1, 10, 0, -1]);
    });
  }
});
