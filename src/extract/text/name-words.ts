/** Whether a capitalised word can be part of a person's name (it is in none of the gazetteers). */
import type { Token } from './tokens.js';
import { countryOf, countryOfDemonym, countryOfLowerWord } from '../lexicon/countries.js';
import { HEADLINE_VERBS, HONORIFICS, INITIATIVE_HEADS, LEADING_NOISE, NON_PERSON_WORDS, ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS } from '../lexicon/names.js';
import { MAGNITUDES, MONTHS, SMALL_NUMBERS } from '../lexicon/numbers.js';

export function nameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !t.cap) return false;
  const l = t.lower;
  if (/\d/.test(l) || l.length < 2 && !t.allCaps) return false;
  if (LEADING_NOISE.has(l) || NON_PERSON_WORDS.has(l) || ORG_HEADS.has(l) || INITIATIVE_HEADS.has(l)) return false;
  if (ROLE_HEADS.has(l) || ROLE_MODIFIERS.has(l) || HONORIFICS.has(l) || (MONTHS.has(l) && l.length > 3)) return false;
  // "Presented by …", "Held in …": a headline's past verb is no name
  if (HEADLINE_VERBS.has(l) && (l.endsWith('ed') || l === 'held')) return false;
  if (countryOfLowerWord(l) || countryOfDemonym(l)) return false;
  // "Twenty-six years after …", "Five Hundred": a number written in words
  if (l.split('-').every((p) => SMALL_NUMBERS.has(p) || MAGNITUDES.has(p))) return false;
  if (l.includes('-') && l.split('-').some((p) => NON_PERSON_WORDS.has(p) || countryOf(p) !== undefined || countryOfDemonym(p) !== undefined)) return false;
  return true;
}

