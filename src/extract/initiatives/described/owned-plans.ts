/**
 * An owner's plan or programme, described in lower case: "Japan's vision for humanitarian
 * mine action", "Switzerland's mine action strategy for 2023-2026", "the Australian
 * Government's mine action strategy", "the EU's humanitarian mine action programme in
 * Ukraine". The owner (capitalised words ending in a possessive) leads it and stays in the
 * name, so different owners' strategies stay apart.
 */
import type { Token } from '../../text/tokens.js';
import type { Described } from './described-initiatives.js';
import { clauseEnd, DOMAIN_MODIFIERS } from './described-initiatives.js';
import { placeAfter } from './funded-initiatives.js';
import { isMineActionWord } from '../../lexicon/mine-action-words.js';
import { isFree, word } from '../spans.js';
import { periodEnd } from '../names/headed/periods.js';

const VISION_NOUNS = new Set(['vision', 'strategy', 'plan', 'policy', 'agenda', 'roadmap']);
/** Undertaking nouns an owner's name may come before when a mine-action word says what they are ("mine action programme"). */
const WORK_NOUNS = new Set(['programme', 'program', 'project', 'initiative']);
const MAX_WORDS = 14;
const PLAN_QUALIFIERS = /^(?:\p{L}+-year|multi-year|new|current|strategic|annual)$/u;

/** The plan owned by the possessive at `k`, if one follows. */
export function ownedPlan(tokens: readonly Token[], k: number, taken: Uint8Array): Described | undefined {
  let v = k + 1;
  // "CMAC's five-year plan", "Japan's new strategy": a duration or a newness word may qualify it
  while (v < k + 5 && word(tokens[v]) && !tokens[v]!.cap && (DOMAIN_MODIFIERS.has(tokens[v]!.lower) || isMineActionWord(tokens[v]!.lower) || PLAN_QUALIFIERS.test(tokens[v]!.lower))) v++;
  const noun = tokens[v];
  if (!word(noun) || noun.cap) return undefined;
  const vision = VISION_NOUNS.has(noun.lower);
  if (!vision && !(WORK_NOUNS.has(noun.lower) && v > k + 1)) return undefined;
  // "the Australian Government's …": the owner's whole name
  let s = k;
  while (s > 0 && word(tokens[s - 1]) && tokens[s - 1]!.cap && !tokens[s - 1]!.poss && tokens[s - 1]!.lower !== 'the') s--;
  const prep = tokens[v + 1];
  let e = -1;
  // "… for 2023-2026", "… 2023–26": the period it is for
  const period = periodEnd(tokens, v + 1);
  if (period > v + 1) {
    e = period;
  } else if (prep?.lower === 'in') {
    const end = placeAfter(tokens, v + 1);
    if (end > v + 2) e = end;
  } else if (vision && word(prep) && /^(?:for|on|of|to)$/.test(prep.lower)) {
    const end = clauseEnd(tokens, v + 2, MAX_WORDS);
    if (end > v + 2) e = end;
  } else if (v > k + 1) {
    e = v + 1;
  }
  if (e < 0 || !isFree(taken, s, e)) return undefined;
  // no shorter alias: "Japan's vision" would meet every other owner's vision once the owner is dropped from keys
  return { start: s, end: e, kind: vision ? 'policy' : 'programme', aliases: [], leadTok: k };
}
