/**
 * A grant the text gives by its verb rather than by a noun: "Lakeland pledged CHF 100 million
 * for humanitarian demining in Ukraine", "the Fund has committed USD 5 million to mine risk
 * education in Chad", and "a pledge of EUR 3 million for victim assistance". The amount and
 * what it is for name a package; the giver written just before the verb takes part. What it
 * is for must be mine-action work, and an amount qualified as a total ("more than", "over",
 * "since 1993") is a figure of what was spent, not a grant.
 */
import type { Token } from '../../text/tokens.js';
import type { Described } from './described-initiatives.js';
import { clauseEnd } from './described-initiatives.js';
import { amountAt, placeAfter } from './funded-initiatives.js';
import { isMineActionWord } from '../../lexicon/mine-action-words.js';
import { isFree, word } from '../spans.js';

/** Verbs that make an amount after them a new grant. */
const PLEDGE_VERBS = new Set([
  'pledged', 'pledges', 'pledge', 'committed', 'commits', 'commit', 'allocated', 'allocates', 'allocate', 'earmarked',
  'earmarks', 'announced', 'announces', 'approved', 'approves', 'granted', 'grants', 'awarded', 'awards', 'donated',
  'donates', 'contributed', 'contributes',
]);
/** Nouns of a grant followed by "of <amount>": "a pledge of EUR 3 million". */
const GRANT_NOUNS = new Set(['pledge', 'grant', 'contribution', 'donation', 'commitment', 'allocation', 'package']);
/** Words between the verb and the amount: "pledged an additional CHF 5 million", "committed a further". */
const BEFORE_AMOUNT = new Set(['an', 'a', 'additional', 'further', 'new', 'extra', 'another']);
/** Auxiliaries between the giver and the verb: "has pledged", "will commit", "today announced". */
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'today', 'also', 'recently', 'now', 'is', 'are', 'was']);
/** Words that mark the amount as a total rather than a grant. */
const TOTAL_WORDS = new Set(['since', 'total', 'totalling', 'totaling', 'overall', 'cumulative']);
const PURPOSE_LINKS = new Set(['for', 'to', 'towards', 'toward']);

/** The end of what the amount ending at `a` is for, when that is mine-action work; `a` when not. */
function purposeEnd(tokens: readonly Token[], a: number): number {
  const link = tokens[a];
  if (!word(link) || link.cap || !PURPOSE_LINKS.has(link.lower)) return a;
  let from = a + 1;
  // "to support demining", "to fund clearance": the purpose is what the verb names
  if (link.lower === 'to' && word(tokens[from]) && /^(?:support|fund|finance|help|assist)$/.test(tokens[from]!.lower)) from++;
  const end = placeAfter(tokens, clauseEnd(tokens, from, 10));
  if (end <= from) return a;
  const words = tokens.slice(from, end);
  // the work in lower case: "to UXO Lao" is money for a body, not for an undertaking
  if (!words.some((t) => word(t) && !t.cap && isMineActionWord(t.lower))) return a;
  if ([...words, tokens[end]].some((t) => word(t) && TOTAL_WORDS.has(t.lower))) return a;
  return end;
}

/** The giver's capitalised words just before the verb at `v` (over auxiliaries), as a span. */
function giverBefore(tokens: readonly Token[], v: number): { start: number; end: number } | undefined {
  let e = v;
  while (e > 0 && word(tokens[e - 1]) && AUXILIARIES.has(tokens[e - 1]!.lower) && !tokens[e - 1]!.cap) e--;
  let s = e;
  while (s > 0 && word(tokens[s - 1]) && tokens[s - 1]!.cap) s--;
  return s < e ? { start: s, end: e } : undefined;
}

export function findPledges(tokens: readonly Token[], taken: Uint8Array): Described[] {
  const out: Described[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    if (!word(t) || t.cap) continue;
    let a = k + 1;
    let verb = false;
    if (GRANT_NOUNS.has(t.lower) && tokens[k + 1]?.lower === 'of') {
      a = k + 2;
    } else if (PLEDGE_VERBS.has(t.lower)) {
      verb = true;
      while (a < k + 3 && word(tokens[a]) && BEFORE_AMOUNT.has(tokens[a]!.lower)) a++;
    } else continue;
    // "more than CHF 5 million", "over $3 billion": a total
    const amountEnd = amountAt(tokens, a);
    if (amountEnd === undefined) continue;
    const e = purposeEnd(tokens, amountEnd);
    if (e === amountEnd) continue;
    const start = verb ? a : k;
    if (!isFree(taken, start, e)) continue;
    const d: Described = { start, end: e, kind: 'package', aliases: [], actorsInside: true };
    const giver = verb ? giverBefore(tokens, k) : undefined;
    if (giver) d.participantSpan = giver;
    out.push(d);
    k = e - 1;
  }
  return out;
}
