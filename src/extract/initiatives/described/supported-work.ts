/**
 * An actor's mine-action work that a donor supports, described rather than named:
 * "for supporting RENEW/NPA survey and clearance in Quang Tri Province", "UNDP has supported
 * Yemen's mine action operations". After a support or funding verb: an actor (capitalised,
 * possibly "A/B" or possessive), then mine-action activity words ending in an activity noun,
 * then optionally "in <Place>". The actor in the name leads the work; the subject of the verb
 * takes part (read by leads.ts from the verb).
 */
import type { Token } from '../../text/tokens.js';
import type { Described } from './described-initiatives.js';
import { placeAfter } from './funded-initiatives.js';
import { isFree, word } from '../spans.js';

const SUPPORT_VERBS = new Set([
  'support', 'supports', 'supported', 'supporting', 'fund', 'funds', 'funded', 'funding', 'finance', 'finances',
  'financed', 'financing', 'sponsor', 'sponsors', 'sponsored', 'sponsoring',
]);
/** Words of mine-action work; the phrase must end in one of `ACTIVITY_NOUNS`. */
const ACTIVITY_WORDS = new Set([
  'mine', 'mines', 'landmine', 'action', 'demining', 'clearance', 'survey', 'surveys', 'risk', 'education', 'victim',
  'assistance', 'explosive', 'ordnance', 'disposal', 'uxo', 'erw', 'humanitarian', 'technical', 'non-technical',
  'battle', 'area', 'stockpile', 'destruction', 'and', 'operations', 'activities', 'work', 'programme', 'program',
  'efforts', 'teams',
]);
const ACTIVITY_NOUNS = new Set(['clearance', 'survey', 'surveys', 'demining', 'education', 'assistance', 'operations', 'activities', 'work', 'programme', 'program', 'efforts', 'disposal', 'destruction']);

/** The actor after a support verb: capitalised words joined by "/" and ending maybe in a possessive; its end, or -1. */
function actorEnd(tokens: readonly Token[], k: number): number {
  let e = k;
  if (!word(tokens[e]) || !tokens[e]!.cap) return -1;
  while (word(tokens[e]) && tokens[e]!.cap) {
    e++;
    if (tokens[e]?.text === '/' && word(tokens[e + 1]) && tokens[e + 1]!.cap) e++;
    if (tokens[e - 1]!.poss) return e;
  }
  // "Yemen’s" written with a curly apostrophe: the word, the apostrophe, "s"
  if ((tokens[e]?.text === '\u2019' || tokens[e]?.text === "'") && tokens[e + 1]?.text === 's') return e + 2;
  return e;
}

export function findSupportedWork(tokens: readonly Token[], taken: Uint8Array): Described[] {
  const out: Described[] = [];
  for (let v = 0; v + 2 < tokens.length; v++) {
    const verb = tokens[v]!;
    if (!word(verb) || verb.cap || !SUPPORT_VERBS.has(verb.lower)) continue;
    const s = v + 1;
    const a = actorEnd(tokens, s);
    if (a < 0 || a - s > 6) continue;
    // "supported UXO clearance in Laos": a term of the work itself, capitalised, is no actor
    if (tokens.slice(s, a).every((t) => t.kind !== 'word' || ACTIVITY_WORDS.has(t.lower))) continue;
    let e = a;
    let last = -1;
    while (word(tokens[e]) && !tokens[e]!.cap && ACTIVITY_WORDS.has(tokens[e]!.lower)) {
      if (ACTIVITY_NOUNS.has(tokens[e]!.lower)) last = e;
      e++;
    }
    // "Cambodia's demining efforts": a country's or a body's efforts are its work at large, not one undertaking
    if (last < 0 || tokens.slice(a, last + 1).some((t) => t.lower === 'efforts')) continue;
    e = placeAfter(tokens, last + 1);
    if (!isFree(taken, s, e)) continue;
    out.push({ start: s, end: e, kind: 'programme', aliases: [], leadTok: s, actorsInside: true });
    v = e - 1;
  }
  return out;
}
