/**
 * Pillar sets written as sequences: "Result 1: …" labels, bullet or numbered lists after an
 * intro that names the set, and "First, … Second, …" paragraphs.
 */
import type { Token } from '../text/tokens.js';
import { readNumber } from '../text/numbers.js';
import { ORDINAL_ADVERBS } from '../lexicon/numbers.js';
import { introBefore, itemOf, makeSet, setWordAt, titleOf, type PillarInput, type PillarItem, type Push } from './pillar-items.js';

const LABELS: ReadonlyMap<string, string> = new Map([
  ['pillar', 'pillar'], ['priority', 'priority'], ['result', 'result'], ['objective', 'objective'],
  ['phase', 'phase'], ['principle', 'principle'], ['approach', 'approach'], ['component', 'component'],
  ['area', 'area'], ['outcome', 'result'], ['goal', 'objective'],
]);
const ROMAN: ReadonlyMap<string, number> = new Map([
  ['i', 1], ['ii', 2], ['iii', 3], ['iv', 4], ['v', 5], ['vi', 6], ['vii', 7], ['viii', 8], ['ix', 9], ['x', 10],
]);
// ---- labels: "Result 1: …" -----------------------------------------------------------------

export function labelled(input: PillarInput, push: Push): void {
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

export function bulleted(input: PillarInput, push: Push): void {
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

export function ordinals(input: PillarInput, push: Push): void {
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
