/**
 * Initiatives the text describes without a capitalised name:
 * - "a new Japanese initiative to strengthen …", "a United Nations resolution condemning …",
 *   "the multinational project on demining Ukraine" (an initiative noun with what it is for);
 * - "the Lithuanian-led demining support structure" (led by a country);
 * - "Japan's vision for humanitarian mine action" (an actor's vision, strategy or plan);
 * - "has set three principles for contributing to …" (a set of principles that is a policy);
 * - "the 22nd meeting of the State Parties to the … Convention" (a numbered meeting);
 * - "Women, Peace, and Security (WPS)" (a capitalised phrase defined by an acronym, acronym-names.ts).
 */
import type { Token } from '../../text/tokens.js';
import { countryOf, countryOfDemonym } from '../../lexicon/countries.js';
import { SET_WORDS } from '../../lexicon/names.js';
import { readNumber } from '../../text/numbers.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/numbers.js';
import { placeAfter } from './funded-initiatives.js';
import { ownedPlan } from './owned-plans.js';
import { isFree, word } from '../spans.js';
import { periodEnd } from '../names/headed/periods.js';
import { isMineActionWord } from '../../lexicon/mine-action-words.js';
import { findAcronymNames } from './acronym-names.js';

export type { Described } from './described.js';
import type { Described } from './described.js';

const HEADS: ReadonlyMap<string, string> = new Map([
  ['initiative', 'initiative'], ['project', 'project'], ['programme', 'programme'], ['program', 'programme'],
  ['pact', 'agreement'], ['agreement', 'agreement'], ['accord', 'agreement'], ['treaty', 'convention'],
  ['resolution', 'resolution'], ['partnership', 'partnership'], ['package', 'package'], ['coalition', 'coalition'],
  ['plan', 'policy'], ['strategy', 'policy'], ['campaign', 'initiative'], ['effort', 'initiative'],
  ['mechanism', 'programme'], ['mission', 'project'], ['memorandum', 'agreement'],
]);
const LED_HEADS = new Set([
  'structure', 'coalition', 'initiative', 'project', 'programme', 'program', 'effort', 'mission', 'group', 'partnership',
  'consortium', 'alliance', 'mechanism', 'platform', 'network', 'campaign', 'fund', 'framework', 'operation',
]);
const SETTING_VERBS = new Set(['set', 'adopted', 'outlined', 'defined', 'identified', 'established', 'announced', 'agreed', 'proposed', 'unveiled', 'presented', 'laid']);
const MEETING_NOUNS = new Set(['meeting', 'session', 'conference', 'summit', 'assembly']);
const DETERMINERS = new Set(['a', 'an', 'the']);
/** Heads a place may follow ("a clearance project in Zaire province"); "an effort in …" is too loose. */
const PLACED_HEADS = new Set(['project', 'programme', 'program', 'mission']);
/** Possessives before a country's own programme ("its mine clearance program"). */
const OWNERS = new Set(['its', 'their']);
/** Modifiers that make "its … programme" a mine-action programme. */
export const DOMAIN_MODIFIERS = new Set(['mine', 'landmine', 'demining', 'clearance', 'action', 'humanitarian', 'national', 'risk', 'education']);
/** Lower-case heads a proper name may come before ("the Mine-Free Colombia initiative"). */
const PROPER_HEADS = new Set(['initiative', 'programme', 'program', 'project', 'campaign', 'partnership', 'strategy', 'plan', 'package', 'coalition']);
/** Heads of a country's own programme after a demonym ("the Guatemalan program"). */
const OWN_HEADS = new Set(['programme', 'program', 'project', 'strategy', 'plan', 'initiative']);
const OPENING_VERBS = new Set(['join', 'joins', 'joined', 'launch', 'launches', 'launched', 'announce', 'announces', 'announced', 'backs', 'lead', 'leads']);
const NOT_MODIFIERS = new Set([
  'of', 'to', 'for', 'on', 'in', 'with', 'by', 'at', 'from', 'and', 'or', 'but', 'that', 'which', 'who', 'is', 'are',
  'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'its', 'their', 'this', 'these',
  'as', 'than', 'very', 'more', 'most', 'such', 'each', 'every', 'all', 'both', 'other', 'same', 'one', 'a', 'an', 'the',
]);
/** Heads of plans, whose period belongs to their name. */
const PERIOD_HEADS = new Set(['plan', 'strategy']);
const CLAUSE_STOP = new Set([
  'alongside', 'within', 'between', 'during', 'after', 'before', 'since', 'which', 'that', 'who', 'while', 'as',
  'whereas', 'because', 'although', 'though', 'when', 'where', 'following', 'under', 'besides', 'but', 'so', 'if',
  'unless', 'until', 'was', 'were', 'is', 'are', 'will', 'would', 'has', 'have', 'had', 'said', 'says',
  'includes', 'included', 'covers', 'comprises', 'consists', 'involves', 'aims', 'seeks', 'requires', 'envisages',
]);
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'this', 'these', 'those', 'your']);
const MAX_WORDS = 14;

/** A weekday or a month ("Monday", "March"), or "week", "month", "year" after "last/this/next". */
function isTimeWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (t.cap) return WEEKDAYS.has(t.lower) || MONTHS.has(t.lower);
  return t.lower === 'week' || t.lower === 'month' || t.lower === 'year';
}

/** Extends a phrase from `k` to the end of its clause: words and in-clause prepositions, at most `MAX_WORDS` words overall. */
export function clauseEnd(tokens: readonly Token[], k: number, budget: number): number {
  let e = k;
  let words = 0;
  while (e < tokens.length && words < budget) {
    const t = tokens[e]!;
    if (t.kind === 'punct') {
      if (t.text === '-' && tokens[e + 1]?.start === t.end) {
        e++;
        continue;
      }
      break;
    }
    if (t.kind === 'word' && CLAUSE_STOP.has(t.lower)) break;
    // "… for humanitarian demining led by the Food and Agriculture Organisation": who leads or funds it is no part of it
    if (t.kind === 'word' && tokens[e + 1]?.lower === 'by' && /^\p{Ll}+(?:ed|led|run|done)$/u.test(t.lower) && e > k) break;
    if (t.kind === 'word' && t.lower === 'and' && (OBJECT_DETERMINERS.has(tokens[e + 1]?.lower ?? '') || tokens[e + 1]?.cap)) break;
    if (t.kind === 'num' && /^\d{4}$/.test(t.text)) break;
    // "… to remove land mines at the sites of hard fought battles": where it works is no part of its name
    if (t.kind === 'word' && t.lower === 'at' && e > k && tokens[e + 1]?.lower === 'the') break;
    // "… of the border on Monday", "… in March": a time the undertaking was named at is no part of it
    if (t.kind === 'word' && (t.lower === 'on' || t.lower === 'in' || t.lower === 'last' || t.lower === 'this' || t.lower === 'next') && isTimeWord(tokens[e + 1])) break;
    e++;
    words++;
  }
  while (e > k && word(tokens[e - 1]) && /^(?:and|or|of|to|the|a|an|in|on|for|with|by)$/.test(tokens[e - 1]!.lower)) e--;
  return e;
}

/** What follows an initiative noun and says what it is for: "to strengthen …", "on demining …", "condemning …". */
function postModifier(tokens: readonly Token[], h: number, budget: number): number {
  const next = tokens[h + 1];
  if (!word(next) || next.cap) return h + 1;
  const after = tokens[h + 2];
  // the word after a preposition must be lower case and not a determiner: "on demining", not "for Japan's"
  // "a short-term assistance mission in the Republic of Suriname", "a clearance project in Zaire province"
  if (next.lower === 'in' && PLACED_HEADS.has(tokens[h]!.lower)) {
    const e = placeAfter(tokens, h + 1);
    if (e > h + 2) return e;
  }
  const plainObject = word(after) && !after.cap && !OBJECT_DETERMINERS.has(after.lower);
  const purposeful =
    (plainObject && (next.lower === 'to' || next.lower === 'on' || next.lower === 'of' || next.lower === 'for' || next.lower === 'against')) ||
    (next.lower.endsWith('ing') && next.lower.length > 5);
  if (!purposeful) return h + 1;
  const e = clauseEnd(tokens, h + 1, budget);
  return e > h + 2 ? e : h + 1;
}

/**
 * Past lower-case modifiers ending at `h`, the ones an undertaking's noun may still have: "and"
 * before another modifier ("survey and clearance"), an acronym in brackets ("device (IED)").
 * Returns where they end (the head's index), or `h` when nothing of that follows.
 */
function joinedModifiers(tokens: readonly Token[], h: number): number {
  let k = h;
  for (let steps = 0; steps < 4; steps++) {
    const t = tokens[k];
    if (t?.text === '(' && tokens[k + 1]?.allCaps && tokens[k + 2]?.text === ')') k += 3;
    else if (word(t) && t.lower === 'and' && !t.cap && word(tokens[k + 1]) && !tokens[k + 1]!.cap && !NOT_MODIFIERS.has(tokens[k + 1]!.lower) && !HEADS.has(tokens[k + 1]!.lower)) k += 2;
    else break;
    while (word(tokens[k]) && !tokens[k]!.cap && !HEADS.has(tokens[k]!.lower) && !NOT_MODIFIERS.has(tokens[k]!.lower) && k < h + 8) k++;
  }
  return k;
}

/** Plural heads a count and a place make an undertaking of ("two demining projects in …"). */
const COUNTED_HEADS = new Set(['projects', 'programmes', 'programs']);

/** The end of "<count> <lower-case words> projects in <place>" from the count at `k`, if that is what is there. */
function countedInPlace(tokens: readonly Token[], k: number): number | undefined {
  const n = readNumber(tokens, k);
  if (!n || n.yearLike || n.value < 2 || n.value > 20 || !Number.isInteger(n.value)) return undefined;
  let h = n.end;
  while (h < n.end + 3 && word(tokens[h]) && !tokens[h]!.cap && !COUNTED_HEADS.has(tokens[h]!.lower) && !NOT_MODIFIERS.has(tokens[h]!.lower)) h++;
  if (!word(tokens[h]) || tokens[h]!.cap || !COUNTED_HEADS.has(tokens[h]!.lower)) return undefined;
  const e = placeAfter(tokens, h + 1);
  return e > h + 2 ? e : undefined;
}

export function findDescribed(tokens: readonly Token[], taken: Uint8Array): Described[] {
  const out: Described[] = [];
  const free = (s: number, e: number): boolean => isFree(taken, s, e);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.kind !== 'ord') continue;

    // "-led": "the Lithuanian-led demining support structure"
    const led = t.base.length > 4 && t.base.endsWith('-led') ? /^(.+)-led$/i.exec(t.base) : null;
    if (led && t.cap && (countryOfDemonym(led[1]!) || countryOf(led[1]!))) {
      let e = k + 1;
      while (e < tokens.length && e < k + 6 && word(tokens[e]) && !tokens[e]!.cap && !NOT_MODIFIERS.has(tokens[e]!.lower)) e++;
      let head = e;
      while (head > k + 1 && !LED_HEADS.has(tokens[head - 1]!.lower)) head--;
      if (head > k + 1 && free(k, head)) {
        out.push({ start: k, end: head, kind: 'coalition', aliases: [], leadTok: k });
        k = head - 1;
        continue;
      }
    }

    // "two demining projects in Parwan, Kapisa and Nangarhar provinces": counted undertakings in a place
    const counted = countedInPlace(tokens, k);
    if (counted && free(k, counted)) {
      out.push({ start: k, end: counted, kind: 'project', aliases: [], actorsInside: true, scoped: true });
      k = counted - 1;
      continue;
    }

    // "Japan's vision for humanitarian mine action", "Switzerland's mine action strategy for 2023-2026"
    const owned = t.poss && t.cap ? ownedPlan(tokens, k, taken) : undefined;
    if (owned) {
      out.push(owned);
      k = owned.end - 1;
      continue;
    }

    // "has set three principles for contributing to …"
    if (word(t) && SETTING_VERBS.has(t.lower)) {
      const n = readNumber(tokens, k + 1);
      const set = n ? tokens[n.end] : undefined;
      if (n && set && word(set) && SET_WORDS.has(set.lower) && set.lower.endsWith('s') && tokens[n.end + 1]?.lower === 'for') {
        const e = clauseEnd(tokens, n.end + 2, MAX_WORDS);
        if (e > n.end + 2 && free(k + 1, e)) {
          out.push({ start: k + 1, end: e, kind: 'policy', aliases: [] });
          k = e - 1;
          continue;
        }
      }
    }

    // "a new Japanese initiative to strengthen …"; "joins multinational effort to clear …"
    const opens = DETERMINERS.has(t.lower) || OWNERS.has(t.lower) || (OPENING_VERBS.has(t.lower) && word(tokens[k + 1]) && !tokens[k + 1]!.cap && !DETERMINERS.has(tokens[k + 1]!.lower));
    if (opens && (!t.cap || k === 0)) {
      const from = k + 1;
      let h = from;
      if (tokens[h]?.kind === 'num' && /^(?:19|20)\d\d$/.test(tokens[h]!.text)) h++;
      while (h < tokens.length && h < from + 5 && word(tokens[h]) && !HEADS.has(tokens[h]!.lower) && !NOT_MODIFIERS.has(tokens[h]!.lower) && !tokens[h]!.poss) h++;
      // "an improvised explosive device (IED) survey and clearance project": joined and glossed modifiers
      const joined = h > from ? joinedModifiers(tokens, h) : h;
      const isJoined = joined > h && HEADS.has(tokens[joined]?.lower ?? '') && PLACED_HEADS.has(tokens[joined]!.lower);
      if (isJoined) h = joined;
      const head = tokens[h];
      // "the UN mission in Somalia": a United Nations mission is a body, not an undertaking
      // (and "the United Nations Development program" is the agency, written loosely)
      const unBody = tokens[from]?.text === 'UN' || (tokens[from]?.text === 'United' && tokens[from + 1]?.text === 'Nations');
      const agency = (head?.lower === 'program' || head?.lower === 'programme') && h - from >= 3 && tokens.slice(from, h).every((u) => u.cap);
      const unMission = unBody && (head?.lower === 'mission' || agency);
      if (word(head) && !head.cap && HEADS.has(head.lower) && free(from, h + 1) && !unMission) {
        const e = postModifier(tokens, h, MAX_WORDS - (h - from));
        const modifiers = h - from;
        // "the national mine action programme", "the 2016 peace agreement": a name without capitals
        // "the Guatemalan program", "its mine clearance program": a country's own programme
        const own = OWNERS.has(t.lower) && modifiers > 0 && tokens.slice(from, h).every((u) => DOMAIN_MODIFIERS.has(u.lower));
        const demonym = t.lower === 'the' && tokens[from]!.cap && countryOfDemonym(tokens[from]!.lower) !== undefined && OWN_HEADS.has(head.lower);
        // "the Mine-Free Colombia initiative", "the UNMAS Iraq programme": a proper name before a lower-case head
        const proper = t.lower === 'the' && modifiers > 0 && !demonym && tokens.slice(from, h).every((u) => u.cap) && PROPER_HEADS.has(head.lower);
        // "a joint US-Canadian initiative": two countries joined by a hyphen tell it apart
        const pair = tokens.slice(from, h).some((u) => u.cap && u.text.includes('-') && u.text.split('-').every((p) => countryOf(p) !== undefined || countryOfDemonym(p.toLowerCase()) !== undefined));
        const named = own || demonym || proper || pair || (t.lower === 'the' && modifiers > 0 && (tokens[from]!.lower === 'national' || (tokens[from]!.kind === 'num' && /^(?:19|20)\d\d$/.test(tokens[from]!.text))));
        if (named && e === h + 1 && free(from, h + 1)) {
          // "the national mine action strategy 2021–2025": a plan's period is part of its name
          const end = PERIOD_HEADS.has(head.lower) ? periodEnd(tokens, h + 1) : h + 1;
          // "The FSD project": a body's acronym alone before the head may stand for its project named before
          const bodys = proper && modifiers === 1 && tokens[from]!.allCaps;
          out.push({ start: from, end, kind: HEADS.get(head.lower)!, aliases: [], ...(demonym ? { leadTok: from } : {}), ...(proper ? { actorsInside: true } : {}), ...(bodys ? { weak: 'owner' as const } : {}) });
          k = end - 1;
          continue;
        }
        const specific = isJoined && e === h + 1 && t.lower !== 'the' && tokens.slice(from, h).some((u) => word(u) && !u.cap && isMineActionWord(u.lower));
        if ((e > h + 1 || specific) && free(from, e) && !OWNERS.has(t.lower) && (t.lower !== 'the' || modifiers > 0 || tokens[h + 1]?.lower !== 'of')) {
          const end = PERIOD_HEADS.has(head.lower) ? periodEnd(tokens, e) : e;
          const d: Described = { start: from, end, kind: HEADS.get(head.lower)!, aliases: [] };
          if (tokens[h + 1]!.lower === 'in') d.actorsInside = true;
          if (modifiers > 0) d.aliases.push({ start: from, end: h + 1 });
          // "a new Japanese initiative": the demonym names who leads it
          for (let m = from; m < h; m++) if (tokens[m]!.cap && countryOfDemonym(tokens[m]!.lower)) d.leadTok = m;
          out.push(d);
          k = end - 1;
          continue;
        }
      }
    }
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "the 22nd meeting of the State Parties to the … Convention"
    if (t.kind === 'ord' && /\d(?:st|nd|rd|th)$/.test(t.text) && word(tokens[k + 1]) && MEETING_NOUNS.has(tokens[k + 1]!.lower) && tokens[k + 2]?.lower === 'of') {
      let e = k + 3;
      let last = -1;
      while (e < tokens.length && e < k + 20) {
        const u = tokens[e]!;
        if (u.kind === 'word' && u.cap) last = e;
        else if (!(u.kind === 'word' && /^(?:of|the|to|on|for|and)$/.test(u.lower)) && !(u.text === '-' && tokens[e + 1]?.start === u.end)) break;
        e++;
      }
      if (last > 0) {
        out.push({ start: k, end: last + 1, kind: 'conference', aliases: [], overlaps: true });
      }
    }

  }
  out.push(...findAcronymNames(tokens, free));
  return out;
}
