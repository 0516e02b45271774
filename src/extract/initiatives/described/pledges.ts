/**
 * A grant the text gives by its verb rather than by a noun: "Lakeland pledged CHF 100 million
 * for humanitarian demining in Ukraine", "the Fund has committed USD 5 million to mine risk
 * education in Chad", and "a pledge of EUR 3 million for victim assistance". The amount and
 * what it is for name a package; the giver written just before the verb takes part. What it
 * is for must be mine-action work, and an amount qualified as a total ("more than", "over",
 * "since 1993") is a figure of what was spent, not a grant. A grant noun marked as new needs no
 * purpose: "the new contribution from New Zealand of NZD 10 million", "has allocated a grant of
 * €800,000 (about $860,000) to support HALO's efforts in Cambodia". So does a grant noun after its
 * giver's capitalised name ("A United States Government grant of $500,000 will help …"), and an
 * amount a giver will provide to a recipient for mine-action work ("will provide $244 million to
 * Ukraine for the purchase of equipment for humanitarian demining"): a promise, where "has
 * provided" is more often a total.
 */
import type { Token } from '../../text/tokens.js';
import type { Described } from './described-initiatives.js';
import { clauseEnd } from './described-initiatives.js';
import { amountAt, placeAfter } from './funded-initiatives.js';
import { isMineActionWord } from '../../lexicon/mine-action-words.js';
import { isFree, spanText, word } from '../spans.js';

/** Verbs that make an amount after them a new grant. */
const PLEDGE_VERBS = new Set([
  'pledged', 'pledges', 'pledge', 'committed', 'commits', 'commit', 'allocated', 'allocates', 'allocate', 'earmarked',
  'earmarks', 'announced', 'announces', 'approved', 'approves', 'granted', 'grants', 'awarded', 'awards', 'donated',
  'donates', 'contributed', 'contributes', 'release', 'releases', 'released',
  'pledging', 'committing', 'allocating', 'donating', 'contributing', 'granting',
]);
/** Nouns of a grant followed by "of <amount>": "a pledge of EUR 3 million". */
const GRANT_NOUNS = new Set(['pledge', 'grant', 'contribution', 'donation', 'commitment', 'allocation', 'package']);
/** Words between the verb and the amount: "pledged an additional CHF 5 million", "committed a further", "pledged almost £100m". */
const BEFORE_AMOUNT = new Set(['an', 'a', 'additional', 'further', 'new', 'extra', 'another', 'almost', 'nearly', 'about', 'around', 'approximately', 'some', 'roughly']);
/** The noun of a giving verb, for the name a grant goes by: "The UK has pledged £100m" is "UK's £100m pledge". */
const VERB_NOUNS: ReadonlyMap<string, string> = new Map([
  ['pledged', 'pledge'], ['pledges', 'pledge'], ['pledge', 'pledge'], ['pledging', 'pledge'],
  ['committed', 'commitment'], ['commits', 'commitment'], ['commit', 'commitment'], ['committing', 'commitment'],
  ['donated', 'donation'], ['donates', 'donation'], ['donating', 'donation'],
  ['contributed', 'contribution'], ['contributes', 'contribution'], ['contributing', 'contribution'],
  ['granted', 'grant'], ['grants', 'grant'], ['granting', 'grant'], ['awarded', 'award'], ['awards', 'award'],
  ['allocated', 'allocation'], ['allocates', 'allocation'], ['allocate', 'allocation'], ['allocating', 'allocation'],
]);

/** "UK's £100m pledge": the giver, the amount and the verb's noun, the name such a grant goes by. */
function giverGrantName(tokens: readonly Token[], giver: { start: number; end: number }, amount: { start: number; end: number }, verb: string): string | undefined {
  const noun = VERB_NOUNS.get(verb);
  const from = tokens[giver.start]!.lower === 'the' ? giver.start + 1 : giver.start;
  if (!noun || from >= giver.end) return undefined;
  const who = spanText(tokens, from, giver.end);
  return `${who}${who.endsWith('s') ? "'" : "'s"} ${spanText(tokens, amount.start, amount.end)} ${noun}`;
}
/** Of those, the words that say the grant adds to an earlier one: kept in its name ("additional £46 million for …"). */
const ADDED_MARKS = new Set(['additional', 'further', 'extra']);
/** Auxiliaries between the giver and the verb: "has pledged", "will commit", "today announced". */
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'today', 'also', 'recently', 'now', 'is', 'are', 'was']);
/** Words that mark the amount as a total rather than a grant. */
const TOTAL_WORDS = new Set(['since', 'total', 'totalling', 'totaling', 'overall', 'cumulative']);
const PURPOSE_LINKS = new Set(['for', 'to', 'towards', 'toward']);
/** Words before a grant noun that make it a new grant: "the new contribution", "this latest grant". */
const NEW_MARKS = new Set(['new', 'latest', 'additional', 'fresh', 'further', 'generous', 'first', 'second', 'third']);
/** Verbs that give a grant named by its noun: "would provide a grant of $630,145". */
const GIVING_VERBS = new Set(['provide', 'provides', 'provided', 'give', 'gives', 'gave', 'offer', 'offers', 'offered', 'extend', 'extends', 'extended', 'signed', 'sign', 'signs']);
/** Words before "provide" that make it a promise: "will provide", "to provide". */
const PROMISE_MARKS = new Set(['will', 'shall', 'to', 'would']);
/** What a grant may support when that is not named as mine-action work: "to support HALO's efforts in Cambodia". */
const WORK_NOUNS = new Set(['efforts', 'effort', 'work', 'operations', 'activities', 'response', 'programme', 'program', 'project', 'projects']);

/** After a bracketed gloss at `a` ("(about $860,000)"), or `a`. */
function afterGloss(tokens: readonly Token[], a: number): number {
  if (tokens[a]?.text !== '(') return a;
  for (let k = a + 1; k < a + 10 && k < tokens.length; k++) if (tokens[k]!.text === ')') return k + 1;
  return a;
}

/** Nouns after an amount that make it a grant: "$20 million in grant aid", "£46 million of new funding". */
const GRANT_AFTER = new Set(['grant', 'grants', 'funding', 'aid', 'assistance', 'support']);

/** After "in grant aid" / "of new funding" at `a`, or `a`. */
function afterGrantNoun(tokens: readonly Token[], a: number): number {
  if (!/^(?:in|of)$/.test(tokens[a]?.lower ?? '')) return a;
  let k = a + 1;
  while (k < a + 3 && word(tokens[k]) && !tokens[k]!.cap && /^(?:new|additional|fresh|further|extra|humanitarian|financial|development)$/.test(tokens[k]!.lower)) k++;
  if (!word(tokens[k]) || tokens[k]!.cap || !GRANT_AFTER.has(tokens[k]!.lower)) return a;
  // "$2 million in support of road repairs": what it is for, not what it is
  if (tokens[k + 1]?.lower === 'of') return a;
  k++;
  if (word(tokens[k]) && /^(?:aid|assistance)$/.test(tokens[k]!.lower)) k++;
  return k;
}

/** After "to <Recipient>" at `a` when "for" follows ("$244 million to Ukraine for …"), or `a`. */
function afterRecipient(tokens: readonly Token[], a: number): number {
  if (tokens[a]?.lower !== 'to' || tokens[a]!.cap) return a;
  let k = a + 1;
  if (tokens[k]?.lower === 'the') k++;
  const first = k;
  while (k < a + 8 && word(tokens[k]) && (tokens[k]!.cap || (tokens[k]!.lower === 'of' && tokens[k + 1]?.cap))) k++;
  return k > first && tokens[k]?.lower === 'for' ? k : a;
}

/** The end of what the amount ending at `a` is for, when that is mine-action work; `a` when not. */
function purposeEnd(tokens: readonly Token[], amountEnd: number): number {
  const a = afterRecipient(tokens, afterGloss(tokens, amountEnd));
  const link = tokens[a];
  if (!word(link) || link.cap || !PURPOSE_LINKS.has(link.lower)) return amountEnd;
  let from = a + 1;
  // "to support demining", "to fund clearance": the purpose is what the verb names
  const supports = link.lower === 'to' && word(tokens[from]) && /^(?:support|fund|finance|help|assist)$/.test(tokens[from]!.lower);
  if (supports) from++;
  const end = placeAfter(tokens, clauseEnd(tokens, from, 10));
  if (end <= from) return amountEnd;
  const words = tokens.slice(from, end);
  // the work in lower case: "to UXO Lao" is money for a body, not for an undertaking
  const work = (t: Token) => word(t) && !t.cap && (isMineActionWord(t.lower) || (supports && WORK_NOUNS.has(t.lower)));
  if (!words.some(work)) return amountEnd;
  if ([...words, tokens[end]].some((t) => word(t) && TOTAL_WORDS.has(t.lower))) return amountEnd;
  return end;
}

/** The giver's capitalised words just before the verb at `v` (over auxiliaries), as a span. */
function giverBefore(tokens: readonly Token[], v: number): { start: number; end: number } | undefined {
  let e = v;
  while (e > 0 && word(tokens[e - 1]) && AUXILIARIES.has(tokens[e - 1]!.lower) && !tokens[e - 1]!.cap) e--;
  // "the Department for International Development (DFID) has announced": the giver's acronym after its name
  if (tokens[e - 1]?.text === ')' && tokens[e - 2]?.allCaps && tokens[e - 3]?.text === '(') e -= 3;
  let s = e;
  // "the Swiss government pledged": the state its demonym names
  if (/^(?:government|authorities)$/.test(tokens[s - 1]?.lower ?? '') && !tokens[s - 1]!.cap && tokens[s - 2]?.cap) s--;
  while (s > 0 && word(tokens[s - 1]) && (tokens[s - 1]!.cap || (/^(?:of|for|and)$/.test(tokens[s - 1]!.lower) && tokens[s - 2]?.cap))) s--;
  return s < e ? { start: s, end: e } : undefined;
}

/** After "from <Giver>" at `k` ("contribution from New Zealand of"), with the giver's span, or `k`. */
function fromGiver(tokens: readonly Token[], k: number): { at: number; giver?: { start: number; end: number } } {
  if (tokens[k]?.lower !== 'from' || !word(tokens[k + 1]) || !tokens[k + 1]!.cap) return { at: k };
  let e = k + 1;
  while (e < k + 6 && word(tokens[e]) && tokens[e]!.cap) e++;
  return { at: e, giver: { start: k + 1, end: e } };
}

/** Whether the grant noun at `k` is marked as a new grant: "the new contribution", "has allocated a generous grant". */
function markedNew(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = tokens[j];
    if (!word(t) || t.cap) return false;
    if (NEW_MARKS.has(t.lower) || PLEDGE_VERBS.has(t.lower) || GIVING_VERBS.has(t.lower)) return true;
    if (!BEFORE_AMOUNT.has(t.lower) && t.lower !== 'the' && t.lower !== 'this') return false;
  }
  return false;
}

/** The giver's capitalised name right before a grant noun at `k`, after a determiner: "A United States Government grant". */
function giverBeforeNoun(tokens: readonly Token[], k: number): { start: number; end: number } | undefined {
  const DETERMINER = /^(?:a|an|the|this)$/;
  let s = k;
  while (s > 0 && k - s < 6 && word(tokens[s - 1]) && tokens[s - 1]!.cap) s--;
  // "A United States Government grant" at a sentence's start: the determiner is capitalised too
  if (s < k && DETERMINER.test(tokens[s]!.lower)) return s + 1 < k ? { start: s + 1, end: k } : undefined;
  const before = tokens[s - 1];
  return s < k && word(before) && !before.cap && DETERMINER.test(before.lower) ? { start: s, end: k } : undefined;
}

/**
 * The giver's possessive name right before a grant noun at `k`: "Germany’s contribution",
 * "The Government of Japan’s donation" (after a determiner that opens it).
 */
function ownerBeforeNoun(tokens: readonly Token[], k: number): { start: number; end: number } | undefined {
  const own = tokens[k - 1];
  if (!word(own) || !own.poss || !own.cap) return undefined;
  let s = k - 1;
  while (s > 0 && k - s < 6 && word(tokens[s - 1]) && (tokens[s - 1]!.cap || (tokens[s - 1]!.lower === 'of' && tokens[s - 2]?.cap)) && !tokens[s - 1]!.poss) s--;
  if (/^(?:the|a|an|this)$/.test(tokens[s]!.lower)) s++;
  return s < k ? { start: s, end: k } : undefined;
}

/** The verb before a grant noun at `k` ("Ireland has allocated a generous grant of"), over determiners and adjectives. */
function verbBefore(tokens: readonly Token[], k: number): number | undefined {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = tokens[j];
    if (!word(t) || t.cap) return undefined;
    if (PLEDGE_VERBS.has(t.lower)) return j;
  }
  return undefined;
}

/** Verbs that hand over goods: "handed over new demining equipment worth $5.8 million". */
const HANDING_VERBS = new Set(['handed', 'donated', 'delivered', 'transferred', 'presented', 'supplied', 'provided', 'gave', 'donates', 'delivers', 'hands', 'transfers']);
/** Goods a giver hands over. */
const GOODS = new Set(['equipment', 'vehicles', 'machines', 'machinery', 'supplies', 'kits', 'tools', 'devices', 'detectors']);

/**
 * Goods handed over with their worth: "the US Department of State handed over new demining
 * equipment worth $5.8 million to the State Special Transport Service of Ukraine". The goods, their
 * worth and who received them name a package; the giver before the verb takes part.
 */
function goodsWorth(tokens: readonly Token[], v: number): Described | undefined {
  let s = v + 1;
  if (tokens[s]?.lower === 'over') s++;
  let g = s;
  while (g < s + 4 && word(tokens[g]) && !tokens[g]!.cap && !GOODS.has(tokens[g]!.lower)) g++;
  if (!word(tokens[g]) || !GOODS.has(tokens[g]!.lower) || tokens[g + 1]?.lower !== 'worth') return undefined;
  const amountEnd = amountAt(tokens, g + 2);
  if (amountEnd === undefined) return undefined;
  let e = amountEnd;
  if (tokens[e]?.lower === 'to' && word(tokens[e + 1])) {
    let k = e + 1;
    if (tokens[k]!.lower === 'the') k++;
    const first = k;
    while (word(tokens[k]) && (tokens[k]!.cap || (tokens[k]!.lower === 'of' && tokens[k + 1]?.cap))) k++;
    if (k > first) e = k;
  }
  const d: Described = { start: s, end: e, kind: 'package', aliases: [], actorsInside: true };
  const giver = giverBefore(tokens, v);
  if (giver) d.participantSpan = giver;
  return d;
}

export function findPledges(tokens: readonly Token[], taken: Uint8Array): Described[] {
  const out: Described[] = [];
  for (let v = 0; v < tokens.length; v++) {
    const gift = word(tokens[v]) && !tokens[v]!.cap && HANDING_VERBS.has(tokens[v]!.lower) ? goodsWorth(tokens, v) : undefined;
    if (gift && isFree(taken, gift.start, gift.end)) out.push(gift);
  }
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    if (!word(t) || t.cap) continue;
    let a = k + 1;
    let verb = false;
    let noun: ReturnType<typeof fromGiver> | undefined;
    if (GRANT_NOUNS.has(t.lower)) {
      noun = fromGiver(tokens, k + 1);
      if (tokens[noun.at]?.lower !== 'of') continue;
      a = noun.at + 1;
      // "contribution of an additional $5.7 million"
      while (a < noun.at + 4 && word(tokens[a]) && BEFORE_AMOUNT.has(tokens[a]!.lower)) a++;
    } else if (PLEDGE_VERBS.has(t.lower) || (/^provides?$/.test(t.lower) && PROMISE_MARKS.has(tokens[k - 1]?.lower ?? ''))) {
      verb = true;
      while (a < k + 3 && word(tokens[a]) && BEFORE_AMOUNT.has(tokens[a]!.lower)) a++;
    } else continue;
    // "more than CHF 5 million", "over $3 billion": a total
    const amountOnly = amountAt(tokens, a);
    if (amountOnly === undefined) continue;
    // "commits $20 million in grant aid": the noun after the amount says it is a grant
    const amountEnd = verb ? afterGrantNoun(tokens, amountOnly) : amountOnly;
    const granted = amountEnd > amountOnly;
    const e = purposeEnd(tokens, amountEnd);
    const owner = noun && !noun.giver ? ownerBeforeNoun(tokens, k) : undefined;
    const named = noun && !noun.giver ? (owner ?? giverBeforeNoun(tokens, k)) : undefined;
    if (e === amountEnd && !granted && !(noun && (markedNew(tokens, k) || named))) continue;
    if (e === amountEnd && tokens.slice(amountEnd, clauseEnd(tokens, amountEnd, 12)).some((x) => word(x) && TOTAL_WORDS.has(x.lower))) continue;
    // "pledged an additional CHF 5 million for …": the name keeps the word that marks it as more
    let start = verb ? a : (named?.start ?? k);
    while (verb && start > k + 1 && word(tokens[start - 1]) && ADDED_MARKS.has(tokens[start - 1]!.lower)) start--;
    if (!isFree(taken, start, e)) continue;
    const d: Described = { start, end: e, kind: 'package', aliases: [], actorsInside: true };
    // "Germany’s contribution of an additional $5.7 million to assist …": also the giver's grant and its amount alone
    if (owner && e > amountEnd) d.aliases.push({ start, end: amountEnd });
    const v = verb ? k : verbBefore(tokens, k);
    const giver = noun?.giver ?? named ?? (v !== undefined ? giverBefore(tokens, v) : undefined);
    if (giver) d.participantSpan = giver;
    const also = verb && giver ? giverGrantName(tokens, giver, { start: a, end: amountOnly }, t.lower) : undefined;
    if (also) d.composedAliases = [also];
    out.push(d);
    k = e - 1;
  }
  return out;
}
