/**
 * The set a lead-in announces: "The main goals within the project:", "includes the following
 * priority areas:", "three types of demining procedures:", "will include:". The set word is
 * the document's own plural noun (a known set noun anywhere in the lead-in, else a plural noun
 * just before the list); lead-ins naming donors, places, people or dates announce no pillar set.
 */
import type { Token } from '../text/tokens.js';
import { readNumber } from '../text/numbers.js';
import { SET_WORDS } from '../lexicon/names.js';
import { NON_PILLAR_NOUNS, NOT_SET_NOUNS, SET_NOUN_TERMS } from '../lexicon/set-words.js';

export interface LeadIn {
  /** The schema's term for the set. */
  term: string;
  /** The text's own set word ("goals", "priority areas"), when it names one. */
  word?: string;
  /** The count before the set word ("three pillars"). */
  count?: number;
  /** Token the set word (or the list opening) is at, for linking. */
  tok: number;
  /** The set word is a known set noun ("priorities"), not just a plural noun before the list. */
  known?: boolean;
}

/** How far before the list opening a set noun that is not a known one may stand. */
const GENERIC_REACH = 4;
const SKIPPED = new Set(['following', 'the', 'these', 'those', 'main', 'key', 'major', 'core', 'and', 'of', 'its', 'their', 'our']);

const MODALS = new Set(['will', 'shall', 'would', 'must', 'should', 'can', 'aim', 'seek', 'intend']);
const CLAUSE_BREAK = new Set([',', ';', '.', '\u201D', '"', '(', ')']);

function isPluralWord(t: Token): boolean {
  if (t.kind !== 'word' || t.lower.length < 4 || !t.lower.endsWith('s')) return false;
  if (/(?:ss|us|is|'s)$/.test(t.lower) || t.allCaps) return false;
  return !NOT_SET_NOUNS.has(t.lower);
}

function knownTerm(tokens: readonly Token[], k: number): { term: string; word: string } | undefined {
  const t = tokens[k]!;
  if (t.kind !== 'word' || !t.lower.endsWith('s')) return undefined;
  const prev = tokens[k - 1];
  if (prev && prev.kind === 'word') {
    const pair = SET_WORDS.get(`${prev.lower} ${t.lower}`);
    if (pair) return { term: pair, word: `${prev.lower} ${t.lower}` };
  }
  // "forms of support", "lines of action"
  const term = SET_WORDS.get(t.lower) ?? SET_NOUN_TERMS.get(t.lower);
  if (!term) return undefined;
  const of = tokens[k + 1]?.lower === 'of' ? tokens[k + 2] : undefined;
  const word = of && of.kind === 'word' && !of.cap && (t.lower === 'forms' || t.lower === 'lines' || t.lower === 'types' || t.lower === 'areas') ? `${t.lower} of ${of.lower}` : t.lower;
  return { term, word };
}

/** The count just before the set word: "four pillars", "three key approaches", "two complementary components". */
export function countBefore(tokens: readonly Token[], k: number): number | undefined {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const n = readNumber(tokens, j);
    if (n && n.end <= k && n.value >= 2 && n.value <= 20 && Number.isInteger(n.value)) return n.value;
    if (tokens[j]!.kind !== 'word') break;
  }
  return undefined;
}

/** "Two risks stand out.", "three main challenges remain": a sentence counting things that are not the parts of an undertaking. */
export function countsOtherThings(tokens: readonly Token[]): boolean {
  for (let k = 1; k < tokens.length; k++) if (NON_PILLAR_NOUNS.has(tokens[k]!.lower) && countBefore(tokens, k) !== undefined) return true;
  return false;
}

/** The count of a set noun, also across "of": "three types of demining procedures". */
function countOfPhrase(tokens: readonly Token[], k: number): number | undefined {
  const direct = countBefore(tokens, k);
  if (direct !== undefined) return direct;
  for (let o = k - 1; o >= 1 && o >= k - 3; o--) if (tokens[o]!.lower === 'of') return countBefore(tokens, o - 1);
  return undefined;
}

/** Words that alone make a clause opening a list of examples: "…, including:", "…, such as:". */
const INCLUDING = new Set(['including', 'includes', 'include', 'such', 'as', 'notably', 'namely', 'among', 'them', 'these']);

/** Where the clause that ends at `to` starts: after the last comma, semicolon or bracket in `(from, to)`. */
function clauseStart(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k > from; k--) if (CLAUSE_BREAK.has(tokens[k]!.text)) return k + 1;
  return from;
}

/**
 * The set announced by tokens `[from, to)` of a sentence, `to` being where the list opens; a
 * lead-in with no set noun is a set of components. Undefined when the lead-in names a list
 * that is not the parts of an undertaking.
 */
export function leadInSet(tokens: readonly Token[], from: number, to: number): LeadIn | undefined {
  let known: { term: string; word: string; k: number } | undefined;
  for (let k = to - 1; k >= from && !known; k--) {
    const hit = knownTerm(tokens, k);
    if (hit) known = { ...hit, k };
  }
  // "Other representatives … attending the ceremony were:": the last clause names people, not parts
  let clause = clauseStart(tokens, from, to);
  // "Demining tasks were carried out by …, with a workforce of 1,046 deminers, including:": what is included is named in the clause before
  if (clause > from && tokens.slice(clause, to).every((t) => INCLUDING.has(t.lower))) clause = clauseStart(tokens, from, clause - 1);
  if (!known || known.k < clause) {
    for (let k = to - 1; k >= clause; k--) {
      if (!isPluralWord(tokens[k]!)) continue;
      // "the partners will:": the plural is the subject of what is listed, not what the list names
      if (NON_PILLAR_NOUNS.has(tokens[k]!.lower) && !MODALS.has(tokens[k + 1]?.lower ?? '')) return undefined;
      break;
    }
  }
  if (known) {
    const out: LeadIn = { term: known.term, word: known.word, tok: known.k, known: true };
    const count = countOfPhrase(tokens, known.k);
    if (count !== undefined) out.count = count;
    return out;
  }
  let seen = 0;
  for (let k = to - 1; k >= from && seen < GENERIC_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (SKIPPED.has(t.lower)) continue;
    seen++;
    if (!isPluralWord(t) || (t.cap && k > from)) continue;
    const out: LeadIn = { term: 'component', word: t.lower, tok: k };
    const count = countOfPhrase(tokens, k);
    if (count !== undefined) out.count = count;
    return out;
  }
  return { term: 'component', tok: Math.max(from, to - 1) };
}

/** Set nouns that name a set wherever they stand; the others need a count, a qualifier or an opener right after. */
const CORE_SET_NOUNS = new Set(['pillars', 'approaches', 'principles', 'phases', 'priorities', 'objectives', 'components', 'outcomes', 'strands', 'workstreams']);
const QUALIFIERS = /^(?:priority|focus|key|thematic|strategic|expected|intended|main|core|complementary|major|specific)$/;

/** A known set noun at token `k` whatever stands around it ("goals", "priority areas"), with its count. */
export function knownSetNoun(tokens: readonly Token[], k: number): { term: string; count?: number } | undefined {
  const hit = knownTerm(tokens, k);
  if (!hit) return undefined;
  const count = countOfPhrase(tokens, k);
  return count === undefined ? { term: hit.term } : { term: hit.term, count };
}

/** A cheap test that a sentence may name a set inline. */
export const MAY_NAME_SET = new RegExp(`(?:${[...new Set([...SET_NOUN_TERMS.keys(), ...[...SET_WORDS.keys()].filter((w) => w.endsWith('s'))])].join('|')})\\b`, 'i');

/** Set nouns whose "in" opens a list of fields: "programmes in A, B and C". */
export const IN_NOUNS: ReadonlySet<string> = new Set(['programmes', 'programs']);

/** The set noun at token `k` of an inline enumeration ("three pillars", "key areas", "demining procedures:"). */
export function setNounAt(tokens: readonly Token[], k: number): { term: string; count?: number; core: boolean } | undefined {
  const hit = knownTerm(tokens, k);
  if (!hit) return undefined;
  const count = countOfPhrase(tokens, k);
  const core = CORE_SET_NOUNS.has(tokens[k]!.lower) || hit.word.includes(' ');
  if (!core && count === undefined && !QUALIFIERS.test(tokens[k - 1]?.lower ?? '')) {
    const next = tokens[k + 1]?.text ?? '';
    const word = tokens[k + 1]?.lower ?? '';
    // "the sector's activities, namely A, B and C": "namely" names the whole set
    const namely = next === ',' && tokens[k + 2]?.lower === 'namely';
    const fields = word === 'in' && IN_NOUNS.has(tokens[k]!.lower);
    if (next !== ':' && next !== '\u2013' && next !== '\u2014' && word !== 'including' && word !== 'namely' && word !== 'such' && !namely && !fields) return undefined;
  }
  return count === undefined ? { term: hit.term, core } : { term: hit.term, count, core };
}
