/**
 * Parts numbered "1. … 2. …" inside one paragraph, whose stops the sentence splitter took for
 * full stops: "… outlines five strategic objectives for NCDR: 1." / "Clear all known mines … by
 * May 2012 2." / "Remove all ERWs … 3." / … / "Deliver training on …". Each number closes the
 * sentence before its part, so a lead-in ending in ": 1." and sentences ending in 2., 3., …
 * in order make one set: the parts are the sentences after each number.
 */
import { leadInSet } from '../lead-in.js';
import { looksLikeParts } from '../item-shape.js';
import { itemOf, makeSet, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

const MAX_ITEMS = 12;
/** A sentence closed by a list number: "… by May 2012 2.". */
const TRAILING_NUMBER = /\s(\d{1,2})\.$/;

export function stopNumbered(input: PillarInput, push: Push): void {
  for (const block of input.blocks) {
    if (block.kind !== 'para') continue;
    for (let s = block.firstSentence; s + 2 < block.endSentence; s++) {
      const lead = input.sentences[s]!.text.trimEnd();
      if (!/:\s*1\.$/.test(lead)) continue;
      const items: PillarItem[] = [];
      const sentences = [s];
      let k = s + 1;
      for (; k < block.endSentence && items.length < MAX_ITEMS; k++) {
        const sentence = input.sentences[k]!;
        const text = sentence.text.trimEnd();
        const number = TRAILING_NUMBER.exec(text);
        const end = number ? sentence.start + number.index : sentence.start + text.length;
        const item = itemOf(input.view, sentence.start, end);
        if (!item) break;
        items.push(item);
        sentences.push(k);
        if (!number || Number(number[1]) !== items.length + 1) break;
      }
      if (items.length < 2 || !looksLikeParts(items)) continue;
      const tokens = input.tokens[s]!;
      const colon = tokens.map((t) => t.text).lastIndexOf(':');
      const set = colon > 0 ? leadInSet(tokens, 0, colon) : undefined;
      push(makeSet(input.link(s, set?.tok ?? 0), set?.term ?? 'component', items, s, set?.count === items.length ? set.count : undefined), sentences);
      s = k;
    }
  }
}
