/**
 * What an undertaking will do, as a list of verb phrases: "The project will clear farmland,
 * train forty deminers and teach villagers about mines", "The programme aims to strengthen A,
 * reduce B and support C". Only when the sentence names or refers to the initiative before the
 * verb (the undertaking is the subject), with three or more phrases that each open with a
 * lower-case verb.
 */
import type { Token } from '../../text/tokens.js';
import { looksLikeParts } from '../item-shape.js';
import { splitItems } from './pillar-lists.js';
import { itemOf, makeSet, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

export const MAY_DO = /\b(?:will|shall|aims? to|seeks? to|designed to|intended to|helps? to|meant to)\s+\p{Ll}/u;
const TO_VERBS = /^(?:aims?|seeks?|designed|intended|helps?|meant|expected|set|going)$/;
/** Words that open a phrase without being its verb. */
const NOT_VERBS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'be', 'also', 'not', 'now', 'then', 'soon', 'continue', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'of', 'to', 'and', 'or', 'as', 'more', 'all', 'both', 'each', 'have', 'take', 'make', 'enable', 'allow', 'start', 'begin']);
/** Where the last phrase's own words end: "… teach villagers about mines, so that …". */
const TAIL = /\s(?:so that|in order to|which|while|thereby|before|after|until|by 20\d\d|over the next)\s/i;
const MAX_WORDS = 10;
const MIN_ITEMS = 3;

/** A verb's base form after "will": lower-case, not an adverb, not a plural noun ("medics", "drivers"; "address" and "focus" are verbs). */
function verbStart(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap && /^\p{Ll}{2,}$/u.test(t.text) && !/ly$/.test(t.lower) && !/[^su]s$/.test(t.lower) && !NOT_VERBS.has(t.lower);
}

export function verbPhraseLists(input: PillarInput, push: Push): void {
  for (let s = 0; s < input.sentences.length; s++) {
    if (!input.mayList[s] || !MAY_DO.test(input.sentences[s]!.text)) continue;
    const tokens = input.tokens[s]!;
    for (let k = 1; k + 1 < tokens.length; k++) {
      const t = tokens[k]!;
      const modal = t.lower === 'will' || t.lower === 'shall' || (t.lower === 'to' && TO_VERBS.test(tokens[k - 1]!.lower));
      if (!modal || !verbStart(tokens[k + 1])) continue;
      const link = input.link(s, k);
      if (!link || link.strength < 2) break;
      const spans = splitItems(input.view, tokens, k + 1, undefined);
      if (spans.length < MIN_ITEMS || spans.length > 8) break;
      const last = spans[spans.length - 1]!;
      const tail = TAIL.exec(input.view.slice(last.start, last.end));
      if (tail) last.end = last.start + tail.index;
      const items = spans.map((r) => itemOf(input.view, r.start, r.end)).filter((x): x is PillarItem => x !== undefined);
      if (items.length !== spans.length || !items.every((x) => x.text.split(' ', MAX_WORDS + 1).length <= MAX_WORDS && verbStart(tokenAtStart(x.text)))) break;
      if (!looksLikeParts(items, true)) break;
      push(makeSet(link, 'component', items, s), [s]);
      break;
    }
  }
}

/** A stand-in token for the first word of an item's text. */
function tokenAtStart(text: string): Token | undefined {
  const w = /^\p{L}+/u.exec(text)?.[0];
  if (!w) return undefined;
  return { text: w, lower: w.toLowerCase(), kind: 'word', cap: /^\p{Lu}/u.test(w) } as Token;
}
