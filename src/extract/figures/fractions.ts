/**
 * Shares written as fractions ("a third of the land", "two-thirds of the minefields",
 * "half of the districts"), as percentages of what follows "of", and rates after a
 * figure ("400 square metres per day", "12 mines a day").
 */
import type { Token } from '../text/tokens.js';
import type { FigureCandidate } from './figures.js';
import { measureAt } from './measure.js';
import { readNumber } from '../text/numbers.js';

const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4], ['fourths', 4],
  ['fifth', 5], ['fifths', 5], ['tenth', 10], ['tenths', 10],
]);
const NUMERATORS: ReadonlyMap<string, number> = new Map([['a', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['nine', 9]]);

/** Words that open a fraction: a numerator, "half", or a hyphenated fraction ("two-thirds"). */
export function mayOpenFraction(lower: string): boolean {
  return NUMERATORS.has(lower) || lower === 'half' || (lower.includes('-') && DENOMINATORS.has(lower.slice(lower.indexOf('-') + 1)));
}

/** The share at token `i`, read as a percentage of the noun after "of", if any. */
export function fractionFigure(tokens: readonly Token[], i: number): FigureCandidate | undefined {
  const t = tokens[i]!;
  // "one in three casualties is a child": a share of what is counted after the number
  if (t.lower === 'one' && tokens[i + 1]?.lower === 'in') return oneIn(tokens, i);
  let numerator: number | undefined;
  let denominator: number | undefined;
  let end = i + 1;
  const dash = t.lower.indexOf('-');
  if (t.lower === 'half') {
    // "the first half of 2024" is a period, not a share
    if (/^(?:first|second|latter|former)$/.test(tokens[i - 1]?.lower ?? '')) return undefined;
    numerator = 1;
    denominator = 2;
  } else if (dash > 0) {
    numerator = NUMERATORS.get(t.lower.slice(0, dash));
    denominator = DENOMINATORS.get(t.lower.slice(dash + 1));
  } else {
    numerator = NUMERATORS.get(t.lower);
    denominator = DENOMINATORS.get(tokens[i + 1]?.lower ?? '');
    end = i + 2;
    // "the third phase", "a fourth round": an ordinal, not a share, unless "of" follows
  }
  if (numerator === undefined || denominator === undefined || numerator >= denominator) return undefined;
  const value = Math.round((1000 * numerator) / denominator) / 10;
  // "nearly half are children", "a third of whom are women": a share of what was named before
  const ofWhom = tokens[end]?.lower === 'of' && /^(?:whom|them|those|these)$/.test(tokens[end + 1]?.lower ?? '');
  if (ofWhom || /^(?:are|were|is|was)$/.test(tokens[end]?.lower ?? '')) return { value, unit: 'percent', measure: 'share', start: i, end: ofWhom ? end + 2 : end };
  if (tokens[end]?.lower !== 'of') return undefined;
  // "a quarter of a million": a number, not a share
  if (/^(?:a|an)$/.test(tokens[end + 1]?.lower ?? '') && /^(?:hundred|thousand|million|billion)$/.test(tokens[end + 2]?.lower ?? '')) return undefined;
  const counted = measureAt(tokens, end, true);
  // "two thirds of the 30 villages": the share ends before the number, which is a figure of its own
  if (!counted) return { value, unit: 'percent', measure: 'share', start: i, end };
  return { value, unit: 'percent', measure: `share of ${counted.text}`, start: i, end: counted.end };
}

/** "one in three casualties", "one in five children": 100/N percent of the noun after N. */
function oneIn(tokens: readonly Token[], i: number): FigureCandidate | undefined {
  const n = readNumber(tokens, i + 2);
  if (!n || n.yearLike || n.value < 2 || n.value > 1000 || !Number.isInteger(n.value)) return undefined;
  const counted = measureAt(tokens, n.end, false);
  if (!counted) return undefined;
  const value = Math.round(1000 / n.value) / 10;
  return { value, unit: 'percent', measure: `share of ${counted.text}`, start: i, end: counted.end };
}

/** "per day", "a day", "each year", "daily" after a figure: the rate it is given in. */
export function rateAt(tokens: readonly Token[], k: number): { text: string; end: number } | undefined {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return undefined;
  if (/^(?:daily|weekly|monthly|annually|yearly)$/.test(t.lower)) return { text: `per ${t.lower === 'daily' ? 'day' : t.lower.replace(/ly$/, '').replace(/^annual$/, 'year')}`, end: k + 1 };
  const next = tokens[k + 1];
  if (/^(?:per|a|an|each|every)$/.test(t.lower) && next && /^(?:day|week|month|year|annum|hour|deminer|team|person)$/.test(next.lower)) {
    return { text: `per ${next.lower === 'annum' ? 'year' : next.lower}`, end: k + 2 };
  }
  return undefined;
}
