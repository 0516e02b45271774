/**
 * Pillar sets enumerated inside one sentence by markers: "building resilience by: a) creating
 * jobs; b) strengthening institutions; and, c) assisting organisations", "(i) … (ii) …",
 * "1) … 2) …", "• A • B". The set word comes from the words before the first marker.
 */
import { inlineBullets, inlineMarkers } from '../../text/layout/inline-markers.js';
import { leadInSet } from '../lead-in.js';
import { looksLikeParts } from '../item-shape.js';
import { itemOf, makeSet, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

const MAY_MARK = /[)\u2022\u25AA\u25CF\u25E6\u27A2\u25BA]/;

/** "…; and," "…, or" closing an item before the next marker. */
const TRAILING_JOINER = /(?:[\s,;]+(?:and|or|as well as))?[\s,;]*$/i;

export function markedInline(input: PillarInput, push: Push): void {
  for (let s = 0; s < input.sentences.length; s++) {
    const sentence = input.sentences[s]!;
    if (!MAY_MARK.test(sentence.text)) continue;
    const tokens = input.tokens[s]!;
    const numbered = inlineMarkers(tokens);
    const markers = numbered.length > 0 ? numbered : inlineBullets(tokens);
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
