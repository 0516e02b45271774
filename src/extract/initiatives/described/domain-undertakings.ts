/**
 * Undertakings of the mine-action domain described in lower case: "the demining
 * programme", "a mine risk education project in Kandahar", "its humanitarian clearance
 * operation", "a victim assistance initiative". A determiner, up to four lower-case
 * modifiers of which one is a mine-action word, an undertaking noun, and optionally "in
 * <Place>". Its key is its document's ("the demining programme" of two documents are two
 * programmes). After "the", "its" or "this" it often stands for an undertaking named before:
 * it is marked weak, and resolution joins it to the last named initiative of its kind in its
 * document, else keeps it; after "a" it is a new one. And a request to extend a treaty's
 * deadline, as the mine-ban treaty's States Parties make them: "the Ottawa extension
 * request", "another three-year Extension Request".
 */
import type { Token } from '../../text/tokens.js';
import type { Described } from './described-initiatives.js';
import { placeAfter } from './funded-initiatives.js';
import { isFree, word } from '../spans.js';
import { countryOf, countryOfDemonym } from '../../lexicon/countries.js';
import { periodEnd } from '../names/headed/periods.js';
import { isMineActionWord } from '../../lexicon/mine-action-words.js';

const OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'our', 'this', 'his', 'her']);
const HEADS: ReadonlyMap<string, string> = new Map([
  ['programme', 'programme'], ['program', 'programme'], ['project', 'project'], ['initiative', 'initiative'],
  ['campaign', 'initiative'], ['operation', 'programme'], ['mission', 'project'], ['partnership', 'partnership'],
  ['strategy', 'policy'], ['fund', 'fund'], ['plan', 'policy'], ['policy', 'policy'], ['roadmap', 'policy'],
]);
/** Heads of plans, which may say after them what they are on ("an action plan on mine action"). */
const PLAN_HEADS = new Set(['strategy', 'plan', 'policy', 'roadmap']);
const TOPIC_LINKS = new Set(['on', 'for']);
/** Plan heads that name nothing without a topic, a place or a period after them. */
const BARE_PLANS = new Set(['plan', 'policy', 'roadmap']);

/** The end of "on/for <words with a mine-action word>" after a plan's head at `k`, or `k`. */
function topicEnd(tokens: readonly Token[], k: number): number {
  const link = tokens[k];
  if (!word(link) || link.cap || !TOPIC_LINKS.has(link.lower)) return k;
  let e = k + 1;
  let domain = false;
  // "a roadmap on removing all landmines": "all" and "the" inside the topic
  while (e < k + 5 && word(tokens[e]) && !tokens[e]!.cap && !tokens[e]!.poss && (!NOT_MODIFIERS.has(tokens[e]!.lower) || (e > k + 1 && /^(?:all|the)$/.test(tokens[e]!.lower))) && !HEADS.has(tokens[e]!.lower)) {
    if (isMineActionWord(tokens[e]!.lower)) domain = true;
    e++;
  }
  return domain ? e : k;
}
/** Lower-case words that cannot modify an undertaking noun in such a phrase. */
const NOT_MODIFIERS = new Set([
  'of', 'to', 'for', 'on', 'in', 'with', 'by', 'at', 'from', 'and', 'or', 'but', 'that', 'which', 'who', 'is', 'are',
  'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'its', 'their', 'this', 'these',
  'as', 'than', 'very', 'more', 'most', 'such', 'each', 'every', 'all', 'both', 'other', 'same', 'one', 'whole',
  'the', 'a', 'an', 'through', 'into', 'over', 'under', 'about', 'across', 'via', 'per', 'our', 'his', 'her', 'my',
  'your', 'after', 'before', 'during', 'since', 'until', 'within', 'without', 'between', 'among', 'against', 'not',
  'also', 'only', 'just', 'new-found', 'so', 'if', 'when', 'where', 'while', 'it', 'they', 'we', 'he', 'she',
]);

/** A country's name or demonym in one capitalised word ("U.S.", "Swiss"). */
function countryWord(t: Token | undefined): boolean {
  return word(t) && t.cap && !t.poss && (countryOf(t.base) !== undefined || countryOfDemonym(t.lower) !== undefined);
}


/** Owners written in lower case before a description: "the country's demining programme". */
const COMMON_OWNERS = new Set(['country', 'nation', 'government', 'ministry', 'authority', 'organisation', 'organization', 'army', 'state']);

/** Verbs of running an undertaking, before "by <Body>". */
const RUN_BY = /^(?:implemented|run|conducted|managed|executed|led|operated)$/;

/**
 * After "implemented by DASH" at `k` when a place follows it ("the humanitarian demining project
 * implemented by DASH in Northern Sri Lanka": the place is the project's), or `k`.
 */
function implementerEnd(tokens: readonly Token[], k: number): number {
  let j = k;
  if (!RUN_BY.test(tokens[j]?.lower ?? '')) return k;
  j++;
  if (tokens[j]?.lower === 'out') j++;
  if (tokens[j]?.lower !== 'by') return k;
  j++;
  if (tokens[j]?.lower === 'the') j++;
  const first = j;
  while (j < first + 6 && word(tokens[j]) && (tokens[j]!.cap || (tokens[j]!.lower === 'of' && tokens[j + 1]?.cap))) j++;
  return j > first && placeAfter(tokens, j) > j ? j : k;
}

/** The country a sentence opens with as its subject, when no other country is named before token `k`. */
function subjectCountry(tokens: readonly Token[], k: number): string | undefined {
  for (let len = 3; len >= 1; len--) {
    if (tokens.slice(0, len).some((x) => !word(x) || !x.cap)) continue;
    const country = countryOf(tokens.slice(0, len).map((x) => x.base).join(' '));
    if (!country) continue;
    for (let j = len; j < k; j++) if (countryWord(tokens[j])) return undefined;
    return /^(?:is|has|had|was|runs|operates|launched|established|set)$/.test(tokens[len]?.lower ?? '') ? country : undefined;
  }
  return undefined;
}

/** Domain undertakings described in one sentence, on tokens not yet taken; each is weak. */
export function findDomainUndertakings(tokens: readonly Token[], taken: Uint8Array): Described[] {
  const out: Described[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    if (!word(t) || !OPENERS.has(t.lower) || (t.cap && k > 0)) continue;
    // "the country's demining programme": the owner is left out of the name
    const owned = t.lower === 'the' && word(tokens[k + 1]) && tokens[k + 1]!.poss && !tokens[k + 1]!.cap && COMMON_OWNERS.has(tokens[k + 1]!.lower);
    const from = owned ? k + 2 : k + 1;
    // "the U.S. conventional weapons destruction program", "the Swiss mine action strategy": a country's own, in its name
    let h = t.lower === 'the' && !owned && countryWord(tokens[from]) ? from + 1 : from;
    let domain = false;
    let named = from;
    let firstDomain = -1;
    const modifier = (x: Token | undefined): boolean => word(x) && !x.cap && !x.poss && !HEADS.has(x.lower) && !NOT_MODIFIERS.has(x.lower);
    while (h < named + 5 && modifier(tokens[h])) {
      if (isMineActionWord(tokens[h]!.lower) && firstDomain < 0) firstDomain = h;
      if (isMineActionWord(tokens[h]!.lower)) domain = true;
      h++;
      // "a functioning, nationally led mine action programme": modifiers set off by a comma; the name starts after it
      if (tokens[h]?.text === ',' && firstDomain < 0 && modifier(tokens[h + 1])) {
        h++;
        named = h;
      }
    }
    const head = tokens[h];
    // a plan with no words before its head needs its topic after it: "a roadmap on removing all landmines"
    if (!word(head) || head.cap || !HEADS.has(head.lower) || (h === from && !PLAN_HEADS.has(head.lower)) || (countryWord(tokens[from]) && h === from + 1)) continue;
    // "an action plan on mine action", "a national strategy for humanitarian demining": what a plan is on
    const topic = !domain && PLAN_HEADS.has(head.lower) ? topicEnd(tokens, h + 1) : h + 1;
    if (!domain && topic === h + 1) continue;
    const placed = placeAfter(tokens, implementerEnd(tokens, topic));
    // "the national mine action strategy 2023–2026": the period it is for
    const e = placed > topic ? placed : periodEnd(tokens, topic);
    // "the country's mine-action plan" says what, not which: a plan needs its topic or its period
    if (BARE_PLANS.has(head.lower) && e === h + 1) continue;
    if (!isFree(taken, from, e)) continue;
    // "a demining project": a new one; "the demining project": maybe one named before
    const weak = t.lower !== 'a' && t.lower !== 'an';
    const d: Described = { start: named, end: e, kind: HEADS.get(head.lower)!, aliases: [], scoped: true, ...(weak ? { weak } : {}), ...(placed > topic ? { actorsInside: true } : {}) };
    // "Tajikistan is one of the few countries with a … mine action programme": the country's programme
    const owner = t.lower !== 'the' && firstDomain >= 0 ? subjectCountry(tokens, k) : undefined;
    if (owner) d.composedAliases = [`${owner} ${tokens.slice(firstDomain, h + 1).map((x) => x.text).join(' ')}`];
    out.push(d);
    k = e - 1;
  }
  return out;
}

/** What may stand before "extension request" in its name: a treaty, an article, a period. */
const REQUEST_MODIFIER = /^(?:ottawa|apmbc|ccm|article|\d+|[a-z]+-year|second|third|fourth|new|latest|first|interim)$/;

/** "the Ottawa extension request", "a three-year Extension Request": a deadline extension requested under a treaty. */
export function findExtensionRequests(tokens: readonly Token[], taken: Uint8Array): Described[] {
  const out: Described[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k]!.lower !== 'extension' || !/^requests?$/.test(tokens[k + 1]!.lower)) continue;
    let s = k;
    while (s > 0 && k - s < 3 && REQUEST_MODIFIER.test(tokens[s - 1]!.lower)) s--;
    if (isFree(taken, s, k + 2)) out.push({ start: s, end: k + 2, kind: 'initiative', aliases: [], scoped: true });
  }
  return out;
}
