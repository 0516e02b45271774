/**
 * A list set off by commas after a colon inside a sentence, with no set noun needed: "Work
 * under the grant: survey, clearance and handover of land." The items must read as parallel
 * parts (short lower-case phrases, see `parallel`) — three of them, or two after a known set noun or a
 * count; a colon after "said" opens a quotation, and a lead-in naming donors or places no set.
 */
import { leadInSet } from '../lead-in.js';
import { parallel } from './pillar-verbs.js';
import { splitItems } from './pillar-lists.js';
import { itemOf, makeSet, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

const SPEECH = /\b(?:said|says|stated|added|noted|explained|declared|remarked|wrote|told)\b/i;

export function colonLists(input: PillarInput, push: Push): void {
  for (let s = 0; s < input.sentences.length; s++) {
    const text = input.sentences[s]!.text;
    const at = text.indexOf(':');
    if (at < 0 || at > text.length - 4 || text.indexOf(';', at) >= 0 || text.indexOf(',', at) < 0) continue;
    const tokens = input.tokens[s]!;
    const colon = tokens.findIndex((t) => t.text === ':');
    if (colon < 2 || colon + 2 >= tokens.length || SPEECH.test(text.slice(0, at))) continue;
    const lead = leadInSet(tokens, 0, colon);
    if (!lead) continue;
    const spans = splitItems(input.view, tokens, colon + 1, lead.count);
    const items = spans.map((r) => itemOf(input.view, r.start, r.end)).filter((x): x is PillarItem => x !== undefined);
    if (items.length !== spans.length || items.length < (lead.known || lead.count !== undefined ? 2 : 3) || items.length > 10) continue;
    if (!parallel(items)) continue;
    push(makeSet(input.link(s, lead.tok), lead.term, items, s, lead.count), [s]);
  }
}
