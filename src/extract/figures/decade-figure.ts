/**
 * "the past decade", "half a century": a duration in years with no numeral. Quantities with no number at all
 * ("thousands of deminers", "several programmes") are not figures: a figure states a number.
 */
import type { Token } from '../text/tokens.js';
import type { FigureCandidate } from './figures.js';

/** "the past decade", "two decades": durations in years. */
export function decadeFigure(tokens: readonly Token[], i: number): FigureCandidate | undefined {
  const t = tokens[i]!;
  if (t.lower !== 'decade') return undefined;
  const prev = tokens[i - 1];
  if (!prev || !/^(?:past|last|previous|recent|a|one)$/.test(prev.lower)) return undefined;
  let start = i - 1;
  if (tokens[start - 1]?.lower === 'the') start--;
  return { unit: 'year', value: 10, measure: 'period', start, end: i + 1 };
}

/** "half a century", "a quarter of a century", "over a century": durations in years, at the word "century". */
export function centuryFigure(tokens: readonly Token[], i: number): FigureCandidate | undefined {
  if (tokens[i]?.lower !== 'century' || !/^(?:a|one)$/.test(tokens[i - 1]?.lower ?? '')) return undefined;
  const before = tokens[i - 2]?.lower ?? '';
  if (before === 'half') return { unit: 'year', value: 50, measure: 'period', start: i - 2, end: i + 1 };
  if (before === 'of' && /^quarter$/.test(tokens[i - 3]?.lower ?? '')) {
    const start = tokens[i - 4]?.lower === 'a' ? i - 4 : i - 3;
    return { unit: 'year', value: 25, measure: 'period', start, end: i + 1 };
  }
  // "for more than a century", "over a century of contamination" (not "the 21st century", "a century-old")
  if (/^(?:than|over|nearly|almost|for)$/.test(before)) return { unit: 'year', value: 100, measure: 'period', start: i - 1, end: i + 1 };
  return undefined;
}
