/**
 * A person's name closing a capitalised run after a body's or an undertaking's head word:
 * "Director of the National Mine Action Authority Jane Brown opened …", "Chief of Mine Action
 * Programme Paul Heslop thanked …". Two or three plain capitalised words up to the run's end,
 * none a head word, a country or a demonym, none of them taken (`free`), and no capitalised word
 * after them.
 */
import type { Token } from './tokens.js';
import { isCapWord } from './names.js';
import { nameWord } from './name-words.js';
import { countryOf, countryOfDemonym } from '../lexicon/countries.js';
import { INITIATIVE_HEADS, ORG_HEADS, ROLE_HEADS } from '../lexicon/names.js';

export function personClosesRun(tokens: readonly Token[], e: number, runEnd: number, free: (k: number) => boolean = () => true): boolean {
  const n = runEnd - e;
  if (n < 2 || n > 3) return false;
  for (let k = e; k < runEnd; k++) {
    const u = tokens[k]!;
    if (!free(k) || !isCapWord(u) || !nameWord(u) || u.allCaps || u.poss || ORG_HEADS.has(u.lower) || INITIATIVE_HEADS.has(u.lower) || countryOf(u.base) || countryOfDemonym(u.lower)) return false;
  }
  if (countryOf(tokens.slice(e, runEnd).map((u) => u.base).join(' '))) return false;
  const after = tokens[runEnd];
  return after === undefined || !after.cap || after.kind !== 'word';
}

/**
 * "… of the Embassy of Japan and Fazel Karim Fazel, Director of …": after "and", a person's name
 * closing the run, with a role in apposition after it, is no part of the body's name.
 */
export function personInApposition(tokens: readonly Token[], e: number, runEnd: number): boolean {
  if (tokens[runEnd]?.text !== ',' || !personClosesRun(tokens, e, runEnd)) return false;
  for (let k = runEnd + 1; k < runEnd + 4 && k < tokens.length; k++) if (ROLE_HEADS.has(tokens[k]!.lower)) return true;
  return false;
}
