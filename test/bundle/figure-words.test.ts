import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureWords, formatNumber, type FigureQuantity } from '../../src/bundle/words/figure-words.js';

const f = (q: Partial<FigureQuantity>): FigureQuantity => ({ unit: 'count', text: 'as written', ...q });

describe('figureWords', () => {
  it.each([
    [f({ value: 3000, unit: 'km2', qualifier: 'more-than' }), 'more than 3,000 km²'],
    [f({ min: 4e6, max: 6e6, qualifier: 'estimated' }), 'an estimated 4–6 million'],
    [f({ value: 160e6, unit: 'EUR' }), 'EUR 160 million'],
    [f({ value: 12 }), '12'],
    [f({ value: 100, qualifier: 'nearly' }), 'nearly 100'],
    [f({ value: 30, unit: 'percent', qualifier: 'over' }), 'over 30%'],
    [f({ value: 0.5, unit: 'percent' }), '0.5%'],
    [f({ value: 1, unit: 'hectare' }), '1 hectare'],
    [f({ value: 2.5, unit: 'hectare', qualifier: 'about' }), 'about 2.5 hectares'],
    [f({ value: 174000, unit: 'acre' }), '174,000 acres'],
    [f({ value: 90, unit: 'minute' }), '90 minutes'],
    [f({ value: 1, unit: 'hour' }), '1 hour'],
    [f({ value: 30, unit: 'year', qualifier: 'more-than' }), 'more than 30 years'],
    [f({ value: 1, unit: 'year' }), '1 year'],
    [f({ value: 1_250_000_000, unit: 'USD', qualifier: 'up-to' }), 'up to USD 1.25 billion'],
    [f({ value: 5e9, unit: 'JPY' }), 'JPY 5 billion'],
    [f({ value: 1_234_567 }), '1,234,567'],
    [f({ value: 250, unit: 'm2', qualifier: 'at-least' }), 'at least 250 m²'],
    [f({ min: 3000, max: 5000, unit: 'km2' }), '3,000–5,000 km²'],
    [f({ min: 500_000, max: 2e6 }), '500,000 to 2 million'],
    [f({ min: 4e6, max: 6e6, unit: 'EUR', qualifier: 'about' }), 'about EUR 4–6 million'],
    [f({ min: 1000 }), 'at least 1,000'],
    [f({ max: 200, unit: 'tonne' }), 'up to 200 tonnes'],
    [f({ max: 200, unit: 'tonne', qualifier: 'less-than' }), 'less than 200 tonnes'],
    [f({ value: 1200, unit: 'km', qualifier: 'over' }), 'over 1,200 km'],
    [f({ qualifier: 'thousands' }), 'thousands'],
    [f({ qualifier: 'hundreds', unit: 'hectare' }), 'hundreds of hectares'],
    [f({ qualifier: 'several', unit: 'year' }), 'several years'],
    [f({ qualifier: 'dozens', unit: 'km2' }), 'dozens of km²'],
    [f({ value: 2000, qualifier: 'thousands' }), 'thousands (2,000)'],
    [f({ text: 'a great many' }), 'a great many'],
    [f({ value: 7, unit: 'litre' }), '7 litre'],
  ])('%o → %s', (figure, words) => {
    expect(figureWords(figure)).toBe(words);
  });

  const HEDGES: Record<string, string> = {
    'more-than': 'more than ', 'at-least': 'at least ', over: 'over ', about: 'about ', nearly: 'nearly ',
    almost: 'almost ', 'up-to': 'up to ', 'less-than': 'less than ', estimated: 'an estimated ',
  };
  const UNITS: [string, (s: string) => boolean][] = [
    ['km2', (s) => s.endsWith(' km²')],
    ['EUR', (s) => s.includes('EUR ')],
    ['count', (s) => /\d( million)?$/.test(s)],
    ['percent', (s) => s.endsWith('%')],
    ['year', (s) => s.endsWith(' years')],
  ];
  const QUANTITIES: [string, Partial<FigureQuantity>, string][] = [
    ['value', { value: 3000 }, '3,000'],
    ['range', { min: 4e6, max: 6e6 }, '4–6 million'],
  ];
  for (const [qualifier, hedge] of Object.entries(HEDGES)) {
    for (const [unit, hasUnit] of UNITS) {
      for (const [kind, quantity, number] of QUANTITIES) {
        it(`${qualifier} × ${unit} × ${kind}`, () => {
          const words = figureWords(f({ ...quantity, unit, qualifier }));
          expect(words.startsWith(hedge)).toBe(true);
          expect(words).toContain(number);
          expect(hasUnit(words)).toBe(true);
        });
      }
    }
  }

  it('never says undefined or NaN for any finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom('km2', 'count', 'EUR', 'percent', 'year'), (value, unit) => {
        const words = figureWords(f({ value, unit }));
        expect(words).not.toMatch(/undefined|NaN/);
        expect(words.length).toBeGreaterThan(0);
      }),
    );
  });

  it('groups thousands and scales round millions and billions', () => {
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(999_999)).toBe('999,999');
    expect(formatNumber(4_500_000)).toBe('4.5 million');
    expect(formatNumber(4_512_345)).toBe('4,512,345');
    expect(formatNumber(2e9)).toBe('2 billion');
  });
});
