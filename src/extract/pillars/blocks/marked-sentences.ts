/**
 * Parts numbered inside one paragraph, each opening a sentence with its marker and a short
 * title before a colon: "1)Providing information on the presence of mines: The scale of the
 * threat … 2)Releasing deserted areas for return: A cease fire … 3)Releasing land …". The
 * markers count up from one in one style and every part is titled, so the numbering alone says
 * they are one set; a lead-in sentence just before the first part gives the set word and count.
 */
import { openingMarker } from '../../text/layout/inline-markers.js';
import { leadInSet } from '../lead-in.js';
import { looksLikeParts } from '../item-shape.js';
import { itemOf, makeSet, titleOf, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

const MAX_ITEMS = 12;
/** Characters an item's text may run over its following sentences before the next marker. */
const MAX_TEXT = 600;
/** A short title, then a colon, at the start of a part's text. */
const TITLED = /^[^.:;]{3,90}:\s/;

export function markedSentences(input: PillarInput, push: Push): void {
  for (const block of input.blocks) {
    if (block.kind !== 'para' || block.endSentence - block.firstSentence < 2) continue;
    const marked: { s: number; contentTok: number }[] = [];
    let style: string | undefined;
    for (let s = block.firstSentence; s < block.endSentence && marked.length <= MAX_ITEMS; s++) {
      const m = openingMarker(input.tokens[s]!);
      if (!m) continue;
      if (m.order === 1 && marked.length === 0) style = m.style;
      else if (m.style !== style || m.order !== marked.length + 1) break;
      marked.push({ s, contentTok: m.contentTok });
    }
    if (marked.length < 2 || marked.length > MAX_ITEMS) continue;
    const items: PillarItem[] = [];
    const sentences: number[] = [];
    for (let i = 0; i < marked.length; i++) {
      const { s, contentTok } = marked[i]!;
      const start = input.tokens[s]![contentTok]!.start;
      const last = (marked[i + 1]?.s ?? block.endSentence) - 1;
      const end = input.sentences[last]!.end - start <= MAX_TEXT ? input.sentences[last]!.end : input.sentences[s]!.end;
      const item = itemOf(input.view, start, end);
      if (!item || !TITLED.test(item.text)) break;
      item.title = titleOf(item.text);
      items.push(item);
      for (let k = s; k <= last; k++) sentences.push(k);
    }
    if (items.length !== marked.length || !looksLikeParts(items)) continue;
    const before = marked[0]!.s - 1;
    const leadSentence = before >= block.firstSentence ? before : undefined;
    let lead = leadSentence === undefined ? undefined : leadInSet(input.tokens[leadSentence]!, 0, input.tokens[leadSentence]!.length);
    if (lead?.count !== undefined && lead.count !== items.length) lead = { ...lead, count: undefined };
    const at = lead ? leadSentence! : marked[0]!.s;
    push(makeSet(input.link(at, lead?.tok ?? 0), lead?.term ?? 'component', items, at, lead?.count), sentences);
  }
}
