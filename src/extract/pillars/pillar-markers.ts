/**
 * Pillar sets enumerated inside one sentence by markers: "building resilience by: a) creating
 * jobs; b) strengthening institutions; and, c) assisting organisations", "(i) … (ii) …",
 * "1) … 2) …". The set word comes from the words before the first marker.
 */
import { inlineMarkers } from '../text/inline-markers.js';
import { leadInSet } from './lead-in.js';
import { looksLikeParts } from './item-shape.js';
import { itemOf, makeSet, type PillarInput, type PillarItem, type Push } from './pillar-items.js';

/** "…; and," "…, or" closing an item before the next marker. */
const TRAILING_JOINER = /(?:[\s,;]+(?:and|or|as well as))?[\s,;]*$/i;

export function markedInline(input: PillarInput, push: Push): void {
  for (let s = 0; s < input.sentences.length; s++) {
    const sentence = input.sentences[s]!;
    if (sentence.text.indexOf(')') < 0) continue;
    const tokens = input.tokens[s]!;
    const markers = inlineMarkers(tokens);
    if (markers.length < 2 || markers[0]!.tok < 2) continue;
    const lead = leadInSet(tokens, 0, markers[0]!.tok);
    if (!lead) continue;
    const items: PillarItem[] = [];
    for (let m = 0; m < markers.length; m++) {
      const content = tokens[markers[m]!.contentTok];
      if (!content) break;
      const next = markers[m + 1];
      let end = next ? tokens[next.tok]!.start : sentence.end;
      const raw = input.view.slice(content.start, end);
      end = content.start + raw.replace(TRAILING_JOINER, '').length;
      const item = itemOf(input.view, content.start, end);
      if (!item) break;
      items.push(item);
    }
    if (items.length !== markers.length || !looksLikeParts(items)) continue;
    push(makeSet(input.link(s, lead.tok), lead.term, items, s, lead.count), [s]);
  }
}
