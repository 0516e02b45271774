/**
 * What an amount of money is when no noun follows it: the thing it is the value of ("an
 * agreement worth EUR 1.1 million": the value of the agreement), else the giving verb before it
 * as a noun ("contributed": contribution, "pledged": pledge) or the noun after it ("in funding",
 * "in humanitarian assistance"), with the purpose after it ("to demining in the east"), past a
 * date ("since 2012", "in 2024") between the two.
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

/** Nouns of money given, as in "USD 2 million in funding for …", "$5 million in humanitarian assistance to …". */
const MONEY_NOUNS = new Set(['funding', 'funds', 'assistance', 'aid', 'grants', 'support', 'contributions', 'financing']);

/** "in funding", "in new humanitarian assistance" right after the amount: the noun and the token after it. */
function inMoneyNoun(tokens: readonly Token[], end: number): { noun: string; next: number } | undefined {
  if (tokens[end]?.lower !== 'in') return undefined;
  for (let k = end + 1; k < end + 4 && tokens[k]?.kind === 'word'; k++) {
    if (MONEY_NOUNS.has(tokens[k]!.lower)) {
      const words = tokens.slice(end + 1, k + 1).map((t) => t.lower);
      return { noun: words.join(' '), next: k + 1 };
    }
    if (!collectible(tokens[k]) || tokens[k]!.cap) return undefined;
  }
  return undefined;
}

export function moneyMeasure(tokens: readonly Token[], start: number, end: number, verb: string | undefined): string {
  const given = inMoneyNoun(tokens, end);
  const purpose = phraseAfter(tokens, pastDate(tokens, given?.next ?? end));
  const valued = valuedNoun(tokens, start);
  if (valued) return purpose ? `${valued} ${purpose}` : valued;
  const gift = verb === undefined ? undefined : GIVING[verb];
  const money = given?.noun ?? gift ?? 'funding';
  // a verb that names no gift ("received", "to announce") is kept only when no purpose says more
  const noun = verb !== undefined && gift === undefined && !purpose ? `${money} ${verb}` : money;
  return purpose ? `${noun} ${purpose}` : noun;
}
