/**
 * Whether the items of a list read as the parts of an undertaking, or as a list of something
 * else: countries and places ("In Guatemala, …"), people ("Mr. A, Governor of B"), dates, or
 * figures and counted things ("3,000 mines destroyed", "Thirty trucks"), quotations, organisations
 * and things that are never parts (thing-items.ts), items listing countries; a list of a document's
 * sections is its contents. A set is kept when fewer than half its items are such.
 */
import { countryOf } from '../lexicon/countries.js';
import { HONORIFICS, ROLE_HEADS } from '../lexicon/names.js';
import { MONTHS, SMALL_NUMBERS } from '../lexicon/numbers.js';
import { DOCUMENT_SECTIONS, SET_NOUN_TERMS, UNDERTAKING_PLURALS } from '../lexicon/set-words.js';
import type { PillarItem } from './pillar-items.js';
import { namesBodyOrThing } from './thing-items.js';
import { splitCountAtMost } from '../text/word-count.js';

const LOCATIVE = /^(?:[Ii]n|[Aa]t|[Oo]n|[Ff]or|[Ff]rom|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?\p{Lu}/u;
const DATE_START = /^(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4}|\d{4}\b|\p{L}+\s+\d{1,2},?\s+\d{4})/u;

const AMOUNT_FOR = /^(?:(?:USD|US\$|AUD|A\$|CAD|EUR|GBP|JPY|CHF|NOK|SEK|DKK|\$|\u20AC|\u00A3|\u00A5)\s?)?\d[\d.,]*\s*(?:million|billion|thousand|m|bn|k)?\s*(?:USD|EUR|dollars|euros|pounds|yen|francs|kroner)?\s+(?:in\s+(?:funding|support|grants?)\s+)?(?:for|to|towards|toward|will|is|are|was|were|has|have|supports?|funds?)\b/i;

/** A label without digits, a colon, then a number (perhaps hedged or after a currency): a figure under its label. */
const FIGURE_LINE = /^[^:\d]{3,80}:\s*(?:(?:about|approximately|around|some|over|nearly|almost|more than)\s+)?(?:[$\u20AC\u00A3]|[A-Z]{3}\s?)?\d/;

function firstWord(text: string): string {
  return (/^[\p{L}.]+/u.exec(text)?.[0] ?? '').toLowerCase();
}

/** One item that is a place, a person, a date or a bare figure. */
/** Words opening an outcome: a comparative or a participle of change ("safer communities", "strengthened national capacity"). */
const OUTCOME_OPENER = /^(?:safer|stronger|better|greater|healthier|more|improved|increased|reduced|strengthened|enhanced|expanded|sustainable|sustained)\s+\p{Ll}/u;

export function isOtherThing(text: string, verbPhrase = false, counted = false): boolean {
  const t = text.trim().replace(/^[("'\u201C]+/, '');
  if (/^["\u201C]/.test(text.trim())) return true; // a quotation
  const words = t.split(/\s+/);
  // "safer communities", "improved access to land": a changed state is an outcome, whatever it names
  const outcome = OUTCOME_OPENER.test(t);
  // a verb phrase acts on its things ("train local deminers"); a noun phrase may name one
  if (LOCATIVE.test(t) || (!verbPhrase && !outcome && namesBodyOrThing(t))) return true;
  const head = t.split(/[,;:(\u2013\u2014]/)[0]!.trim();
  if (countryOf(head) !== undefined) return true;
  const first = firstWord(t);
  if (HONORIFICS.has(first) || HONORIFICS.has(first.replace(/\.$/, ''))) return true;
  if (ROLE_HEADS.has(first) && /\p{Lu}/u.test(t.slice(first.length, first.length + 3))) return true;
  if (DATE_START.test(t) && (MONTHS.has(firstWord(t.replace(/^\d+\S*\s+/, ''))) || /^\d{4}\b/.test(t))) return true;
  // "USD 2.5 million for weapons stockpile management": an amount with its purpose is a part;
  // so is a counted target of a plan ("clear 500 hectares", "40 villages declared free of mines")
  if (AMOUNT_FOR.test(t) || counted) return false;
  // "Total area released: 45,081,000 m2", "Explosive items destroyed: 4,264": a result reported as a figure under its label
  if (FIGURE_LINE.test(t)) return true;
  // "clearance (2022)": a date or figure in parentheses qualifies a part
  if (/\d/.test(t.replace(/\s*\([^()]*\)/g, '')) && words.length <= 6) return true;
  // "12 operational machines, purchased by …", "Thirty trucks": quantities of things delivered
  if (/^\d[\d,.]*\s+\p{L}/u.test(t) || (SMALL_NUMBERS.has(first) && first !== 'one')) return true;
  return false;
}

/** "Southeast Europe: Albania, Croatia, Serbia": an item listing countries, under a title or not. */
function listsCountries(text: string): boolean {
  const body = text.replace(/^[^:]{1,40}:\s*/, '').replace(/[.;]\s*$/, '');
  const names = body.split(/\s*(?:,|;|\band\b)\s*/).filter((x) => x !== '');
  if (names.length < 2) return false;
  let countries = 0;
  for (const n of names) if (countryOf(n.replace(/^the\s+/i, '')) !== undefined) countries++;
  return countries * 2 >= names.length;
}

/** An entry of a table of contents ending in its page number: "LINES OF RESPONSIBILITY 9", "Survey ........ 12". */
const PAGE_NUMBER_END = /(?<!\b(?:phase|goal|pillar|outcome|result|objective|component|priority|area|step|stage|article|section|part|level|round|day|year|no|number))\s+(?:\.{2,}\s*)?\d{1,3}$/i;

/** A list of a document's sections ("1. References", "2. Vision", …, or entries with page numbers): its contents, not its parts. */
function contentsList(items: readonly PillarItem[]): boolean {
  let sections = 0;
  let paged = 0;
  for (const item of items) {
    const text = item.text.trim();
    if (DOCUMENT_SECTIONS.has(text.toLowerCase().replace(/[\s.\d]+$/, ''))) sections++;
    if (PAGE_NUMBER_END.test(text.split('\n')[0]!.trim())) paged++;
  }
  return sections >= 2 || (items.length >= 2 && paged === items.length);
}

/** "Decree No: 406/PM …" / "Decree No: 61/PM …": a list of records of one kind repeats its labels; parts never do. */
function repeatsTitles(items: readonly PillarItem[]): boolean {
  const titles = new Set(items.map((item) => item.title.toLowerCase()));
  return items.length >= 3 && titles.size * 4 < items.length * 3;
}

/**
 * Whether fewer than half the items are other things; `verbPhrases` when each item opens with its
 * verb; `counted` when the set is one of targets, whose items count what they will reach.
 */
export function looksLikeParts(items: readonly PillarItem[], verbPhrases = false, counted = false): boolean {
  if (contentsList(items) || repeatsTitles(items)) return false;
  let other = 0;
  for (const item of items) if (isOtherThing(item.text, verbPhrases, counted) || listsCountries(item.text)) other++;
  return other * 2 < items.length;
}

/**
 * Words that open a clause or a passive verb, never a listed part: "are planned to …", "were
 * included in …" (a participle before its noun is a part: "increased awareness of …").
 */
const CLAUSE_OPENER = /^(?:\p{Ll}+ed\s+(?:to|in|by|on|at|for|with|from|as|into|out|up|due)|including|which|who|where|when|being|also|not|now|still|currently|expected|due)\b/u;

export function opensClause(text: string): boolean {
  return CLAUSE_OPENER.test(text);
}

/** An item opening with an amount ("over $900,000 for …"): what money is for, not a part. */
const AMOUNT_FIRST = /^(?:(?:more than|over|about|nearly|almost|up to|around|some)\s+)?(?:[$\u20AC\u00A3\u00A5]|US\$|[A-Z]{3}\s?\d)/;

export function opensWithAmount(text: string): boolean {
  return AMOUNT_FIRST.test(text);
}

/** A finite verb form: "is", "has", "will", "were" … */
const FINITE = /\s(?:is|are|was|were|has|have|had|will|would|shall|can|could|did|does|do)\s/i;
/** An item opening with a short title before a colon or dash ("Survey: teams will …"). */
const TITLED = /^[^.:;\u2013\u2014]{1,60}(?::|\s[\u2013\u2014-])\s/;
const PROSE_MIN_WORDS = 15;

/**
 * An item that is a paragraph of prose, as a press release numbers its paragraphs: long, with a
 * finite verb in its opening words ("In order to speed up …, the Government has decided …", "This is
 * the first occasion …"); not a titled part, an activity ("Supporting the formulation …").
 */
export function proseParagraph(text: string): boolean {
  const t = text.trim();
  if (TITLED.test(t) || /^\p{L}+ing\b/u.test(t)) return false;
  if (splitCountAtMost(t, PROSE_MIN_WORDS - 1)) return false;
  return FINITE.test(` ${t.slice(0, 160)} `);
}


/** "several projects: the National Seminar on Mine Action; Mine Risk Awareness Education in Sa Kaeo Province; …": names, each an initiative. */
export function namesUndertakings(setNoun: string, items: readonly PillarItem[]): boolean {
  // events listed by name are no parts either, though not all of them are undertakings
  const noun = setNoun.toLowerCase();
  if (!UNDERTAKING_PLURALS.has(noun) && noun !== 'events') return false;
  const named = items.filter((x) => /^(?:(?:the|a|an)\s+)?\p{Lu}\p{Ll}/u.test(x.text.trim())).length;
  return named * 2 > items.length;
}

/** A count opening an item: "five strategic goals", "the three pillars". */
const COUNT_OPENING = /^(?:(?:the|its|their|our)\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+/i;

/** "is built around five strategic goals, each with …": an item that counts the set itself names the set, not one of its parts. */
export function namesCountedSet(text: string): boolean {
  const t = text.trim();
  const m = COUNT_OPENING.exec(t);
  if (!m) return false;
  return t.slice(m[0].length).split(/[\s,;:]+/, 3).some((w) => SET_NOUN_TERMS.has(w.toLowerCase()));
}
