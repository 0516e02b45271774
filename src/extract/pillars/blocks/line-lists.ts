/**
 * Lists whose markers were lost but whose lines were kept: a lead-in ending in ":" and then
 * short lines in one paragraph, one part per line ("Key results:" / "Land released to farmers"
 * / "Deminers trained" / …). The lead-in is the paragraph's own first line or the paragraph
 * before it; each line is short, opens with a capital and ends without a comma.
 */
import { leadInSet } from '../lead-in.js';
import { looksLikeParts } from '../item-shape.js';
import { itemOf, makeSet, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

const MAX_LINE_CHARS = 90;
const MAX_LINE_WORDS = 12;
const MAX_ITEMS = 12;

/** The lines of `[start, end)` as items, when every one reads as a short part; else undefined. */
function lineItems(view: string, start: number, end: number): PillarItem[] | undefined {
  const items: PillarItem[] = [];
  let at = start;
  for (const line of view.slice(start, end).split('\n')) {
    const from = at;
    at += line.length + 1;
    const text = line.trim();
    if (text === '') continue;
    if (text.length > MAX_LINE_CHARS || text.split(/\s+/).length > MAX_LINE_WORDS || !/^[\p{Lu}\d]/u.test(text) || /[,:]$/.test(text)) return undefined;
    const item = itemOf(view, from, from + line.length);
    if (!item) return undefined;
    items.push(item);
  }
  return items.length >= 2 && items.length <= MAX_ITEMS && looksLikeParts(items) ? items : undefined;
}

export function lineLists(input: PillarInput, push: Push): void {
  const blocks = input.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind !== 'para') continue;
    const text = input.view.slice(block.start, block.end);
    if (!text.includes('\n')) continue;
    const firstLine = text.slice(0, text.indexOf('\n'));
    const s = block.firstSentence;
    // the lead-in on the paragraph's own first line: "Key results:"
    if (/:\s*$/.test(firstLine)) {
      const tokens = input.tokens[s]!;
      const colon = tokens.findIndex((t) => t.text === ':' && t.end <= block.start + firstLine.length);
      const set = colon > 0 ? leadInSet(tokens, 0, colon) : undefined;
      const items = set ? lineItems(input.view, block.start + firstLine.length + 1, block.end) : undefined;
      if (set && items) push(makeSet(input.link(s, set.tok), set.term, items, s, set.count), rangeOf(block.firstSentence, block.endSentence));
      continue;
    }
    // the lead-in as the paragraph before: "The project focuses on the following areas:"
    const before = blocks[b - 1];
    if (!before || before.kind === 'item' || before.endSentence <= before.firstSentence) continue;
    const intro = before.endSentence - 1;
    if (!/:\s*$/.test(input.sentences[intro]!.text)) continue;
    const tokens = input.tokens[intro]!;
    const set = leadInSet(tokens, 0, tokens.length - 1);
    const items = set ? lineItems(input.view, block.start, block.end) : undefined;
    if (set && items) push(makeSet(input.link(intro, set.tok), set.term, items, intro, set.count), rangeOf(block.firstSentence, block.endSentence));
  }
}

function rangeOf(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
