/**
 * Sets whose set noun is the subject or the complement of "are": "The goals of the project are
 * to A, to B and to C", "The three pillars of the strategy include A, B and C", and the list
 * written first: "A, B and C are the three pillars of the programme".
 */
import type { Token } from '../../text/tokens.js';
import { looksLikeParts, opensClause } from '../item-shape.js';
import { knownSetNoun, MAY_NAME_SET } from '../lead-in.js';
import { splitItems } from './pillar-lists.js';
import { itemOf, makeSet, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

const COPULAS = /^(?:are|were|include|included|comprise|comprised|cover|covered)$/;
/** How far "of the … project" may run between the set noun and its verb. */
const OF_REACH = 8;
const MAX_ITEM_WORDS = 12;
const MAY_HOLD = /\b(?:are|were|include|included|comprise|comprised|cover|covered)\b/i;

/** The verb after the set noun at `k`: right after it, or after "of <the undertaking>" with no punctuation between. */
function verbAfter(tokens: readonly Token[], k: number): number | undefined {
  if (COPULAS.test(tokens[k + 1]?.lower ?? '')) return k + 1;
  if (tokens[k + 1]?.lower !== 'of') return undefined;
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
  // "… are planned to be performed, including …": a clause, not a list
  if (items.some((x) => opensClause(x.text))) return undefined;
  return items;
}

export function setSubject(input: PillarInput, push: Push): void {
  for (let s = 0; s < input.sentences.length; s++) {
    const text = input.sentences[s]!.text;
    if (!input.mayList[s] || !MAY_NAME_SET.test(text) || !MAY_HOLD.test(text)) continue;
    const tokens = input.tokens[s]!;
    for (let k = 1; k < tokens.length; k++) {
      const set = knownSetNoun(tokens, k);
      if (!set) continue;
      // "A, B and C are the three pillars of …"
      const before = tokens[k - 1]!;
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
      if (verb === undefined) continue;
      const from = tokens[verb + 1]?.text === ':' ? verb + 2 : verb + 1;
      const items = itemsOf(input, tokens, from, set.count);
      if (!items) continue;
      push(makeSet(input.link(s, k), set.term, items, s, set.count), [s]);
      break;
    }
  }
}
