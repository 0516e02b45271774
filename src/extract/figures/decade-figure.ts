/**
 * "the past decade": a duration in years with no numeral. Quantities with no number at all
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
