/**
 * How far a capitalised name with a head word reaches beyond its capitalised run:
 * - back over "in" or "to" to the capitalised words before ("Mine Action in Ukraine
 *   Initiative", "Support to Demining in the North Project"), which a run of names stops at;
 * - on over a small number after the head ("Global Mine Action Programme 3"), over the period
 *   it is for ("Strategic Plan for 2024-2028") and over "in"
 *   before words of the mine-action domain ("… Trust Fund for Assistance in Mine Action"),
 *   but never over "in" before a place ("the Clearance Project in Angola" ends at Project).
 */
import type { Token } from '../../../text/tokens.js';
import { isCapWord } from '../../../text/names.js';
import { LEADING_NOISE, ORG_HEADS, ROLE_HEADS, INITIATIVE_HEADS } from '../../../lexicon/names.js';
import { countryOf, countryOfDemonym } from '../../../lexicon/countries.js';
import { periodEnd } from './periods.js';

const INNER_LINKS = new Set(['in', 'to']);
/** Capitalised words of the domain that may follow "in" inside a name. */
const DOMAIN_WORDS = new Set([
  'mine', 'mines', 'action', 'demining', 'clearance', 'humanitarian', 'landmine', 'landmines', 'risk', 'education',
  'victim', 'victims', 'assistance', 'disarmament', 'explosive', 'ordnance', 'hazards', 'stabilization', 'stabilisation',
  'recovery', 'development', 'peace', 'security', 'survey', 'land', 'release', 'weapons', 'ammunition', 'management',
]);
const MAX_BACK = 6;

function plainCap(t: Token | undefined): boolean {
  return isCapWord(t) && !t!.allCaps && !t!.poss && !ORG_HEADS.has(t!.lower) && !ROLE_HEADS.has(t!.lower) && !INITIATIVE_HEADS.has(t!.lower);
}

/** The start of a name whose run starts at `s`, reaching back over "in"/"to" to capitalised words; `s` when none. */
export function reachBack(tokens: readonly Token[], s: number, taken: Uint8Array): number {
  const link = tokens[s - 1];
  if (!link || link.kind !== 'word' || link.cap || !INNER_LINKS.has(link.lower) || taken[s - 1]) return s;
  let b = s - 1;
  while (b - 1 >= 0 && b > s - 1 - MAX_BACK && !taken[b - 1] && plainCap(tokens[b - 1]) && !LEADING_NOISE.has(tokens[b - 1]!.lower)) b--;
  if (b === s - 1) return s;
  // "Norway to Project …", "Mines Advisory Group in Kabul …", "States Parties to Protocol V": a country,
  // a body or the parties before the link are no part of a name
  const words = tokens.slice(b, s - 1);
  if (words.some((w) => countryOf(w.base) !== undefined || countryOfDemonym(w.lower) !== undefined || PARTY_WORDS.has(w.lower))) return s;
  return b;
}

/** Who a treaty binds or a body counts, never part of its name ("States Parties to …", "Signatories to …"). */
const PARTY_WORDS = new Set(['parties', 'party', 'signatories', 'members', 'states']);

/**
 * The start of a name whose run starts at `s` just after a number that capitalised words come
 * before: "UK-Ukraine 100 Year Partnership" (a run of names stops at the number); `s` when none.
 */
export function reachBackOverNumber(tokens: readonly Token[], s: number, taken: Uint8Array): number {
  const n = tokens[s - 1];
  if (!n || n.kind !== 'num' || !/^\d{1,3}$/.test(n.text) || taken[s - 1]) return s;
  let b = s - 1;
  while (b - 1 >= 0 && b > s - 1 - MAX_BACK && !taken[b - 1] && plainCap(tokens[b - 1]) && !LEADING_NOISE.has(tokens[b - 1]!.lower)) b--;
  return b < s - 1 ? b : s;
}

const IN_RUN_LINKS = new Set(['for', 'of', 'on']);

/**
 * The start of a name whose segment starts at `s` inside a run that starts earlier, reaching
 * back over "for", "of" or "on" to plain capitalised words: "Grant Assistance for Grassroots
 * Human Security Projects". Not over a body, a role, a country or another initiative's name
 * ("Ministry of Defence Project", "Minister for Demining …").
 */
export function reachBackInRun(tokens: readonly Token[], s: number, runStart: number, taken: Uint8Array): number {
  const link = tokens[s - 1];
  if (s - 1 <= runStart || !link || link.kind !== 'word' || link.cap || !IN_RUN_LINKS.has(link.lower) || taken[s - 1]) return s;
  let b = s - 1;
  while (b - 1 >= runStart && b > s - 1 - MAX_BACK && !taken[b - 1] && plainCap(tokens[b - 1]) && !LEADING_NOISE.has(tokens[b - 1]!.lower)) b--;
  // the words must open the run (or follow an owner): "Japan's Grant Assistance for …"
  if (b === s - 1 || (b > runStart && !tokens[b - 1]!.poss)) return s;
  const words = tokens.slice(b, s - 1);
  if (words.some((w) => countryOf(w.base) !== undefined || countryOfDemonym(w.lower) !== undefined)) return s;
  return b;
}

/** The end of a name from `e` (just after its head or its capitalised tail): a small number, then "in" + domain words. */
export function reachOn(tokens: readonly Token[], e: number, head: number): number {
  let end = e;
  // "Programme 3 (GMAP3)", "Project 2": a number of one or two digits right after the head
  if (end === head + 1 && tokens[end]?.kind === 'num' && /^\d{1,2}$/.test(tokens[end]!.text)) end++;
  // "Strategic Plan for 2024-2028": the period it is for
  if (tokens[end]?.lower === 'for') end = periodEnd(tokens, end);
  while (tokens[end]?.lower === 'in' && !tokens[end]!.cap) {
    let k = end + 1;
    while (isCapWord(tokens[k]) && DOMAIN_WORDS.has(tokens[k]!.lower)) k++;
    if (k === end + 1 || isCapWord(tokens[k])) break;
    end = k;
  }
  return demonymTail(tokens, end);
}

/** Lower-case words a name may run on over after a demonym, up to an undertaking's head. */
const MAX_TAIL_WORDS = 3;

/**
 * "Mine Action Strategy for the Australian | aid program": a name that ends in a demonym runs on
 * over the lower-case words it qualifies, when they end in an undertaking's head; `e` otherwise.
 */
function demonymTail(tokens: readonly Token[], e: number): number {
  const last = tokens[e - 1];
  if (!last || last.kind !== 'word' || countryOfDemonym(last.lower) === undefined) return e;
  for (let k = e; k < e + MAX_TAIL_WORDS && tokens[k]?.kind === 'word' && !tokens[k]!.cap; k++) {
    if (INITIATIVE_HEADS.has(tokens[k]!.lower)) return k + 1;
  }
  return e;
}
