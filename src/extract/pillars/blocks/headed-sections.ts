/**
 * Sets whose parts are sub-headings: a lead-in naming a set ("The project has three
 * components:", "Our priorities"), then short title lines, each followed by its paragraphs
 * ("Survey" / text / "Clearance" / text). Without such a lead-in, sub-headings are an
 * article's sections, not a set. The lead-in's count, when it gives one, must be met.
 */
import type { Block } from '../../text/sentences.js';
import { leadInSet } from '../lead-in.js';
import { looksLikeParts } from '../item-shape.js';
import { itemOf, makeSet, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

const MAX_TITLE_WORDS = 8;
const MAX_ITEMS = 10;
/** Paragraphs under one sub-heading before the run is taken as ended. */
const MAX_PARAS = 3;
const MAX_TEXT = 600;

function isTitleLine(input: PillarInput, block: Block): boolean {
  if (block.kind === 'item' || block.endSentence - block.firstSentence !== 1) return false;
  const text = input.view.slice(block.start, block.end).trim();
  const words = text.split(/\s+/);
  return words.length <= MAX_TITLE_WORDS && /^\p{Lu}/u.test(text) && !/[.!?:;,]$/.test(text);
}

export function headedSections(input: PillarInput, push: Push): void {
  const blocks = input.blocks;
  for (let b = 0; b + 3 < blocks.length; b++) {
    const lead = blocks[b]!;
    if (lead.kind === 'item' || lead.endSentence <= lead.firstSentence || isTitleLine(input, lead)) continue;
    const introSentence = lead.endSentence - 1;
    const introText = input.sentences[introSentence]!.text;
    const tokens = input.tokens[introSentence]!;
    const colon = /:\s*$/.test(introText);
    const set = leadInSet(tokens, 0, colon ? tokens.length - 1 : tokens.length);
    if (!set || !(colon || set.known === true || set.count !== undefined)) continue;
    if (!isTitleLine(input, blocks[b + 1]!)) continue;
    const items: PillarItem[] = [];
    const sentences: number[] = [];
    let c = b + 1;
    while (c < blocks.length && isTitleLine(input, blocks[c]!) && items.length < MAX_ITEMS + 1) {
      const title = blocks[c]!;
      let end = c + 1;
      while (end < blocks.length && end - c <= MAX_PARAS && blocks[end]!.kind === 'para' && !isTitleLine(input, blocks[end]!)) end++;
      if (end === c + 1) break; // a title with no text under it
      const last = blocks[end - 1]!;
      const item = itemOf(input.view, title.start, last.end - title.start <= MAX_TEXT ? last.end : blocks[c + 1]!.end);
      if (!item) break;
      item.title = input.view.slice(title.start, title.end).trim();
      items.push(item);
      for (let s = title.firstSentence; s < blocks[end - 1]!.endSentence; s++) sentences.push(s);
      c = end;
      if (set.count !== undefined && items.length === set.count) break;
    }
    if (items.length < 2 || items.length > MAX_ITEMS || (set.count !== undefined && items.length !== set.count) || !looksLikeParts(items)) continue;
    push(makeSet(input.link(introSentence, set.tok), set.term, items, introSentence, set.count), sentences);
    b = c - 1;
  }
}
