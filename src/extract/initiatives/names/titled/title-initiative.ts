/**
 * A document's title naming a project: "Mine Action agreement with the EU for Angola",
 * "National Mine Action Strategy 2010–2014". The title is a noun phrase whose head is an
 * initiative word (in any case), with only capitalised words, numbers and small words
 * before it (a headline with a verb, "NPA signs agreement with EU", is not a name) and
 * prepositional phrases after it. The name runs to the end of the title, or to the first
 * lower-case word that is not a preposition or an article.
 */
import type { Token } from '../../../text/tokens.js';
import { INITIATIVE_HEADS, PAGE_WORDS } from '../../../lexicon/names.js';

export interface TitleSpan {
  start: number;
  end: number;
  kind: string;
}

/** Words a title name may hold in lower case, before or after its head. */
const SMALL = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'a', 'an', 'at', 'with', 'by', 'from', 'between', 'against', 'de']);
/** Heads that name a meeting or a document about something, not an undertaking, when they open a title. */
const NOT_TITLE_HEADS = new Set(['meeting', 'meetings', 'workshop', 'group', 'standards', 'vision', 'policy', 'day']);
/** Words that make a title a report or a story about the undertaking rather than its name. */
const REPORT_WORDS = new Set([...PAGE_WORDS, 'review', 'release']);
const MAX_TITLE_WORDS = 20;

function lowerContent(t: Token): boolean {
  return t.kind === 'word' && !t.cap && !SMALL.has(t.lower);
}

/** The span of `tokens` (one title line) that names an initiative, if the title is such a name. */
export function titleInitiative(tokens: readonly Token[]): TitleSpan | undefined {
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length < 2 || words.length > MAX_TITLE_WORDS) return undefined;
  if (words.some((t) => REPORT_WORDS.has(t.lower))) return undefined;
  let h = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (INITIATIVE_HEADS.has(t.lower) && !NOT_TITLE_HEADS.has(t.lower)) {
      h = k;
      break;
    }
    // a verb or a lower-case modifier before the head: a headline, not a name
    if (lowerContent(t) || t.poss) return undefined;
  }
  if (h < 1) return undefined;
  let s = 0;
  while (s < h && (tokens[s]!.kind === 'punct' || (tokens[s]!.kind === 'word' && SMALL.has(tokens[s]!.lower)))) s++;
  if (s === h) return undefined;
  let e = h + 1;
  while (e < tokens.length) {
    const t = tokens[e]!;
    if (t.kind === 'word' && lowerContent(t)) break;
    if (t.kind === 'punct' && !/^[-\u2013()/]$/.test(t.text)) break;
    e++;
  }
  while (e > h + 1 && (tokens[e - 1]!.kind === 'punct' || SMALL.has(tokens[e - 1]!.lower)) && tokens[e - 1]!.text !== ')') e--;
  // an unclosed bracket at the end
  const opens = tokens.slice(s, e).filter((t) => t.text === '(').length;
  const closes = tokens.slice(s, e).filter((t) => t.text === ')').length;
  if (opens !== closes) {
    while (e > h + 1 && tokens[e - 1]!.text !== '(') e--;
    if (tokens[e - 1]?.text === '(') e--;
  }
  return { start: s, end: e, kind: INITIATIVE_HEADS.get(tokens[h]!.lower)! };
}

const TAIL_PREPOSITIONS = new Set(['for', 'of', 'in', 'on']);

/**
 * Where a name found at the start of a title line really ends: "Mine Action Strategy for the
 * Australian aid program 2010–2014" is one name when the rest of the title is a prepositional
 * phrase that ends in a year or an initiative word. Returns `e` when it is not.
 */
export function titleTail(tokens: readonly Token[], e: number): number {
  const next = tokens[e];
  // the name already ends inside a prepositional phrase: "… for the Australian | aid program 2010–2014"
  const inPhrase = tokens.slice(0, e).some((t) => t.kind === 'word' && !t.cap && TAIL_PREPOSITIONS.has(t.lower));
  if (!next || next.cap || next.kind !== 'word' || tokens.length - e > 12) return e;
  if (!TAIL_PREPOSITIONS.has(next.lower) && !inPhrase) return e;
  const last = tokens[tokens.length - 1]!;
  const endsWell = (last.kind === 'num' && /^(?:19|20)\d\d$/.test(last.text)) || (last.kind === 'word' && INITIATIVE_HEADS.has(last.lower));
  if (!endsWell) return e;
  for (let k = e; k < tokens.length; k++) if (tokens[k]!.kind === 'punct' && !/^[-\u2013]$/.test(tokens[k]!.text)) return e;
  return tokens.length;
}

/** Headline verbs that make a title a story, not a name ("Norway Provides …", "Teams Clear …"). */
const HEADLINE_VERBS = new Set(`
  signs sign signed launches launch launched provides provide provided pledges pledge pledged announces announce
  announced opens open opened hands hand handed clears clear cleared marks mark marked receives receive received
  donates donate donated supports support supported helps help helped joins join joined hosts host hosted
  celebrates celebrate celebrated visits visit visited completes complete completed begins begin began starts start
  started calls call urges urge says say said welcomes welcome welcomed destroys destroy destroyed deactivate
  deactivates removes remove removed returns return returned reaches reach reached gets get got seeks seek
  is are was were will can has have
`.trim().split(/\s+/));

/**
 * A title line that may be the name of the undertaking the document is about though it has
 * no head word: "Clearing the Way: Humanitarian Mine Action in Lebanon", "Safe Fields for
 * the Northern Districts". Two to fourteen words, every content word capitalised, no
 * headline verb, no report word, no amount. Whether it names a project is for the document
 * to say (its body speaks of "the project" before naming one).
 */
export function titleName(tokens: readonly Token[]): { start: number; end: number } | undefined {
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length < 2 || words.length > 14) return undefined;
  for (const t of tokens) {
    if (t.kind === 'word') {
      if (!t.cap && !SMALL.has(t.lower)) return undefined;
      if (REPORT_WORDS.has(t.lower) || HEADLINE_VERBS.has(t.lower) || INITIATIVE_HEADS.has(t.lower)) return undefined;
      if (t.lower.length > 4 && t.lower.endsWith('ed')) return undefined;
    } else if (t.kind === 'sym' || (t.kind === 'punct' && !/^[-\u2013:/]$/.test(t.text))) {
      return undefined;
    }
  }
  let s = 0;
  while (s < tokens.length && (tokens[s]!.kind !== 'word' || SMALL.has(tokens[s]!.lower))) s++;
  let e = tokens.length;
  while (e > s && (tokens[e - 1]!.kind === 'punct' || SMALL.has(tokens[e - 1]!.lower))) e--;
  return e - s >= 2 ? { start: s, end: e } : undefined;
}
