/** The measure of a figure that no counted noun follows: by its unit, from the words around it. */
import type { Token } from '../text/tokens.js';
import { isArea, isDuration, isMoney } from '../lexicon/units.js';
import { phraseAfter, pluralNounBefore, SINCE_LINKS, verbBefore } from './measure.js';
import { moneyMeasure } from './money-measure.js';

/** The measure when no noun follows the figure: from the verb before it or the purpose after it, else by unit. */
export function fallbackMeasure(tokens: readonly Token[], start: number, end: number, unit: string): string {
  const verb = verbBefore(tokens, start);
  if (isArea(unit)) return verb ? `area ${verb}` : 'area';
  if (isMoney(unit)) return moneyMeasure(tokens, start, end, verb);
  if (unit === 'percent') return 'share';
  // "held every five years": how often something recurs, not how long it lasts
  if (isDuration(unit) && tokens[start - 1]?.lower === 'every') return 'interval';
  if (isDuration(unit)) return phraseAfter(tokens, end, SINCE_LINKS) ?? 'duration';
  // "400 km from Dushanbe": a distance; "cleared 5 km": a length
  if (unit === 'km') return tokens[end]?.lower === 'from' ? 'distance' : verb ? `length ${verb}` : 'length';
  return pluralNounBefore(tokens, start) ?? 'count';
}
