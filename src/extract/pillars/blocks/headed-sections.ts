/**
 * Sets whose parts are sub-headings: a lead-in naming a set ("The project has three
 * components:", "Our priorities"), then short title lines, each followed by its paragraphs
 * ("Survey" / text / "Clearance" / text), or a heading naming the set with the sub-headings
 * under it. Without such a lead-in, sub-headings are an article's sections, not a set. The lead-in's count, when it gives one, must be met.
 */
import type { Block } from '../../text/layout/sentences.js';
import { splitCountAtMost } from '../../text/word-count.js';
import { leadInSet, setNounAt, type LeadIn } from '../lead-in.js';
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
  return /^\p{Lu}/u.test(text) && !/[.!?:;,]$/.test(text) && splitCountAtMost(text, MAX_TITLE_WORDS);
}

/**
 * A heading naming the set ("## Our three priorities", "## Project components") whose parts
 * are the sub-headings under it ("### Survey" / text): deeper Markdown headings up to the next
 * heading of its level, or (without levels) as many title lines as the heading counts.
 */
function headingLead(input: PillarInput, b: number): { set: LeadIn; below: (block: Block) => boolean } | undefined {
  const lead = input.blocks[b]!;
  if (lead.kind === 'item' || lead.endSentence - lead.firstSentence !== 1) return undefined;
  const tokens = input.tokens[lead.firstSentence]!;
  const set = leadInSet(tokens, 0, tokens.length);
  if (!set || set.known !== true) return undefined;
  const level = lead.level;
  if (level !== undefined && input.blocks[b + 1]?.level !== undefined && input.blocks[b + 1]!.level! > level) {
    return { set, below: (block) => block.kind !== 'heading' || block.level === undefined || block.level > level };
  }
  return set.count !== undefined ? { set, below: () => true } : undefined;
}

export function headedSections(input: PillarInput, push: Push): void {
  const blocks = input.blocks;
  for (let b = 0; b + 3 < blocks.length; b++) {
    const lead = blocks[b]!;
    const heading = isTitleLine(input, lead) ? headingLead(input, b) : undefined;
    if (lead.kind === 'item' || lead.endSentence <= lead.firstSentence || (isTitleLine(input, lead) && !heading)) continue;
    const introSentence = lead.endSentence - 1;
    const introText = input.sentences[introSentence]!.text;
    const tokens = input.tokens[introSentence]!;
    const colon = /:\s*$/.test(introText);
    const set = heading?.set ?? leadInSet(tokens, 0, colon ? tokens.length - 1 : tokens.length);
    // a set noun mid-sentence names a set only as a core noun or with a qualifier ("key areas", not "hazardous areas")
    if (!set || !(colon || set.count !== undefined || (set.known === true && (heading || setNounAt(tokens, set.tok))))) continue;
    const below = heading?.below ?? (() => true);
    if (!isTitleLine(input, blocks[b + 1]!)) continue;
    const items: PillarItem[] = [];
    const sentences: number[] = [];
    let c = b + 1;
    while (c < blocks.length && isTitleLine(input, blocks[c]!) && below(blocks[c]!) && items.length < MAX_ITEMS + 1) {
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
