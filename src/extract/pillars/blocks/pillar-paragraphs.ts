/**
 * Lists whose markers were lost (text copied from a web page or a PDF): a lead-in ending in ":"
 * (or a title line naming the set, "Project objectives")
 * followed by short paragraphs of one or two sentences each, one item per paragraph. The run
 * ends at a heading, a list, a long paragraph, or when the lead-in's count is reached.
 */
import { leadInSet } from '../lead-in.js';
import { splitCountAtMost } from '../../text/word-count.js';
import { looksLikeParts, proseParagraph } from '../item-shape.js';
import { itemOf, makeSet, titleOf, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

const MAX_CHARS = 300;
const MAX_VOUCHED_CHARS = 700;
const MAX_ITEMS = 12;
/** "He said:" opens a quotation, not a list. */
const SPEECH = /\b(?:said|says|stated|added|noted|explained|declared|remarked|told \w+|wrote)\s*:\s*$/i;
/** A speech's salutation ("Ladies and Gentlemen:", "Dear colleagues:", "Excellencies:") opens the speech, not a set. */
const SALUTATION = /^(?:(?:ladies and gentlemen|dear \p{L}+(?: \p{L}+)?|excellenc(?:y|ies)|distinguished \p{L}+(?: \p{L}+)?|(?:mr\.?|madam|madame) (?:president|chair(?:man|person)?|speaker))[,\s]*)+:\s*$/iu;

export function unmarkedParagraphs(input: PillarInput, push: Push): void {
  const blocks = input.blocks;
  for (let b = 0; b + 2 < blocks.length; b++) {
    const lead = blocks[b]!;
    if (lead.kind === 'item' || lead.endSentence <= lead.firstSentence) continue;
    const introSentence = lead.endSentence - 1;
    const introText = input.sentences[introSentence]!.text;
    const colon = /:\s*$/.test(introText);
    // or a title line naming the set: "Project objectives", "Our priorities"
    // ("Project profile: Landmine Clearing for Results" is a field and its value, not a title naming a set)
    const titleLine = !colon && lead.endSentence - lead.firstSentence === 1 && splitCountAtMost(introText.trim(), 8) && !/[.!?;,]\s*$/.test(introText) && !introText.includes(':');
    // the document's own title is its headline ("Xe Ban Fai District UXO Activities, Lao PDR"), not a heading over parts
    if ((!colon && (!titleLine || b === 0)) || SPEECH.test(introText) || SALUTATION.test(introText.trim())) continue;
    const tokens = input.tokens[introSentence]!;
    const set = leadInSet(tokens, 0, colon ? tokens.length - 1 : tokens.length);
    if (!set || (titleLine && set.known !== true)) continue;
    const items: PillarItem[] = [];
    const sentences: number[] = [];
    let everySentence = true;
    for (let c = b + 1; c < blocks.length; c++) {
      const block = blocks[c]!;
      // a lead-in naming its set (or its count) vouches for longer paragraphs
      const vouched = set.known === true || set.count !== undefined;
      if (block.kind !== 'para' || block.end - block.start > (vouched ? MAX_VOUCHED_CHARS : MAX_CHARS) || block.endSentence - block.firstSentence > (vouched ? 4 : 2)) break;
      // a paragraph ending in ":" opens a list of its own
      if (/:\s*$/.test(input.view.slice(block.start, block.end))) break;
      // "Start Date / Wed, 01/09/2010" after items written as sentences: a field of the page, not one more item
      const sentenceLike = /[.!?;]\s*$/.test(input.view.slice(block.start, block.end));
      if (items.length > 0 && everySentence && !sentenceLike) break;
      everySentence &&= sentenceLike;
      const first = input.sentences[block.firstSentence];
      const item = first ? itemOf(input.view, block.start, block.end) : undefined;
      if (!first || !item) break;
      item.title = titleOf(first.text);
      items.push(item);
      for (let s = block.firstSentence; s < block.endSentence; s++) sentences.push(s);
      if (set.count !== undefined && items.length === set.count) break;
    }
    if (items.length < 2 || (set.count === undefined && items.length > MAX_ITEMS) || !looksLikeParts(items)) continue;
    // "Delivering on commitments" / paragraphs of an article's story: a section heading over prose, not a set
    if (titleLine && items.filter((x) => proseParagraph(x.text)).length * 2 > items.length) continue;
    push(makeSet(input.link(introSentence, set.tok), set.term, items, introSentence, set.count), sentences);
  }
}
