/**
 * Sets whose set noun is the subject or the complement of "are": "The goals of the project are
 * to A, to B and to C", "The three pillars of the strategy include A, B and C", and the list
 * written first: "A, B and C are the three pillars of the programme". A set noun before its verb
 * must be definite ("The goals …", "Its pillars …"): "more areas are likely to be added" and
 * "the implementation of demining activities are efficient" name no set.
 */
import type { Token } from '../../text/tokens.js';
import { looksLikeParts, opensClause, opensWithAmount } from '../item-shape.js';
import { knownSetNoun, MAY_NAME_SET } from '../lead-in.js';
import { splitItems } from './pillar-lists.js';
import { itemOf, makeSet, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

const COPULAS = /^(?:are|were|include|included|comprise|comprised|cover|covered)$/;
/** How far "of the … project" may run between the set noun and its verb. */
const OF_REACH = 8;
const MAX_ITEM_WORDS = 16;
const MAY_HOLD = /\b(?:are|were|include|included|comprise|comprised|cover|covered)\b/i;
/** Determiners that make a set noun the subject of a definite set: "The goals …", "Its four pillars …". */
const DEFINITE = new Set(['the', 'its', 'their', 'our', 'his', 'her', 'these', 'those', 'whose', 'your', 'my']);
/** Words before a set noun that make it some of a kind, not a set: "more areas are likely …", "… of demining activities are …". */
const INDEFINITE = new Set(['of', 'more', 'many', 'some', 'other', 'several', 'few', 'most', 'that', 'which', 'and', 'or', 'to', 'in', 'for', 'with', 'on', 'by', 'at', 'from', 'all', 'such', 'new', 'further', 'additional']);
const DEFINITE_REACH = 5;

/**
 * Whether the set noun at `k` opens a definite set: a determiner or a possessive before it
 * over its count and modifiers ("The three key pillars", "the strategy's goals"), or nothing
 * before it at all ("Priorities are: …").
 */
function definiteSet(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - DEFINITE_REACH; j--) {
    const t = tokens[j]!;
    if (t.poss || DEFINITE.has(t.lower)) return true;
    if (t.kind === 'punct' && t.text !== '-') return false;
    if (INDEFINITE.has(t.lower)) return false;
  }
  return k - DEFINITE_REACH <= 0;
}

/** A participle that may qualify a set noun before its verb: "The activities implemented by five NGOs include …". */
const PARTICIPLE = /^(?:\p{Ll}{3,}ed|undertaken|carried|run|done)$/u;

/** Participles of what is done to land: "The main areas cleared of mines were …" lists land, not parts. */
const LAND_PARTICIPLES = new Set(['cleared', 'demined', 'contaminated', 'affected', 'mined', 'released', 'surveyed', 'freed', 'returned', 'handed', 'reclaimed']);

/**
 * The verb after the set noun at `k`: right after it, or after "of <the undertaking>" or a
 * participle's phrase ("implemented by five NGOs") with no punctuation between.
 */
function verbAfter(tokens: readonly Token[], k: number): number | undefined {
  if (COPULAS.test(tokens[k + 1]?.lower ?? '')) return k + 1;
  const next = tokens[k + 1];
  if (next?.lower !== 'of' && !(next?.kind === 'word' && !next.cap && PARTICIPLE.test(next.lower) && !COPULAS.test(next.lower) && !LAND_PARTICIPLES.has(next.lower))) return undefined;
  for (let j = k + 2; j < tokens.length && j <= k + 1 + OF_REACH; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'") return undefined;
    if (COPULAS.test(t.lower)) return j;
  }
  return undefined;
}

function itemsOf(input: PillarInput, tokens: readonly Token[], from: number, count: number | undefined): PillarItem[] | undefined {
  const spans = splitItems(input.view, tokens, from, count);
  const items = spans.map((r) => itemOf(input.view, r.start, r.end)).filter((x): x is PillarItem => x !== undefined && x.text.split(' ', MAX_ITEM_WORDS + 1).length <= MAX_ITEM_WORDS);
  if (items.length !== spans.length || items.length < 2 || items.length > 10 || !looksLikeParts(items)) return undefined;
  // "… are planned to be performed, including …": a clause, not a list; "…, and they play a vital role": a clause of its own
  if (items.some((x) => opensClause(x.text) || /^(?:it|they|we|he|she|this|these|those)\s/i.test(x.text))) return undefined;
  // "The two projects include over $900,000 for …": what amounts are for, not parts
  if (opensWithAmount(items[0]!.text)) return undefined;
  return items;
}

export function setSubject(input: PillarInput, push: Push): void {
  for (let s = 0; s < input.sentences.length; s++) {
    const text = input.sentences[s]!.text;
    if (!input.mayList[s] || !MAY_NAME_SET.test(text) || !MAY_HOLD.test(text)) continue;
    const tokens = input.tokens[s]!;
    // the set noun may open the sentence: "Tasks include A, B and C"
    for (let k = 0; k < tokens.length; k++) {
      const set = knownSetNoun(tokens, k);
      if (!set) continue;
      // "A, B and C are the three pillars of …"
      const before = tokens[k - 1] ?? tokens[k]!;
      let copula = k - 1;
      while (copula > 0 && tokens[copula]!.kind === 'word' && !COPULAS.test(tokens[copula]!.lower) && k - copula <= 4) copula--;
      if (copula > 1 && /^(?:are|were)$/.test(tokens[copula]!.lower) && tokens[copula + 1]?.lower === 'the' && before.kind === 'word') {
        const lead = tokens.slice(0, copula);
        const items = lead.some((t) => t.text === ',' || t.lower === 'and') ? itemsOf(input, lead, 0, set.count) : undefined;
        if (items) {
          push(makeSet(input.link(s, k), set.term, items, s, set.count), [s]);
          break;
        }
      }
      const verb = verbAfter(tokens, k);
      if (verb === undefined || !definiteSet(tokens, k)) continue;
      const from = tokens[verb + 1]?.text === ':' ? verb + 2 : verb + 1;
      const items = itemsOf(input, tokens, from, set.count);
      if (!items) continue;
      push(makeSet(input.link(s, k), set.term, items, s, set.count), [s]);
      break;
    }
  }
}
