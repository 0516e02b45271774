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

/** Capitalised words a title after "project for" needs: "Work on Explosive Remnants of War". */
const MIN_TITLE_CAPS = 3;
const MAX_TITLE_TOKENS = 20;

/**
 * One past a title after "<head> for" at head `k` ("project for Work on Explosive Remnants of
 * War (ERW) in the Republic of Palau"): capitalised words, small words between them and an
 * acronym in brackets; undefined when no such title follows.
 */
function projectForTitle(tokens: readonly Token[], k: number): number | undefined {
  if (tokens[k + 1]?.lower !== 'for' || tokens[k + 1]!.cap || !word(tokens[k + 2]) || !tokens[k + 2]!.cap) return undefined;
  let e = k + 2;
  let caps = 0;
  while (e < tokens.length && e < k + 2 + MAX_TITLE_TOKENS) {
    const u = tokens[e]!;
    if (word(u) && u.cap && !u.poss) caps++;
    else if (u.text === '(' && tokens[e + 1]?.allCaps && tokens[e + 2]?.text === ')') e += 2;
    else {
      // small words, then a capitalised one: "… in the Republic of Palau"
      let j = e;
      while (j < e + 3 && word(tokens[j]) && !tokens[j]!.cap && SMALL.has(tokens[j]!.lower)) j++;
      if (j === e || !word(tokens[j]) || !tokens[j]!.cap) break;
      e = j;
      continue;
    }
    e++;
  }
  return caps >= MIN_TITLE_CAPS ? e : undefined;
}

/** Names after a lower-case initiative noun in one sentence, on tokens not yet taken. */
export function findNamesAfterHead(tokens: readonly Token[], taken: Uint8Array): HeadNameSpan[] {
  const out: HeadNameSpan[] = [];
  for (let k = 1; k + 2 < tokens.length; k++) {
    const head = tokens[k]!;
    if (!word(head) || head.cap || !HEADS.has(head.lower) || !/^(?:the|a|an|its|their|our|this)$/.test(tokens[k - 1]!.lower)) continue;
    // "the project for Work on Explosive Remnants of War (ERW) in the Republic of Palau": a grant's title after "project for"
    const titled = projectForTitle(tokens, k);
    if (titled && isFree(taken, k, titled)) {
      out.push({ start: k, end: titled, kind: HEADS.get(head.lower)! });
      k = titled;
      continue;
    }
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
