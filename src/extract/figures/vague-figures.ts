/**
 * Figures without a stated number: "thousands of deminers", "with thousands deployed",
 * "several training programs" (with the lower bound their plain meaning gives), and
 * "the past decade" (ten years).
 */
import type { Token } from '../text/tokens.js';
import type { FigureCandidate } from './figures.js';
import { measureAt, pluralNounBefore } from './measure.js';
import { VAGUE_QUANTITIES } from '../lexicon/numbers.js';

export function vagueFigure(tokens: readonly Token[], i: number): FigureCandidate | undefined {
  const t = tokens[i]!;
  const vague = VAGUE_QUANTITIES.get(t.lower)!;
  let min = vague.min;
  let start = i;
  // "tens of thousands", "hundreds of thousands"
  if (t.lower === 'thousands' && tokens[i - 1]?.lower === 'of' && (tokens[i - 2]?.lower === 'tens' || tokens[i - 2]?.lower === 'hundreds')) {
    min = tokens[i - 2]!.lower === 'tens' ? 20000 : 200000;
    start = i - 2;
  }
  const end = i + 1;
  let measure: string | undefined;
  let textEnd = end;
  const after = measureAt(tokens, end, t.lower !== 'several');
  if (t.lower === 'several') {
    // "several training programs": the noun must follow straight away.
    if (!after || after.start !== end) return undefined;
    measure = after.text;
    textEnd = after.end;
  } else if (after && tokens[end]?.lower === 'of') {
    measure = after.text;
    textEnd = after.end;
  } else {
    // "with thousands deployed": the noun counted is the one named before
    measure = pluralNounBefore(tokens, i);
  }
  if (!measure) return undefined;
  const figure: FigureCandidate = { unit: 'count', qualifier: vague.qualifier, measure, min, start, end: textEnd };
  if (t.lower !== 'several' && textEnd !== end && tokens[end]?.lower === 'of') figure.end = textEnd;
  return figure;
}

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
