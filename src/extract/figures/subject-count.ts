/**
 * A count whose noun is the subject of the verb before it: "landmine casualties rose to 5,757",
 * "Casualties totalled 5,757", "the number of survivors reached 1,200", "deminers now number 300".
 * Reports of a total or a change name what they count before the verb, not after the number.
 */
import type { Token } from '../text/tokens.js';

/** Verbs that give a count as their complement, with the prepositions each may take before it. */
const COUNT_VERBS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const change = new Set(['to', 'from', '']);
  const total = new Set(['']);
  const entries: [string, ReadonlySet<string>][] = [];
  for (const v of ['rose', 'risen', 'fell', 'fallen', 'increased', 'decreased', 'dropped', 'declined', 'climbed', 'grew', 'grown', 'jumped', 'soared', 'reduced']) entries.push([v, change]);
  for (const v of ['reached', 'totalled', 'totaled', 'totalling', 'totaling', 'numbered', 'number', 'exceeded', 'topped', 'hit']) entries.push([v, total]);
  entries.push(['stood', new Set(['at'])], ['stands', new Set(['at'])], ['remained', new Set(['at'])]);
  return new Map(entries);
})();
/** Prepositions placing a subject: "casualties in Westland", "deminers across the north". */
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'within']);
const ADVERBS = new Set(['now', 'already', 'further', 'sharply', 'slightly', 'steadily', 'again', 'also']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would']);
/** Plural-looking words that are not counted nouns. */
const NOT_COUNTED = new Set(['this', 'these', 'those', 'its', 'his', 'was', 'has', 'is', 'as', 'thus', 'figures', 'numbers', 'totals', 'levels', 'rates']);

function pluralNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.poss || t.allCaps) return false;
  if (t.lower === 'people' || t.lower === 'children' || t.lower === 'personnel') return true;
  return t.lower.length > 3 && t.lower.endsWith('s') && !/(?:ss|us|is|ous|ics|ness)$/.test(t.lower) && !NOT_COUNTED.has(t.lower);
}

/** Words of a qualifier between a preposition and its number: "to fewer than 30", "from about 2,000". */
const QUALIFIER_WORDS = new Set(['fewer', 'less', 'more', 'than', 'about', 'nearly', 'almost', 'around', 'just', 'over', 'under', 'some', 'roughly', 'approximately']);

/** Back from `k` over "from <number> [in <year>]", the first half of "from X in 1993 to Y in 2023"; where it starts, or undefined. */
function fromHalf(tokens: readonly Token[], k: number): number | undefined {
  if (/^(?:in|by)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k]?.kind === 'num' && /^\d{4}$/.test(tokens[k]!.text)) k -= 2;
  if (tokens[k]?.kind !== 'num') return undefined;
  while (tokens[k - 1]?.kind === 'num' || tokens[k - 1]?.text === ',') k--;
  while (QUALIFIER_WORDS.has(tokens[k - 1]?.lower ?? '')) k--;
  return tokens[k - 1]?.lower === 'from' ? k - 1 : undefined;
}

/** The counted noun, with one modifier before it, of the verb before the number at `start`. */
export function subjectOfCount(tokens: readonly Token[], start: number): string | undefined {
  let k = start - 1;
  while (k > 0 && QUALIFIER_WORDS.has(tokens[k]!.lower) && !tokens[k]!.cap) k--;
  let prep = tokens[k]?.kind === 'word' && /^(?:to|from|at)$/.test(tokens[k]!.lower) ? tokens[k--]!.lower : '';
  // "from 2,069 in 1993 to fewer than 30 in 2023": the second number's verb is before the first's "from"
  const from = prep === 'to' ? fromHalf(tokens, k) : undefined;
  if (from !== undefined) {
    prep = 'from';
    k = from - 1;
  }
  // "decreased considerably, from …": an adverb and a comma between the verb and its preposition
  while (prep !== '' && k > 0 && (tokens[k]!.text === ',' || (tokens[k]!.kind === 'word' && /ly$/.test(tokens[k]!.lower) && !tokens[k]!.cap))) k--;
  const verb = tokens[k];
  if (!verb || verb.kind !== 'word' || verb.cap) return undefined;
  const preps = COUNT_VERBS.get(verb.lower);
  if (!preps || !preps.has(prep)) return undefined;
  k--;
  while (k >= 0 && tokens[k]!.kind === 'word' && !tokens[k]!.cap && (ADVERBS.has(tokens[k]!.lower) || AUXILIARIES.has(tokens[k]!.lower))) k--;
  // "casualties in Battambang have fallen …": the place the subject is in stands between it and its verb
  let place = k;
  while (place >= 0 && place > k - 3 && tokens[place]!.kind === 'word' && tokens[place]!.cap) place--;
  if (place < k && PLACE_PREPOSITIONS.has(tokens[place]?.lower ?? '')) k = place - 1;
  const noun = tokens[k];
  if (!pluralNoun(noun) || (noun!.cap && k > 0)) return undefined;
  const modifier = tokens[k - 1];
  const modified = modifier && modifier.kind === 'word' && !modifier.poss && (!modifier.cap || k - 1 === 0) && /^\p{L}[\p{L}-]*$/u.test(modifier.text) && !/^(?:the|a|an|of|and|or|in|on|for|to|by|with|that|which|all|total|number|many|more|most|some)$/.test(modifier.lower);
  return modified ? `${modifier.lower} ${noun!.lower}` : noun!.lower;
}

/** Words of outcome after "of them" that say a part of casualties: "377 of them fatal", "31 of them fatally". */
const FATAL = /^(?:fatal|fatally|fatalities|deadly)$/;

/**
 * "886 casualties, 377 of them fatal", "12 teams, 4 of them women": a count of "them", the
 * whole counted before, with the one word that closes the clause saying which part.
 */
export function subsetOf(tokens: readonly Token[], start: number, end: number): string | undefined {
  if (tokens[end]?.lower !== 'of' || !/^(?:them|these|those|whom|which)$/.test(tokens[end + 1]?.lower ?? '')) return undefined;
  const word = tokens[end + 2];
  const after = tokens[end + 3];
  if (!word || word.kind !== 'word' || word.cap || (after && after.kind !== 'punct')) return undefined;
  let whole: string | undefined;
  for (let k = start - 1; k >= 0 && k >= start - 12 && !whole; k--) if (pluralNoun(tokens[k])) whole = tokens[k]!.lower;
  // "94 people were killed or injured …, 31 of them fatally": the people killed
  if (FATAL.test(word.lower)) return whole === undefined || whole === 'people' ? 'people killed' : `fatal ${whole}`;
  if (pluralNoun(word)) return word.lower;
  return /^(?:in|on|at|by|for|from|with|to|and|or|too|also|each)$/.test(word.lower) ? undefined : whole && `${word.lower} ${whole}`;
}
