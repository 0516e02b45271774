/**
 * A part of a counted whole: "prioritized 10 out of 272 markers", "in 90 out of the 400
 * districts". The whole is a count of its own, and the part counts what the whole counts. A
 * whole of ten or fewer is a rate, read as a share like "one in three": "Two out of three
 * casualties are men" is 66.7 percent of casualties. A ratio with nothing counted ("two out of
 * three") is neither.
 */
import type { Token } from '../text/tokens.js';
import { readNumber, type NumberMatch } from '../text/numbers.js';
import type { FigureCandidate } from './figures.js';

/** The largest whole that makes "N out of M" a rate rather than a part of a count. */
const RATE_WHOLE = 10;

export function partOfWhole(tokens: readonly Token[], part: NumberMatch, read: (whole: NumberMatch) => FigureCandidate | undefined): FigureCandidate[] | undefined {
  if (tokens[part.end]?.lower !== 'out' || tokens[part.end + 1]?.lower !== 'of' || part.yearLike) return undefined;
  let k = part.end + 2;
  // "10 out of Burma's 14 States", "out of the 400 districts"
  while (tokens[k] && (tokens[k]!.lower === 'the' || tokens[k]!.poss)) k++;
  const n = readNumber(tokens, k);
  if (!n || n.yearLike) return undefined;
  const whole = read(n);
  if (!whole || whole.unit !== 'count' || whole.value === undefined || part.value > whole.value) return undefined;
  if (whole.value <= RATE_WHOLE) return [{ value: Math.round((1000 * part.value) / whole.value) / 10, unit: 'percent', measure: `share of ${whole.measure}`, start: part.start, end: whole.end }];
  return [{ value: part.value, unit: 'count', measure: whole.measure, start: part.start, end: part.end }, whole];
}
