/**
 * What an amount of money is when no noun follows it: the thing it is the value of ("an
 * agreement worth EUR 1.1 million": the value of the agreement), else the giving verb before it
 * as a noun ("contributed": contribution, "pledged": pledge), with the purpose after it ("to
 * demining in the east"), past a date ("since 2012", "in 2024") between the two.
 */
import type { Token } from '../text/tokens.js';
import { collectible, phraseAfter } from './measure.js';

/** Verbs of giving money, as the noun that names what they give. */
const GIVING: Readonly<Record<string, string>> = {
  contributed: 'contribution',
  donated: 'donation',
  pledged: 'pledge',
  granted: 'grant',
  allocated: 'allocation',
  invested: 'investment',
  committed: 'commitment',
  awarded: 'award',
  disbursed: 'disbursement',
  spent: 'spending',
  funded: 'funding',
  financed: 'funding',
  paid: 'funding',
  given: 'funding',
};

/** Words that put a value on the noun before them: "worth", "valued at", "totalling". */
function valuedNoun(tokens: readonly Token[], start: number): string | undefined {
  let k = start - 1;
  if (tokens[k]?.lower === 'at' && tokens[k - 1]?.lower === 'valued') k -= 1;
  else if (!/^(?:worth|totalling|totaling|amounting)$/.test(tokens[k]?.lower ?? '')) return undefined;
  if (tokens[k]?.lower === 'amounting') return undefined;
  const noun = tokens[k - 1];
  return noun && collectible(noun) && !noun.cap ? `value of the ${noun.lower}` : undefined;
}

/** The token after a date phrase right after the amount ("$13 million since 2012 to …"). */
function pastDate(tokens: readonly Token[], end: number): number {
  const link = tokens[end]?.lower;
  if ((link === 'since' || link === 'in' || link === 'by' || link === 'until') && tokens[end + 1]?.kind === 'num') {
    return tokens[end + 2]?.text === ',' ? end + 3 : end + 2;
  }
  return end;
}

export function moneyMeasure(tokens: readonly Token[], start: number, end: number, verb: string | undefined): string {
  const purpose = phraseAfter(tokens, pastDate(tokens, end));
  const valued = valuedNoun(tokens, start);
  // a verb that names no gift ("to announce") says less than the purpose
  const noun = valued ?? (verb === undefined ? 'funding' : (GIVING[verb] ?? (purpose ? 'funding' : `funding ${verb}`)));
  return purpose ? `${noun} ${purpose}` : noun;
}
