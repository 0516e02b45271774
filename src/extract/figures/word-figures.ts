/**
 * Figures a word opens rather than a numeral: a share ("a third of"), a count of none ("not a
 * single accident"), a decade or a century ("the past decade", "half a century").
 */
import type { Token } from '../text/tokens.js';
import type { FigureCandidate } from './figures.js';
import { centuryFigure, decadeFigure } from './decade-figure.js';
import { fractionFigure, mayOpenFraction } from './fractions.js';
import { zeroCount } from './zero-count.js';

/** The figure the word at `i` opens and the token to read on from; undefined when the word opens none of these. */
export function wordFigureAt(tokens: readonly Token[], i: number): { figure?: FigureCandidate; next: number } | undefined {
  const lower = tokens[i]!.lower;
  // "half a century", "a quarter of a century": years, read at "century"
  if (mayOpenFraction(lower) && [2, 3, 4].some((d) => tokens[i + d]?.lower === 'century')) return { next: i + 1 };
  if (mayOpenFraction(lower)) {
    const share = fractionFigure(tokens, i);
    if (share) return { figure: share, next: share.end };
  }
  if (lower === 'single') {
    const none = zeroCount(tokens, i);
    if (none) return { figure: none, next: none.end };
  }
  if (lower === 'century') {
    const century = centuryFigure(tokens, i);
    return century ? { figure: century, next: i + 1 } : { next: i + 1 };
  }
  if (lower === 'decade') {
    const decade = decadeFigure(tokens, i);
    return decade ? { figure: decade, next: i + 1 } : { next: i + 1 };
  }
  return undefined;
}
