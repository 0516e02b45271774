/**
 * A part of a counted whole: "prioritized 10 out of 272 markers", "in 90 out of the 400
 * districts". The whole is a count of its own, and the part counts what the whole counts. A
 * ratio with nothing counted ("two out of three") is neither.
 */
import type { Token } from '../text/tokens.js';
import { readNumber, type NumberMatch } from '../text/numbers.js';
import type { FigureCandidate } from './figures.js';

export function partOfWhole(tokens: readonly Token[], part: NumberMatch, read: (whole: NumberMatch) => FigureCandidate | undefined): FigureCandidate[] | undefined {
  if (tokens[part.end]?.lower !== 'out' || tokens[part.end + 1]?.lower !== 'of' || part.yearLike) return undefined;
  let k = part.end + 2;
  if (tokens[k]?.lower === 'the') k++;
  const n = readNumber(tokens, k);
  if (!n || n.yearLike) return undefined;
  const whole = read(n);
  if (!whole || whole.unit !== 'count' || whole.value === undefined || part.value > whole.value) return undefined;
  return [{ value: part.value, unit: 'count', measure: whole.measure, start: part.start, end: part.end }, whole];
}
