/**
 * The parts shared by every shape of pillar set: items with a short title, the set word and
 * its count ("four pillars"), the intro before a sequence, and the set itself.
 */
import type { Token } from '../text/tokens.js';
import type { Block, Sentence } from '../text/layout/sentences.js';
import { readNumber } from '../text/numbers.js';
import { SET_WORDS } from '../lexicon/names.js';
import { collapse } from '../text/names.js';

export interface PillarItem {
  title: string;
  text: string;
  /** View span of the words the item rests on. */
  start: number;
  end: number;
}

export interface PillarSet {
  initiativeKey: string;
  /** 3: the initiative is named in the intro; 2: referred to ("the package"); 1: nearby. */
  strength: number;
  term?: string;
  items: PillarItem[];
  /** Sentence index of the first item, for ordering. */
  at: number;
}

export interface InitiativeLink {
  key: string;
  strength: number;
}

export interface PillarInput {
  view: string;
  sentences: readonly Sentence[];
  blocks: readonly Block[];
  tokens: readonly (readonly Token[])[];
  /** Per sentence, the list gate (list-gate.ts): false where no detector gated on a set noun, an enumerating verb or a modal can fire. */
  mayList: readonly boolean[];
  /** The initiative a sentence refers to (at or near token `tok`), if any. */
  link: (sentence: number, tok: number) => InitiativeLink | undefined;
}

const TRAILING_SMALL = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'to', 'for', 'in', 'on', 'with', 'by', 'as', 'its', 'their']);

/** Where the first clause ends (a comma or semicolon outside parentheses), or -1. */
function clauseEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    // "20,000 children": a comma between digits groups a number
    else if (c === ',' && depth === 0 && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    else if ((c === ',' || c === ';') && depth === 0) return i;
  }
  return -1;
}

/** "Developing, implementing and monitoring …": the comma after one word joins it to the words after, it ends no clause. */
function coordinatedWord(text: string, cut: number): boolean {
  return !text.slice(0, cut).includes(' ') && /^,\s*\p{L}+(?:,\s*\p{L}+){0,4},?\s+(?:and|or)\s+\p{L}/u.test(text.slice(cut));
}

/** Words that open a phrase of their own after a title's head ("… in funding | to support …"). */
const PHRASE_OPENERS = new Set(['to', 'by', 'for', 'with', 'through', 'which', 'that', 'so', 'on', 'at', 'from', 'including', 'while', 'where', 'over', 'across', 'near', 'into', 'under', 'during', 'before', 'after']);
/** Words that may also join inside a head ("mine risk education in schools", "survey and clearance"). */
const PHRASE_JOINERS = new Set(['in', 'and']);

/**
 * Words shaped like adjectives ("medical", "economic", "explosive", "hazardous"): an "and" after
 * one joins two words that qualify one noun ("the medical and health rehabilitation needs"), so
 * a title cut there would end on the qualifier, before the noun it qualifies.
 */
const QUALIFIER_SHAPE = /\p{L}{2,}(?:ical|ic|al|ive|ous|ful|less|ary|ory|able|ible|ian)$/u;

/**
 * The first eight words of a long item, ended where a phrase ends rather than in its middle:
 * before the first word from the fifth on that opens a phrase of its own, else before the last
 * joining word from the fourth on (not an "and" between two qualifiers), else all eight.
 */
function phraseEnd(words: string[]): string[] {
  const opener = words.findIndex((w, j) => j >= 4 && PHRASE_OPENERS.has(w.toLowerCase()));
  if (opener > 0) return words.slice(0, opener);
  for (let j = words.length - 1; j >= 3; j--) {
    const word = words[j]!.toLowerCase();
    if (!PHRASE_JOINERS.has(word)) continue;
    if (word === 'and' && QUALIFIER_SHAPE.test(words[j - 1]!.toLowerCase())) continue;
    return words.slice(0, j);
  }
  return words;
}

/**
 * Where a title on a line of its own ends, before the text it heads ("Survey and clearance" /
 * "The teams survey …"): at the end of the first line, when it has two or more words and no end
 * punctuation and the next line opens with a capital; else `end`. A line that wraps on in lower
 * case is one title.
 */
export function titleLineEnd(view: string, start: number, end: number): number {
  const nl = view.indexOf('\n', start);
  if (nl < 0 || nl >= end) return end;
  const first = view.slice(start, nl).trim();
  if (first.split(/\s+/).length < 2 || /[.!?;:,]$/.test(first)) return end;
  return /^\s*\p{Lu}/u.test(view.slice(nl, end)) ? nl : end;
}

/** An ordinal opening an item ("First, …", "And third, …", "Finally, …"): no part of its title. */
const ORDINAL_OPENING = /^(?:(?:and|but)\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|firstly|secondly|thirdly|fourthly|finally|lastly)(?:\s+of all|\s+and foremost)?,\s+/i;
/**
 * A subject and what it commits to or is called on to do ("the Government and its partners commit
 * to mark …", "donors are urged to close …"): the part is the deed, not who does it.
 */
const SUBJECT_PLEDGE = /^[^,;:]{3,80}?\s(?:commits?|pledges?|agrees?|undertakes?|resolves?|vows?|promises?|(?:is|are)\s+(?:urged|called upon|called on|invited|encouraged|asked|requested))\s+to\s+(?=\p{Ll})/u;

/** A short title from an item's text: the part before a colon or dash, else its first clause or words. */
export function titleOf(text: string): string {
  // "1. to clear priority minefields": an inline marker and an infinitive's "to" are no part of the title
  let t = collapse(text).replace(/^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+/, '').replace(ORDINAL_OPENING, '').replace(/^[("'\u201C]+/, '').replace(/^to\s+(?=\p{Ll})/iu, '');
  t = t.replace(SUBJECT_PLEDGE, '');
  const labelled = /^(.{3,90}?)\s*(?::|\s[\u2013\u2014-]\s)\s*\S/.exec(t);
  if (labelled) t = labelled[1]!;
  else {
    const cut = clauseEnd(t);
    if (cut >= 3 && t.slice(0, cut).split(' ', 13).length <= 12 && !coordinatedWord(t, cut)) t = t.slice(0, cut);
  }
  // (eleven pieces at most: more than ten words keep only their first eight)
  let words = t.split(' ', 11);
  if (words.length > 10) words = phraseEnd(words.slice(0, 8));
  while (words.length > 1 && TRAILING_SMALL.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (words.length > 1 && /^(?:the|a|an)$/i.test(words[0]!)) words = words.slice(1);
  let title = words.join(' ').replace(/[.,;:!?\u2026]+$/, '');
  if (title === '') title = collapse(text).slice(0, 80) || text;
  return title.charAt(0).toUpperCase() + title.slice(1);
}


export function setWordAt(tokens: readonly Token[], k: number): { term: string; count?: number } | undefined {
  const t = tokens[k]!;
  if (t.kind !== 'word' || !t.lower.endsWith('s')) return undefined;
  const term = SET_WORDS.get(t.lower);
  if (!term) return undefined;
  // the count: "four pillars", "three key approaches"
  let count: number | undefined;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const n = readNumber(tokens, j);
    if (n && n.end <= k && n.value >= 2 && n.value <= 20 && Number.isInteger(n.value)) {
      count = n.value;
      break;
    }
    if (tokens[j]!.kind !== 'word') break;
  }
  // "areas" and "lines" are common words: only with a count or a qualifying word before.
  if ((t.lower === 'areas' || t.lower === 'lines' || t.lower === 'goals' || t.lower === 'results') && count === undefined) {
    const before = tokens[k - 1]?.lower ?? '';
    if (!/^(?:priority|focus|key|thematic|strategic|expected|intended)$/.test(before)) return undefined;
  }
  return count === undefined ? { term } : { term, count };
}

/** An intro naming the set inside sentence `s`, before offset `before` ("… five strategic goals:" then "Goal 1: …" in one sentence). */
export function introWithin(input: PillarInput, s: number, before: number): { sentence: number; term: string; count?: number; tok: number } | undefined {
  const tokens = input.tokens[s]!;
  for (let k = 0; k < tokens.length && tokens[k]!.end <= before; k++) {
    const w = setWordAt(tokens, k);
    if (w) return w.count === undefined ? { sentence: s, term: w.term, tok: k } : { sentence: s, term: w.term, count: w.count, tok: k };
  }
  return undefined;
}

/** Looks back from sentence `at` for an intro naming the set ("This consists of four pillars."). */
export function introBefore(input: PillarInput, at: number): { sentence: number; term: string; count?: number; tok: number } | undefined {
  for (let s = at - 1; s >= 0 && s >= at - 4; s--) {
    const tokens = input.tokens[s]!;
    for (let k = 0; k < tokens.length; k++) {
      const w = setWordAt(tokens, k);
      if (w) {
        const out: { sentence: number; term: string; count?: number; tok: number } = { sentence: s, term: w.term, tok: k };
        if (w.count !== undefined) out.count = w.count;
        return out;
      }
    }
  }
  return undefined;
}


export function makeSet(link: InitiativeLink | undefined, term: string | undefined, items: PillarItem[], at: number, count?: number): PillarSet | undefined {
  if (!link || items.length < 2) return undefined;
  const kept = count !== undefined && items.length > count ? items.slice(0, count) : items;
  if (count !== undefined && kept.length !== count) return undefined;
  const set: PillarSet = { initiativeKey: link.key, strength: link.strength, items: kept, at };
  if (term) set.term = term;
  return set;
}


export function itemOf(view: string, start: number, end: number): PillarItem | undefined {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:]/.test(view[s]!)) s++;
  while (e > s && /[\s,;.:]/.test(view[e - 1]!)) e--;
  if (e <= s) return undefined;
  const text = collapse(view.slice(s, e));
  if (!/\p{L}/u.test(text)) return undefined;
  // Most candidate items belong to no set, so the title is made when first read (the same one: titleOf is pure).
  let title: string | undefined;
  return {
    get title(): string {
      return (title ??= titleOf(text));
    },
    set title(value: string) {
      title = value;
    },
    text,
    start: s,
    end: e,
  };
}


/** Records a set found in `sentences`, unless an earlier shape claimed them. */
export type Push = (set: PillarSet | undefined, sentences: number[]) => void;

/** Items of one paragraph (labels written one after another): each ends where the next item's sentence begins. */
export function endAtNext(input: PillarInput, items: PillarItem[], sentences: readonly number[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const nextStart = input.sentences[sentences[i + 1]!]!.start;
    if (items[i]!.end > nextStart) {
      const cut = itemOf(input.view, items[i]!.start, nextStart);
      if (cut) items[i] = { ...cut, title: items[i]!.title };
    }
  }
}
