/**
 * A count of none written without a numeral: "not a single accident occurred", "There was no
 * single accident or any casualty". "zero" itself is a number word (text/numbers.ts).
 */
import type { Token } from '../text/tokens.js';
import type { FigureCandidate } from './figures.js';
import { measureAt } from './measure.js';

/** The zero count opened by "single" at token `i`, after "no" or "not a". */
export function zeroCount(tokens: readonly Token[], i: number): FigureCandidate | undefined {
  if (tokens[i]?.lower !== 'single') return undefined;
  const start = tokens[i - 1]?.lower === 'no' ? i - 1 : tokens[i - 1]?.lower === 'a' && tokens[i - 2]?.lower === 'not' ? i - 2 : -1;
  const noun = tokens[i + 1];
  if (start < 0 || !noun || noun.kind !== 'word' || noun.cap) return undefined;
  const measure = measureAt(tokens, i + 1, false);
  return { unit: 'count', value: 0, measure: measure?.text ?? noun.lower, start, end: measure?.end ?? i + 2 };
}
