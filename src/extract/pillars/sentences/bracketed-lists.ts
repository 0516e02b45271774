/**
 * A set given in brackets straight after its set noun: "all mine action activities (demining,
 * mine risk education, victim assistance and advocacy)", "a comprehensive approach (mine risk
 * education, humanitarian demining, victim assistance and rehabilitation, and advocacy)". Three
 * items or more, short, read as parts, and one of them naming mine-action work ("Mine Risk
 * Education (MRE)"): a bracketed list is often of something else, "areas (Kabul, Herat and
 * Kandahar)", "a differential approach (indigenous, peasant and afro-descendant)".
 */
import type { Token } from '../../text/tokens.js';
import { SET_NOUN_TERMS } from '../../lexicon/set-words.js';
import { isMineActionWord } from '../../lexicon/mine-action-words.js';
import { looksLikeParts } from '../item-shape.js';
import { splitItems } from './pillar-lists.js';
import { itemOf, makeSet, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

/** Singular set nouns a bracketed list may follow ("a comprehensive approach (A, B and C)"). */
const SINGULAR_SETS: ReadonlyMap<string, string> = new Map([['approach', 'approach'], ['strategy', 'component'], ['programme', 'component']]);
const MIN_ITEMS = 3;
const MAX_ITEMS = 10;
const MAX_WORDS = 14;

/** The index of the ")" that closes the "(" at `open`, or -1. */
function closing(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (tokens[k]!.text === '(') depth++;
    else if (tokens[k]!.text === ')' && --depth === 0) return k;
  }
  return -1;
}

/** Whether an item names mine-action work in one of its words ("Mine Risk Education (MRE)"). */
function namesWork(item: PillarItem): boolean {
  return item.text.split(/[\s/()]+/).some((w) => isMineActionWord(w.toLowerCase()));
}

export function bracketedLists(input: PillarInput, push: Push): void {
  for (let s = 0; s < input.sentences.length; s++) {
    const text = input.sentences[s]!.text;
    if (!input.mayList[s] || !text.includes('(') || !text.includes(',')) continue;
    const tokens = input.tokens[s]!;
    for (let k = 1; k + 3 < tokens.length; k++) {
      const noun = tokens[k]!;
      if (tokens[k + 1]!.text !== '(' || noun.kind !== 'word' || noun.cap) continue;
      const term = SET_NOUN_TERMS.get(noun.lower) ?? SINGULAR_SETS.get(noun.lower);
      if (!term) continue;
      const close = closing(tokens, k + 1);
      if (close < 0) continue;
      const spans = splitItems(input.view, tokens, k + 2, undefined, close);
      const items = spans.map((r) => itemOf(input.view, r.start, r.end)).filter((x): x is PillarItem => x !== undefined);
      if (items.length !== spans.length || items.length < MIN_ITEMS || items.length > MAX_ITEMS) continue;
      if (!items.every((x) => x.text.split(/\s+/).length <= MAX_WORDS)) continue;
      if (!items.some(namesWork)) continue;
      if (!looksLikeParts(items)) continue;
      push(makeSet(input.link(s, k), term, items, s), [s]);
      k = close;
    }
  }
}
