/**
 * Enumerated components of an initiative, from four shapes of text:
 * - labels: "Result 1: …", "Pillar 2 – …", "Priority three: …";
 * - bullet or numbered lists after an intro naming the set ("our five priorities:");
 * - inline lists: "four pillars; A; B; C; and D", "three approaches: A; B; and C";
 * - what an initiative focuses on or consists of: "The new approach focuses on A, B and C";
 * - ordinal sequences: "First, … Second, … Third, …" (after "This consists of four pillars").
 * Each set is linked to an initiative by the caller's `link` function.
 */
import type { Token } from './tokens.js';
import type { Block, Sentence } from './sentences.js';
import { readNumber } from './numbers.js';
import { ORDINAL_ADVERBS } from './lexicon/numbers.js';
import { SET_WORDS } from './lexicon/names.js';
import { collapse } from './names.js';

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
  /** The initiative a sentence refers to (at or near token `tok`), if any. */
  link: (sentence: number, tok: number) => InitiativeLink | undefined;
}

const LABELS: ReadonlyMap<string, string> = new Map([
  ['pillar', 'pillar'], ['priority', 'priority'], ['result', 'result'], ['objective', 'objective'],
  ['phase', 'phase'], ['principle', 'principle'], ['approach', 'approach'], ['component', 'component'],
  ['area', 'area'], ['outcome', 'result'], ['goal', 'objective'],
]);
const ROMAN: ReadonlyMap<string, number> = new Map([
  ['i', 1], ['ii', 2], ['iii', 3], ['iv', 4], ['v', 5], ['vi', 6], ['vii', 7], ['viii', 8], ['ix', 9], ['x', 10],
]);
const LEADING_JOINERS = /^(?:and|or|as well as|plus|also)\s+/i;
const TRAILING_SMALL = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'to', 'for', 'in', 'on', 'with', 'by', 'as', 'its', 'their']);

/** A short title from an item's text: the part before a colon or dash, else its first clause or words. */
export function titleOf(text: string): string {
  let t = collapse(text).replace(/^[("'\u201C]+/, '');
  const labelled = /^(.{3,90}?)\s*(?::|\s[\u2013\u2014-]\s)\s*\S/.exec(t);
  if (labelled) t = labelled[1]!;
  else {
    const clause = /^([^,;]{3,})[,;]/.exec(t);
    if (clause && clause[1]!.split(' ').length <= 12) t = clause[1]!;
  }
  let words = t.split(' ');
  if (words.length > 10) words = words.slice(0, 8);
  while (words.length > 1 && TRAILING_SMALL.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (words.length > 1 && /^(?:the|a|an)$/i.test(words[0]!)) words = words.slice(1);
  let title = words.join(' ').replace(/[.,;:!?\u2026]+$/, '');
  if (title === '') title = collapse(text).slice(0, 80) || text;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function setWordAt(tokens: readonly Token[], k: number): { term: string; count?: number } | undefined {
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

interface Used {
  sentences: Set<number>;
}

/** Every pillar set in a document. */
export function findPillarSets(input: PillarInput): PillarSet[] {
  const used: Used = { sentences: new Set() };
  const out: PillarSet[] = [];
  const push = (set: PillarSet | undefined, sentences: number[]): void => {
    if (!set || set.items.length < 2) return;
    if (sentences.some((s) => used.sentences.has(s))) return;
    for (const s of sentences) used.sentences.add(s);
    out.push(set);
  };
  labelled(input, push);
  bulleted(input, push);
  inline(input, push);
  focus(input, push);
  ordinals(input, push);
  return out.sort((a, b) => a.at - b.at);
}

type Push = (set: PillarSet | undefined, sentences: number[]) => void;

/** Looks back from sentence `at` for an intro naming the set ("This consists of four pillars."). */
function introBefore(input: PillarInput, at: number): { sentence: number; term: string; count?: number; tok: number } | undefined {
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

function makeSet(link: InitiativeLink | undefined, term: string | undefined, items: PillarItem[], at: number, count?: number): PillarSet | undefined {
  if (!link || items.length < 2) return undefined;
  const kept = count !== undefined && items.length > count ? items.slice(0, count) : items;
  if (count !== undefined && kept.length !== count) return undefined;
  const set: PillarSet = { initiativeKey: link.key, strength: link.strength, items: kept, at };
  if (term) set.term = term;
  return set;
}

function itemOf(view: string, start: number, end: number): PillarItem | undefined {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:]/.test(view[s]!)) s++;
  while (e > s && /[\s,;.:]/.test(view[e - 1]!)) e--;
  if (e <= s) return undefined;
  const text = collapse(view.slice(s, e));
  if (!/\p{L}/u.test(text)) return undefined;
  return { title: titleOf(text), text, start: s, end: e };
}

// ---- labels: "Result 1: …" -----------------------------------------------------------------

function labelled(input: PillarInput, push: Push): void {
  let current: { term: string; word: string; items: PillarItem[]; sentences: number[]; next: number } | undefined;
  const flush = (): void => {
    if (current && current.items.length >= 2) {
      const first = current.sentences[0]!;
      const intro = introBefore(input, first);
      const link = (intro ? input.link(intro.sentence, intro.tok) : undefined) ?? input.link(first, 0);
      push(makeSet(link, current.term, current.items, first), current.sentences);
    }
    current = undefined;
  };
  for (let s = 0; s < input.sentences.length; s++) {
    const tokens = input.tokens[s]!;
    const w = tokens[0];
    if (!w || w.kind !== 'word' || !w.cap) continue;
    const term = LABELS.get(w.lower);
    if (!term) continue;
    const n = tokens[1];
    let order: number | undefined;
    if (n?.kind === 'num') order = Number(n.text);
    else if (n?.kind === 'word') order = ROMAN.get(n.lower) ?? readNumber(tokens, 1)?.value;
    if (order === undefined || !Number.isInteger(order)) continue;
    const sep = tokens[2];
    if (sep && !/^[:.\u2013\u2014)-]$/.test(sep.text) && !(input.sentences[s]!.kind === 'heading')) continue;
    const sentence = input.sentences[s]!;
    const restStart = sep && /^[:.\u2013\u2014)-]$/.test(sep.text) ? sep.end : n!.end;
    // Text: the rest of the block.
    const block = input.blocks[sentence.block]!;
    let end = sentence.kind === 'heading' ? sentence.end : block.end;
    if (sentence.kind === 'heading') {
      // the paragraph after a heading label is its text
      const nextBlock = input.blocks[sentence.block + 1];
      if (nextBlock && nextBlock.kind === 'para') end = nextBlock.end;
    }
    const item = itemOf(input.view, restStart, end);
    if (!item) continue;
    const titleEnd = sentence.kind === 'heading' ? sentence.end : sentence.end;
    const title = itemOf(input.view, restStart, titleEnd);
    if (title) item.title = titleOf(title.text);
    if (current && current.word === w.lower && order === current.next) {
      current.items.push(item);
      current.sentences.push(s);
      current.next++;
    } else {
      flush();
      if (order === 1) current = { term, word: w.lower, items: [item], sentences: [s], next: 2 };
    }
  }
  flush();
}

// ---- bullets after an intro ----------------------------------------------------------------

function bulleted(input: PillarInput, push: Push): void {
  const blocks = input.blocks;
  for (let b = 1; b < blocks.length; b++) {
    const block = blocks[b]!;
    const prev = blocks[b - 1]!;
    if (block.kind !== 'item' || prev.kind === 'item' || prev.endSentence <= prev.firstSentence) continue;
    const introSentence = prev.endSentence - 1;
    const tokens = input.tokens[introSentence]!;
    let set: { term: string; count?: number } | undefined;
    let setTok = 0;
    for (let k = 0; k < tokens.length; k++) {
      const w = setWordAt(tokens, k);
      if (w) {
        set = w;
        setTok = k;
      }
    }
    if (!set) continue;
    const introText = input.sentences[introSentence]!.text;
    if (!/[:\u2013\u2014]\s*$/.test(introText) && set.count === undefined && !/\bfollowing\b/i.test(introText)) continue;
    const items: PillarItem[] = [];
    const sentences: number[] = [];
    for (let c = b; c < blocks.length; c++) {
      const item = blocks[c]!;
      if (item.kind !== 'item' || item.indent !== block.indent) break;
      const firstSentence = input.sentences[item.firstSentence];
      if (!firstSentence) break;
      const parsed = itemOf(input.view, item.start, item.end);
      if (!parsed) break;
      parsed.title = titleOf(firstSentence.text);
      // Long items rest on their first sentence.
      if (parsed.end - parsed.start > 600) {
        parsed.start = firstSentence.start;
        parsed.end = firstSentence.end;
      }
      items.push(parsed);
      for (let s = item.firstSentence; s < item.endSentence; s++) sentences.push(s);
      if (set.count !== undefined && items.length === set.count) break;
    }
    const link = input.link(introSentence, setTok);
    push(makeSet(link, set.term, items, introSentence, set.count), sentences);
  }
}

// ---- inline lists -----------------------------------------------------------------------

function splitItems(view: string, tokens: readonly Token[], from: number, count: number | undefined): { start: number; end: number }[] {
  const semicolons = tokens.slice(from).some((t) => t.text === ';');
  const sep = semicolons ? ';' : ',';
  const raw: { start: number; end: number }[] = [];
  let s = from;
  for (let k = from; k <= tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.text === sep) {
      if (k > s) raw.push({ start: tokens[s]!.start, end: tokens[k - 1]!.end });
      s = k + 1;
    }
  }
  // Stop after the item the final conjunction opens ("…, and victim assistance, in cooperation with …").
  const items: { start: number; end: number }[] = [];
  for (const r of raw) {
    const text = view.slice(r.start, r.end);
    const joined = LEADING_JOINERS.exec(text);
    if (joined) {
      items.push({ start: r.start + joined[0].length, end: r.end });
      break;
    }
    items.push(r);
  }
  const closedByJoiner = items.length < raw.length || (raw.length > 0 && LEADING_JOINERS.test(view.slice(raw[raw.length - 1]!.start, raw[raw.length - 1]!.end)));
  // No "and" opening an item: split the last one at its last " and " / " as well as ".
  if (!closedByJoiner && items.length >= 1 && (count === undefined || items.length === count - 1)) {
    const last = items[items.length - 1]!;
    const text = view.slice(last.start, last.end);
    const m = /^(.*)\s(?:and|as well as)\s(.+)$/s.exec(text);
    if (m && m[1]!.trim() !== '') {
      const splitAt = last.start + m[1]!.length;
      items[items.length - 1] = { start: last.start, end: splitAt };
      items.push({ start: last.end - m[2]!.length, end: last.end });
    }
  }
  return items;
}

function inline(input: PillarInput, push: Push): void {
  for (let s = 0; s < input.sentences.length; s++) {
    const tokens = input.tokens[s]!;
    for (let k = 0; k < tokens.length; k++) {
      const set = setWordAt(tokens, k);
      if (!set) continue;
      // The list opens within a few words: ":", ";", "—", "including", "namely", "are".
      let open = -1;
      for (let j = k + 1; j < tokens.length && j <= k + 15; j++) {
        const t = tokens[j]!;
        if (t.text === ':' || t.text === ';' || t.text === '\u2014' || t.lower === 'including' || t.lower === 'namely') {
          open = j + 1;
          break;
        }
        if ((t.lower === 'are' || t.lower === 'were') && j === k + 1) {
          open = j + 1;
          break;
        }
        if (t.text === '.' || t.text === ',') break;
      }
      if (open < 0 || open >= tokens.length) continue;
      const spans = splitItems(input.view, tokens, open, set.count);
      const items = spans
        .map((r) => itemOf(input.view, r.start, r.end))
        .filter((x): x is PillarItem => x !== undefined && x.text.split(' ').length <= 40);
      if (items.length !== spans.length) continue;
      if (set.count === undefined && (items.length < 2 || items.length > 10)) continue;
      const link = input.link(s, k);
      push(makeSet(link, set.term, items, s, set.count), [s]);
      break;
    }
  }
}

// ---- "<initiative> focuses on A, B and C" --------------------------------------------------

const FOCUS_VERBS: ReadonlyMap<string, string> = new Map([
  ['focuses', 'area'], ['focus', 'area'], ['focused', 'area'], ['concentrates', 'area'], ['centres', 'area'],
  ['centers', 'area'], ['consists', 'component'], ['comprises', 'component'], ['rests', 'pillar'],
]);

function focus(input: PillarInput, push: Push): void {
  for (let s = 0; s < input.sentences.length; s++) {
    const tokens = input.tokens[s]!;
    for (let k = 0; k + 2 < tokens.length; k++) {
      const term = FOCUS_VERBS.get(tokens[k]!.lower);
      const prep = tokens[k + 1]!.lower;
      if (!term || !(prep === 'on' || prep === 'of')) continue;
      const link = input.link(s, k);
      if (!link || link.strength < 2) break;
      const spans = splitItems(input.view, tokens, k + 2, undefined);
      const items = spans
        .map((r) => itemOf(input.view, r.start, r.end))
        .filter((x): x is PillarItem => x !== undefined && x.text.split(' ').length <= 8);
      if (items.length !== spans.length || items.length < 2 || items.length > 8) break;
      push(makeSet(link, term, items, s), [s]);
      break;
    }
  }
}

// ---- ordinal sequences: "First, … Second, …" ------------------------------------------------

function ordinalOf(tokens: readonly Token[]): { order: number; rest: number } | undefined {
  const t = tokens[0];
  if (!t || t.kind !== 'word') return undefined;
  if (t.lower === 'finally' || t.lower === 'lastly') return tokens[1]?.text === ',' ? { order: -1, rest: 2 } : undefined;
  const order = ORDINAL_ADVERBS.get(t.lower);
  if (order === undefined) return undefined;
  if (tokens[1]?.text === ',') return { order, rest: 2 };
  if (tokens[1]?.lower === 'of' && tokens[2]?.lower === 'all' && tokens[3]?.text === ',') return { order, rest: 4 };
  return undefined;
}

function ordinals(input: PillarInput, push: Push): void {
  let current: { items: PillarItem[]; sentences: number[]; section: number } | undefined;
  const flush = (): void => {
    if (current && current.items.length >= 2) {
      const first = current.sentences[0]!;
      const intro = introBefore(input, first);
      const link = intro ? input.link(intro.sentence, intro.tok) ?? input.link(first, 0) : input.link(first, 0);
      push(makeSet(link, intro?.term, current.items, first, intro?.count), current.sentences);
    }
    current = undefined;
  };
  for (let s = 0; s < input.sentences.length; s++) {
    const sentence = input.sentences[s]!;
    if (sentence.kind === 'heading') {
      flush();
      continue;
    }
    const o = ordinalOf(input.tokens[s]!);
    if (!o) continue;
    const tokens = input.tokens[s]!;
    const restTok = tokens[o.rest];
    if (!restTok) continue;
    const item = itemOf(input.view, restTok.start, sentence.end);
    if (!item) continue;
    if (o.order === 1) {
      flush();
      current = { items: [item], sentences: [s], section: sentence.section };
      continue;
    }
    if (!current || current.section !== sentence.section) continue;
    const expected = current.items.length + 1;
    if (o.order === expected || (o.order === -1 && current.items.length >= 2)) {
      current.items.push(item);
      current.sentences.push(s);
      if (o.order === -1) flush();
    }
  }
  flush();
}
