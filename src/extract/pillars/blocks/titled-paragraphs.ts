/**
 * Sets written as paragraphs (or list items) that each open with a short title and a colon or
 * dash: "Survey and clearance: teams …" / "Risk education – volunteers …" / "Victim assistance:
 * …". Three such paragraphs in a row (two after a lead-in naming a set) are one set; the title
 * is the pillar's title. Metadata lines ("Contact:", "Photo:", "Date:") and speakers are not.
 */
import { leadInSet } from '../lead-in.js';
import { looksLikeParts } from '../item-shape.js';
import { itemOf, makeSet, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

/** A short title, then ":" or a spaced dash, then the text. */
const TITLED = /^\s*([\p{Lu}][^:.!?\u2013\u2014]{1,60}?)\s*(?::|\s[\u2013\u2014-])\s+\S/u;
const MAX_TITLE_WORDS = 6;
const MAX_ITEMS = 12;
/** Labels of metadata and page furniture, not parts of an undertaking. */
const META = /^(?:contacts?|photo|photos|source|sources|date|dates|time|venue|location|place|tel|telephone|phone|fax|e-?mail|web|website|url|note|notes|editor'?s? notes?|notes to editors|media|press|caption|credit|credits|read more|see also|tags|category|categories|by|from|to|subject|cc|ref|reference|attachment|author|language|published|updated|q|a|question|answer|keywords)$/i;

function titleOfBlock(input: PillarInput, b: number): string | undefined {
  const block = input.blocks[b]!;
  if (block.kind === 'heading' || block.endSentence <= block.firstSentence) return undefined;
  const m = TITLED.exec(input.view.slice(block.start, Math.min(block.end, block.start + 120)));
  if (!m) return undefined;
  const title = m[1]!.trim();
  const words = title.split(/\s+/);
  if (words.length > MAX_TITLE_WORDS || META.test(title) || /\d/.test(title)) return undefined;
  return title;
}

export function titledParagraphs(input: PillarInput, push: Push): void {
  const blocks = input.blocks;
  for (let b = 0; b < blocks.length; b++) {
    if (titleOfBlock(input, b) === undefined) continue;
    const items: PillarItem[] = [];
    const sentences: number[] = [];
    let c = b;
    for (; c < blocks.length && items.length < MAX_ITEMS + 1; c++) {
      const title = titleOfBlock(input, c);
      if (title === undefined || blocks[c]!.kind !== blocks[b]!.kind) break;
      const block = blocks[c]!;
      const item = itemOf(input.view, block.start, block.end);
      if (!item) break;
      item.title = title;
      items.push(item);
      for (let s = block.firstSentence; s < block.endSentence; s++) sentences.push(s);
    }
    const introBlock = blocks[b - 1];
    const introSentence = introBlock && introBlock.kind !== 'item' && introBlock.endSentence > introBlock.firstSentence ? introBlock.endSentence - 1 : undefined;
    const lead = introSentence === undefined ? undefined : leadInSet(input.tokens[introSentence]!, 0, input.tokens[introSentence]!.length);
    const leadNamesSet = lead !== undefined && (lead.known === true || /:\s*$/.test(input.sentences[introSentence!]!.text));
    if (introSentence !== undefined && !lead) { b = c - 1; continue; }
    if (items.length < (leadNamesSet ? 2 : 3) || items.length > MAX_ITEMS || !looksLikeParts(items)) { b = c - 1; continue; }
    const count = lead?.count === items.length ? lead.count : undefined;
    const at = leadNamesSet ? introSentence! : blocks[b]!.firstSentence;
    push(makeSet(input.link(at, leadNamesSet ? lead!.tok : 0), lead?.term ?? 'component', items, at, count), sentences);
    b = c - 1;
  }
}
