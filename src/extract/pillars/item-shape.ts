/**
 * Whether the items of a list read as the parts of an undertaking, or as a list of something
 * else: countries and places ("In Guatemala, …"), people ("Mr. A, Governor of B"), dates, or
 * figures and counted things ("3,000 mines destroyed", "Thirty trucks"), quotations, organisations
 * and things that are never parts (thing-items.ts). A set is kept when fewer than half its items are such.
 */
import { countryOf } from '../lexicon/countries.js';
import { HONORIFICS, ROLE_HEADS } from '../lexicon/names.js';
import { MONTHS, SMALL_NUMBERS } from '../lexicon/numbers.js';
import type { PillarItem } from './pillar-items.js';
import { namesBodyOrThing } from './thing-items.js';

const LOCATIVE = /^(?:[Ii]n|[Aa]t|[Oo]n|[Ff]or|[Ff]rom|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?\p{Lu}/u;
const DATE_START = /^(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4}|\d{4}\b|\p{L}+\s+\d{1,2},?\s+\d{4})/u;

const AMOUNT_FOR = /^(?:(?:USD|US\$|AUD|A\$|CAD|EUR|GBP|JPY|CHF|NOK|SEK|DKK|\$|\u20AC|\u00A3|\u00A5)\s?)?\d[\d.,]*\s*(?:million|billion|thousand|m|bn|k)?\s*(?:USD|EUR|dollars|euros|pounds|yen|francs|kroner)?\s+(?:in\s+(?:funding|support|grants?)\s+)?(?:for|to|towards|toward|will|is|are|was|were|has|have|supports?|funds?)\b/i;

function firstWord(text: string): string {
  return (/^[\p{L}.]+/u.exec(text)?.[0] ?? '').toLowerCase();
}

/** One item that is a place, a person, a date or a bare figure. */
export function isOtherThing(text: string, verbPhrase = false, counted = false): boolean {
  const t = text.trim().replace(/^[("'\u201C]+/, '');
  if (/^["\u201C]/.test(text.trim())) return true; // a quotation
  const words = t.split(/\s+/);
  // a verb phrase acts on its things ("train local deminers"); a noun phrase may name one
  if (LOCATIVE.test(t) || (!verbPhrase && namesBodyOrThing(t))) return true;
  const head = t.split(/[,;:(\u2013\u2014]/)[0]!.trim();
  if (countryOf(head) !== undefined) return true;
  const first = firstWord(t);
  if (HONORIFICS.has(first) || HONORIFICS.has(first.replace(/\.$/, ''))) return true;
  if (ROLE_HEADS.has(first) && /\p{Lu}/u.test(t.slice(first.length, first.length + 3))) return true;
  if (DATE_START.test(t) && (MONTHS.has(firstWord(t.replace(/^\d+\S*\s+/, ''))) || /^\d{4}\b/.test(t))) return true;
  // "USD 2.5 million for weapons stockpile management": an amount with its purpose is a part;
  // so is a counted target of a plan ("clear 500 hectares", "40 villages declared free of mines")
  if (AMOUNT_FOR.test(t) || counted) return false;
  // "clearance (2022)": a date or figure in parentheses qualifies a part
  if (/\d/.test(t.replace(/\s*\([^()]*\)/g, '')) && words.length <= 6) return true;
  // "12 operational machines, purchased by …", "Thirty trucks": quantities of things delivered
  if (/^\d[\d,.]*\s+\p{L}/u.test(t) || (SMALL_NUMBERS.has(first) && first !== 'one')) return true;
  return false;
}

/**
 * Whether fewer than half the items are other things; `verbPhrases` when each item opens with its
 * verb; `counted` when the set is one of targets, whose items count what they will reach.
 */
export function looksLikeParts(items: readonly PillarItem[], verbPhrases = false, counted = false): boolean {
  let other = 0;
  for (const item of items) if (isOtherThing(item.text, verbPhrases, counted)) other++;
  return other * 2 < items.length;
}

/**
 * Words that open a clause or a passive verb, never a listed part: "are planned to …", "were
 * included in …" (a participle before its noun is a part: "increased awareness of …").
 */
const CLAUSE_OPENER = /^(?:\p{Ll}+ed\s+(?:to|in|by|on|at|for|with|from|as|into|out|up)|including|which|who|where|when|being|also|not|now|still|currently|expected|due)\b/u;

export function opensClause(text: string): boolean {
  return CLAUSE_OPENER.test(text);
}
