/**
 * A name written after a lower-case initiative noun, without quotes: "the programme Safe
 * Schools Together", "the project Clean Fields and Safe Roads". The name is a run of two or
 * more capitalised words (small words between them), no organisation, place, country or
 * acronym.
 * Its kind is the noun's.
 */
import type { Token } from '../../../text/tokens.js';
import { ORG_HEADS, ROLE_HEADS, LEADING_NOISE } from '../../../lexicon/names.js';
import { countryOf } from '../../../lexicon/countries.js';
import { isFree, word } from '../../spans.js';

export interface HeadNameSpan {
  start: number;
  end: number;
  kind: string;
}

const HEADS: ReadonlyMap<string, string> = new Map([
  ['project', 'project'], ['programme', 'programme'], ['program', 'programme'], ['initiative', 'initiative'],
  ['campaign', 'initiative'], ['partnership', 'partnership'],
]);
const SMALL = new Set(['of', 'for', 'and', 'the', 'in', 'to', 'on', 'against', '&']);
const MAX_WORDS = 10;
/** Words that make a capitalised run a place: "Upper Dell Province". */
const PLACE_WORDS = new Set(['province', 'district', 'region', 'state', 'county', 'city', 'village', 'commune', 'municipality', 'governorate', 'area', 'valley', 'island', 'islands', 'republic', 'kingdom']);

/** Names after a lower-case initiative noun in one sentence, on tokens not yet taken. */
export function findNamesAfterHead(tokens: readonly Token[], taken: Uint8Array): HeadNameSpan[] {
  const out: HeadNameSpan[] = [];
  for (let k = 1; k + 2 < tokens.length; k++) {
    const head = tokens[k]!;
    if (!word(head) || head.cap || !HEADS.has(head.lower) || !/^(?:the|a|an|its|their|our|this)$/.test(tokens[k - 1]!.lower)) continue;
    const s = k + 1;
    let e = s;
    let caps = 0;
    while (e < tokens.length && e < s + MAX_WORDS) {
      const u = tokens[e]!;
      if (word(u) && u.cap && !u.allCaps && !u.poss) caps++;
      else if (!(word(u) && !u.cap && SMALL.has(u.lower) && word(tokens[e + 1]) && tokens[e + 1]!.cap)) break;
      e++;
    }
    if (caps < 2) continue;
    const words = tokens.slice(s, e);
    if (LEADING_NOISE.has(words[0]!.lower) || words.some((w) => ORG_HEADS.has(w.lower) || ROLE_HEADS.has(w.lower) || PLACE_WORDS.has(w.lower) || countryOf(w.base) !== undefined)) continue;
    if (!isFree(taken, s, e)) continue;
    out.push({ start: s, end: e, kind: HEADS.get(head.lower)! });
    k = e;
  }
  return out;
}
