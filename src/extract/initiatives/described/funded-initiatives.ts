/**
 * Grants and pledges the text describes rather than names:
 * - an amount given for undertakings: "an additional USD 11.1 million for new humanitarian
 *   demining and weapons stockpile management projects in Angola" (a package);
 * - an amount that is itself the grant: "a five-year $75 million pledge", "a €2 million grant",
 *   also after its giver's possessive ("Westland's five-year $75 million pledge");
 * - an amount that is the size of an undertaking: "a five-year, USD 20 million programme to
 *   clear farmland" (its kind is the undertaking's);
 * - an undertaking funded by a donor the wording names: "an EU-funded clearance project in
 *   Zaire province" (the donor takes part).
 * Names are cut from the text after the determiner, so they stay verbatim.
 */
import type { Token } from '../../text/tokens.js';
import { readNumber } from '../../text/numbers.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, isMoney } from '../../lexicon/units.js';
import { moneySuffixAt, unitAt } from '../../figures/units.js';
import { countryOf, countryOfDemonym } from '../../lexicon/countries.js';
import { clauseEnd, type Described } from './described-initiatives.js';
import { isFree, word } from '../spans.js';

/** Plural or singular nouns of undertakings an amount may be given for. */
const FOR_HEADS: ReadonlyMap<string, string> = new Map([
  ['project', 'project'], ['projects', 'project'], ['programme', 'programme'], ['programmes', 'programme'],
  ['program', 'programme'], ['programs', 'programme'], ['initiative', 'initiative'], ['initiatives', 'initiative'],
  ['activities', 'programme'], ['operations', 'programme'], ['efforts', 'programme'],
]);
/** Undertaking nouns an amount may give the size of ("a $5 million project"). */
const AMOUNT_HEADS: ReadonlyMap<string, string> = new Map([
  ['project', 'project'], ['programme', 'programme'], ['program', 'programme'], ['initiative', 'initiative'],
  ['fund', 'fund'], ['facility', 'programme'], ['campaign', 'initiative'],
]);
/** Nouns whose worth an amount gives after "worth": "a financing agreement worth EUR 20 million". */
const WORTH_HEADS: ReadonlyMap<string, string> = new Map([
  ['agreement', 'agreement'], ['contract', 'agreement'], ['grant', 'package'], ['package', 'package'], ['project', 'project'], ['programme', 'programme'], ['program', 'programme'],
]);
/** Nouns that make an amount itself a grant. */
const GRANT_HEADS = new Set(['pledge', 'grant', 'grants', 'contribution', 'package', 'donation', 'award', 'commitment', 'allocation']);
/** Undertaking nouns after "<donor>-funded". */
const FUNDED_HEADS: ReadonlyMap<string, string> = new Map([
  ['project', 'project'], ['projects', 'project'], ['programme', 'programme'], ['program', 'programme'],
  ['initiative', 'initiative'], ['operation', 'programme'], ['operations', 'programme'], ['grant', 'package'],
  ['mission', 'project'], ['effort', 'initiative'], ['training', 'project'], ['course', 'project'], ['courses', 'project'],
]);
const FUNDED_SUFFIX = /^(.+)-(?:funded|financed|backed|sponsored|supported)$/i;
const OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'this']);
const STOP = new Set(['to', 'which', 'that', 'who', 'was', 'were', 'is', 'are', 'will', 'would', 'has', 'have', 'had', 'by', 'with', 'from', 'since', 'as', 'over', 'under', 'during']);

/** An amount at `k`: a currency (code or symbol) then a number, or a number then a currency code or word. */
export function amountAt(tokens: readonly Token[], k: number): number | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  const currency = (x: Token | undefined): boolean => x !== undefined && (CURRENCY_CODES.has(x.text) || CURRENCY_SYMBOLS.has(x.text) || x.text === 'US$');
  if (currency(t)) {
    const n = readNumber(tokens, k + 1);
    if (!n || n.yearLike) return undefined;
    // "£100m", "$2.1bn": a scale letter written onto the number
    return !n.magnitude && moneySuffixAt(tokens, n.end) !== undefined ? n.end + 1 : n.end;
  }
  // "46 million pounds", "2 million EUR", "183,500 Euros": the currency after the number, which must have a scale or thousands
  const n = t.kind === 'num' ? readNumber(tokens, k) : undefined;
  if (!n || n.yearLike || (!n.magnitude && n.value < 1000)) return undefined;
  const unit = unitAt(tokens, n.end);
  return unit && isMoney(unit.unit) ? unit.end : undefined;
}

/** The end of a capitalised place name from `k` ("Zaire", "the Republic of Suriname"), or `k` itself. */
function placeName(tokens: readonly Token[], k: number): number {
  while (word(tokens[k]) && (tokens[k]!.cap || (tokens[k]!.lower === 'of' && word(tokens[k + 1]) && tokens[k + 1]!.cap))) k++;
  return k;
}

/**
 * "in Angola", "in Zaire province", "in the Republic of Suriname", "in Parwan, Kapisa and
 * Nangarhar provinces": a place after a name, or `e` itself. A list of places counts only when a
 * plural place noun ends it, or when every place in it is a country ("in Laos and Cambodia").
 */
export function placeAfter(tokens: readonly Token[], e: number): number {
  if (tokens[e]?.lower !== 'in' || tokens[e]!.cap) return e;
  let k = e + 1;
  if (tokens[k]?.lower === 'the') k++;
  if (!word(tokens[k]) || !tokens[k]!.cap) return e;
  const first = k;
  k = placeName(tokens, k);
  // "Zaire province", "Gio Linh district"
  if (word(tokens[k]) && /^(?:province|district|region|state|county|commune|municipality|governorate|area)$/.test(tokens[k]!.lower)) return k + 1;
  const places = [[first, k]];
  let end = k;
  while ((tokens[end]?.text === ',' || tokens[end]?.lower === 'and') && !tokens[end]!.cap) {
    let next = end + 1;
    if (tokens[next]?.lower === 'and' && tokens[end]!.text === ',') next++;
    const stop = word(tokens[next]) && tokens[next]!.cap ? placeName(tokens, next) : next;
    if (stop === next) break;
    places.push([next, stop]);
    end = stop;
  }
  if (places.length === 1) return k;
  if (word(tokens[end]) && /^(?:provinces|districts|regions|states|counties|communes|municipalities|governorates|areas)$/.test(tokens[end]!.lower)) return end + 1;
  const text = (s: number, x: number): string => tokens.slice(s, x).map((t) => t.text).join(' ');
  return places.every(([s, x]) => countryOf(text(s!, x!)) !== undefined) ? end : k;
}

/** The end of an undertaking whose noun ends at `e`: "in <Place>", else what it is for ("to clear farmland in the north"). */
function undertakingEnd(tokens: readonly Token[], e: number): number {
  const placed = placeAfter(tokens, e);
  if (placed > e) return placed;
  const to = tokens[e];
  const verb = tokens[e + 1];
  if (to?.lower !== 'to' || !word(verb) || verb.cap) return e;
  const end = clauseEnd(tokens, e + 1, 10);
  return end > e + 1 ? placeAfter(tokens, end) : e;
}

/** From `k` over lower-case words (and "and", hyphens) to an undertaking noun of `heads`, at most `budget` words. */
function headAhead(tokens: readonly Token[], k: number, heads: ReadonlyMap<string, string>, budget: number, acronyms = false): number | undefined {
  for (let j = k, words = 0; j < tokens.length && words < budget; j++) {
    const t = tokens[j]!;
    if (t.text === '-' || t.text === ',') continue;
    // "EU-funded EOD training": an acronym of the work may be among the words
    if (acronyms && word(t) && t.allCaps && t.text.length >= 2) {
      words++;
      continue;
    }
    if (!word(t) || t.cap || STOP.has(t.lower) || t.lower === 'for' || t.lower === 'of') return undefined;
    if (heads.has(t.lower)) return j;
    words++;
  }
  return undefined;
}

/**
 * "Toward a landmine-free Sri Lanka: $2 million over 4 years": a line that gives a title and then
 * only its amount (and how long it runs) names a funded project, the title being its name.
 */
function titleBeforeAmount(tokens: readonly Token[]): { start: number; end: number } | undefined {
  if (!word(tokens[0]) || !tokens[0]!.cap) return undefined;
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 2 || colon > 14 || tokens.slice(0, colon).some((t) => t.kind === 'punct' && t.text !== ',' && t.text !== '-')) return undefined;
  const amountEnd = amountAt(tokens, colon + 1);
  if (amountEnd === undefined) return undefined;
  let e = amountEnd;
  // "over 4 years", "for two years"
  const span = /^(?:over|for)$/.test(tokens[e]?.lower ?? '') ? readNumber(tokens, e + 1) : undefined;
  if (span && /^(?:years?|months?)$/.test(tokens[span.end]?.lower ?? '')) e = span.end + 1;
  while (e < tokens.length && tokens[e]!.kind === 'punct') e++;
  // the line ends there: the sentence ends, or runs on only over a blank line (an unterminated line is joined to the next)
  const lineEnds = e === tokens.length || tokens[e]!.start - tokens[e - 1]!.end >= 2;
  return lineEnds ? { start: 0, end: colon } : undefined;
}

export function findFunded(tokens: readonly Token[], taken: Uint8Array): Described[] {
  const out: Described[] = [];
  const free = (s: number, e: number): boolean => isFree(taken, s, e);
  const titled = titleBeforeAmount(tokens);
  if (titled && free(titled.start, titled.end)) out.push({ ...titled, kind: 'project', aliases: [], actorsInside: true, scoped: true });
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "a five-year $75 million pledge", "an additional USD 11.1 million for … projects in Angola";
    // "Westland's current five-year $75 million pledge": the owner gives it
    const owner = t.poss && t.cap ? countryOf(t.base) : undefined;
    if ((OPENERS.has(t.lower) && (!t.cap || k === 0)) || owner) {
      const given = owner ? { participantKeys: [`country:${owner}`] } : {};
      let a = k + 1;
      while (a < k + 4 && word(tokens[a]) && !tokens[a]!.cap && !GRANT_HEADS.has(tokens[a]!.lower) && !STOP.has(tokens[a]!.lower)) a++;
      // "a five-year, USD 20 million programme"
      if (a > k + 1 && tokens[a]?.text === ',') a++;
      const amountEnd = amountAt(tokens, a);
      if (amountEnd === undefined) continue;
      const next = tokens[amountEnd];
      // "a financing agreement worth EUR 20 million for demining in Cuando Cubango"
      const worthKind = tokens[a - 1]?.lower === 'worth' && a - 2 > k ? WORTH_HEADS.get(tokens[a - 2]!.lower) : undefined;
      if (worthKind) {
        const e = next?.lower === 'for' || next?.lower === 'to' ? placeAfter(tokens, clauseEnd(tokens, amountEnd + 1, 8)) : amountEnd;
        if (free(k + 1, e)) {
          out.push({ start: k + 1, end: e, kind: worthKind, aliases: [], actorsInside: true, ...given });
          k = e - 1;
        }
        continue;
      }
      // "a USD 20 million programme to clear …": an amount that is the size of an undertaking
      const undertaking = word(next) && !next.cap ? AMOUNT_HEADS.get(next.lower) : undefined;
      if (undertaking) {
        const e = undertakingEnd(tokens, amountEnd + 1);
        if (free(k + 1, e)) {
          out.push({ start: k + 1, end: e, kind: undertaking, aliases: [], actorsInside: true, ...given });
          k = e - 1;
        }
        continue;
      }
      // "a two-year, €2.2 million mine action project in Lebanon": the undertaking is named by its own
      // words after the amount (the amount is a figure), and only in its document
      const ahead = word(next) && !next.cap ? headAhead(tokens, amountEnd, AMOUNT_HEADS, 4) : undefined;
      if (ahead !== undefined) {
        const e = undertakingEnd(tokens, ahead + 1);
        if (free(amountEnd, e)) {
          out.push({ start: amountEnd, end: e, kind: AMOUNT_HEADS.get(tokens[ahead]!.lower)!, aliases: [], actorsInside: true, scoped: true, ...given });
          k = e - 1;
        }
        continue;
      }
      if (word(next) && GRANT_HEADS.has(next.lower)) {
        const e = placeAfter(tokens, amountEnd + 1);
        if (free(k + 1, e)) {
          out.push({ start: k + 1, end: e, kind: 'package', aliases: [], actorsInside: true, ...given });
          k = e - 1;
        }
        continue;
      }
      if (next?.lower === 'for') {
        const h = headAhead(tokens, amountEnd + 1, FOR_HEADS, 10);
        if (h === undefined) continue;
        const e = placeAfter(tokens, h + 1);
        if (free(k + 1, e)) {
          out.push({ start: k + 1, end: e, kind: 'package', aliases: [], actorsInside: true, ...given });
          k = e - 1;
        }
      }
      continue;
    }
    // "an EU-funded clearance project in Zaire province"
    // "the UK funded EOD training": the donor and its participle written apart
    const apart = word(t) && t.cap && k > 0 && /^(?:funded|financed|sponsored)$/.test(tokens[k + 1]?.lower ?? '') && /^(?:the|a|an)$/.test(tokens[k - 1]!.lower) && countryOf(t.base) !== undefined && !/^(?:the|a|an|its|their|this|these|his|her|our)$/.test(tokens[k + 2]?.lower ?? '');
    const funded = word(t) && t.cap ? (apart ? t.base : FUNDED_SUFFIX.exec(t.base)?.[1]) : undefined;
    // "the South Korea-supported project": a donor of two words, the first before the hyphened one
    const twoWord = funded && word(tokens[k - 1]) && tokens[k - 1]!.cap && countryOf(`${tokens[k - 1]!.text} ${funded}`) !== undefined;
    const from = twoWord ? k - 1 : k;
    // at the start of a sentence or a title too: "EU-funded demining project in … completes its first year"
    if (funded && (from === 0 || OPENERS.has(tokens[from - 1]?.lower ?? ''))) {
      const h = headAhead(tokens, apart ? k + 2 : k + 1, FUNDED_HEADS, 6, true);
      if (h === undefined) continue;
      // "… project on overcoming the consequences of post-war bombs and mines": what it is on
      const on = /^(?:on|for)$/.test(tokens[h + 1]?.lower ?? '') && word(tokens[h + 2]) && !tokens[h + 2]!.cap && !OPENERS.has(tokens[h + 2]!.lower) ? clauseEnd(tokens, h + 1, 10) : h + 1;
      const e = placeAfter(tokens, on);
      if (!free(from, e)) continue;
      const donor = twoWord ? `${tokens[k - 1]!.text} ${funded}` : funded;
      const country = countryOf(donor) ?? countryOfDemonym(donor);
      const key = country ? `country:${country}` : /^[A-Z]{2,8}$/.test(donor) ? `acr:${donor}` : undefined;
      const d: Described = { start: from, end: e, kind: FUNDED_HEADS.get(tokens[h]!.lower)!, aliases: [] };
      if (key) d.participantKeys = [key];
      out.push(d);
      k = e - 1;
    }
  }
  return out;
}
