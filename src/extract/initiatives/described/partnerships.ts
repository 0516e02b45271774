/**
 * Partnerships and agreements named by their parties:
 * - "a close U.S.-Angola partnership", "the Japan–Cambodia agreement" (two countries joined
 *   by a hyphen or dash before a lower-case partnership noun; both take part);
 * - "the partnership between the Angolan security forces, HALO, and MAG", "a memorandum of
 *   understanding between A and B" (the parties after "between" take part);
 * - "a cooperation agreement with the European Union", "a memorandum of understanding with
 *   UNDP" (the party takes part; weak, as the document's title may have named it). Agreements of
 *   different parties get different names, so they stay apart.
 */
import type { Token } from '../../text/tokens.js';
import { countryOf } from '../../lexicon/countries.js';
import { CURRENCY_CODES } from '../../lexicon/units.js';
import { clauseEnd, type Described } from './described-initiatives.js';
import { isFree, spanText, word } from '../spans.js';

const PARTY_HEADS: ReadonlyMap<string, string> = new Map([
  ['partnership', 'partnership'], ['agreement', 'agreement'], ['memorandum', 'agreement'], ['accord', 'agreement'],
  ['pact', 'agreement'], ['treaty', 'convention'], ['initiative', 'initiative'], ['programme', 'programme'],
  ['program', 'programme'], ['project', 'project'], ['alliance', 'partnership'],
]);
/** Heads that make "<Country>-<Country> <head>" an undertaking. */
const PAIR_HEADS = new Set(['partnership', 'agreement', 'memorandum', 'accord', 'pact', 'treaty', 'initiative', 'programme', 'program', 'project', 'alliance']);
const DASHES = new Set(['-', '\u2013', '\u2014']);
const OPENERS = new Set(['a', 'an', 'the', 'this', 'their', 'its']);
/** Words that end a list of parties. */
const LIST_STOP = new Set([
  'to', 'which', 'that', 'who', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'was', 'were', 'is', 'are', 'will',
  'would', 'has', 'have', 'had', 'signed', 'since', 'as', 'under', 'during', 'aimed', 'aiming', 'through', 'over',
]);
const MAX_LIST_WORDS = 16;

/** A country name ending at token `e - 1` (one or two words), as its start, or -1. */
function countryEndingAt(tokens: readonly Token[], e: number): number {
  for (let s = e - 1; s >= 0 && s >= e - 3; s--) {
    if (!word(tokens[s]) || !tokens[s]!.cap) return -1;
    const name = tokens.slice(s, e).map((t) => t.text).join(' ');
    if (countryOf(name)) return s;
  }
  return -1;
}

/** Two countries in words before `h` whose first word holds a hyphen ("Norway-Sri Lanka", "Japan-Cambodia"). */
function gluedPair(tokens: readonly Token[], h: number): { start: number; keys: string[] } | undefined {
  for (let s = h - 1; s >= 0 && s >= h - 3; s--) {
    const t = tokens[s]!;
    if (!word(t) || !t.cap) return undefined;
    const cut = t.text.search(/[-\u2013]/);
    if (cut <= 0) continue;
    const a = countryOf(t.text.slice(0, cut));
    const b = countryOf([t.text.slice(cut + 1), ...tokens.slice(s + 1, h).map((x) => x.text)].join(' '));
    return a && b ? { start: s, keys: [`country:${a}`, `country:${b}`] } : undefined;
  }
  return undefined;
}

/** "…, HALO, and MAG": the end of a list of parties starting at `k`. */
export function partiesEnd(tokens: readonly Token[], k: number): number {
  let e = k;
  let words = 0;
  let caps = 0;
  while (e < tokens.length && words < MAX_LIST_WORDS) {
    const t = tokens[e]!;
    if (t.text === ',') {
      const n = tokens[e + 1];
      if (!word(n) || !(n.cap || n.lower === 'and' || n.lower === 'the')) break;
      e++;
      continue;
    }
    if (DASHES.has(t.text) && tokens[e + 1]?.start === t.end) {
      e++;
      continue;
    }
    // "the Azerbaijan Mine Action Agency (ANAMA) and …": an acronym in brackets after a party
    if (t.text === '(' && tokens[e + 1]?.allCaps && tokens[e + 2]?.text === ')' && e > k) {
      e += 3;
      continue;
    }
    // "Humanity & Inclusion"
    if (t.text === '&' && word(tokens[e + 1]) && tokens[e + 1]!.cap) {
      e++;
      continue;
    }
    if (!word(t) || LIST_STOP.has(t.lower)) break;
    if (t.cap) caps++;
    words++;
    e++;
  }
  // "between the OSCE Centre and the State Emergency Service covers training …": the list ends with its last name
  while (e > k && !(word(tokens[e - 1]) && tokens[e - 1]!.cap)) e--;
  return caps > 0 ? e : k;
}

/** Heads a party after "with" may follow: not projects or programmes, which are done with anyone. */
const WITH_HEADS = new Set(['partnership', 'agreement', 'memorandum', 'accord', 'pact', 'alliance']);

/**
 * "a (new) (cooperation) agreement with <Party>", "a memorandum of understanding with <Party>":
 * the span from the first modifier to the party's end.
 */
function partyAfterWith(tokens: readonly Token[], h: number): { start: number; end: number; partiesStart: number } | undefined {
  if (!WITH_HEADS.has(tokens[h]!.lower)) return undefined;
  let s = h;
  while (s > 0 && s > h - 3 && word(tokens[s - 1]) && !tokens[s - 1]!.cap && !OPENERS.has(tokens[s - 1]!.lower) && !LIST_STOP.has(tokens[s - 1]!.lower) && tokens[s - 1]!.lower !== 'and') s--;
  if (!OPENERS.has(tokens[s - 1]?.lower ?? '')) return undefined;
  // "a new partnership": not part of its name
  while (s < h && /^(?:new|additional|further)$/.test(tokens[s]!.lower)) s++;
  let w = h + 1;
  if (tokens[w]?.lower === 'of' && /^(?:understanding|cooperation|intent)$/.test(tokens[w + 1]?.lower ?? '')) w += 2;
  if (tokens[w]?.lower !== 'with' || tokens[w]!.cap) return undefined;
  let p = w + 1;
  if (tokens[p]?.lower === 'the') p++;
  let e = p;
  const partyWord = (t: Token | undefined): boolean => word(t) && t.cap && !CURRENCY_CODES.has(t.text);
  for (;;) {
    if (partyWord(tokens[e]) || (word(tokens[e]) && /^(?:of|for|and)$/.test(tokens[e]!.lower) && partyWord(tokens[e + 1]))) e++;
    // "with Italy and the United Nations Development Programme (UNDP)": a second party after "and the", with its acronym
    else if (e > p && tokens[e]?.lower === 'and' && tokens[e + 1]?.lower === 'the' && partyWord(tokens[e + 2])) e += 2;
    else if (e > p && tokens[e]?.text === '(' && tokens[e + 1]?.allCaps && tokens[e + 2]?.text === ')') e += 3;
    else break;
  }
  if (e === p) return undefined;
  return { start: s, end: e, partiesStart: p };
}

/** Whether a determiner opens the phrase of the head at `h`, over up to three lower-case modifiers ("a long-standing partnership"). */
function openedBefore(tokens: readonly Token[], h: number): boolean {
  for (let j = h - 1, words = 0; j >= 0 && words <= 3; j--) {
    const t = tokens[j]!;
    if (OPENERS.has(t.lower)) return true;
    if (t.text === '-') continue;
    if (!word(t) || t.cap || LIST_STOP.has(t.lower) || t.lower === 'and') return false;
    words++;
  }
  return false;
}

/** The text of tokens `s`–`e` with a party written "the <Long Name> (ACR)" as its acronym: "agreement with Italy and UNDP". */
function withAcronyms(tokens: readonly Token[], s: number, e: number): string | undefined {
  const kept: Token[] = [];
  let changed = false;
  for (let k = s; k < e; k++) {
    if (tokens[k]!.text === '(' && tokens[k + 1]?.allCaps && tokens[k + 2]?.text === ')') {
      let b = kept.length;
      while (b > 0 && (kept[b - 1]!.cap || /^(?:of|for)$/.test(kept[b - 1]!.lower))) b--;
      if (b > 0 && kept[b - 1]!.lower === 'the') b--;
      if (b === kept.length) return undefined;
      const long = kept.splice(b, kept.length - b);
      kept.push({ ...tokens[k + 1]!, start: long[0]!.start, end: long[0]!.start + tokens[k + 1]!.text.length });
      changed = true;
      k += 2;
      continue;
    }
    kept.push(tokens[k]!);
  }
  return changed ? spanText(kept, 0, kept.length) : undefined;
}

/** Heads of work done with partners, which name an undertaking only with what it is for. */
const WORK_HEADS: ReadonlyMap<string, string> = new Map([
  ['project', 'project'], ['projects', 'project'], ['programme', 'programme'], ['programmes', 'programme'], ['program', 'programme'], ['programs', 'programme'],
]);

/**
 * "a pilot project with the Danish Refugee Council and Humanity & Inclusion to provide
 * comprehensive assistance to mine victims", "joint projects with UNDP and FAO in the field of
 * humanitarian demining": work with its partners and what it is for (both needed), from the first
 * modifier to the end of the purpose.
 */
function workWithParties(tokens: readonly Token[], h: number): { start: number; end: number; partiesStart: number; partiesEnd: number } | undefined {
  let s = h;
  // modifiers ("pilot", "joint", "demining"), not verbs ("funds", "launched")
  const modifier = (t: Token | undefined): boolean => word(t) && !t.cap && !OPENERS.has(t.lower) && !LIST_STOP.has(t.lower) && t.lower !== 'and' && !/(?:[^s]s|ed)$/.test(t.lower);
  while (s > 0 && s > h - 3 && modifier(tokens[s - 1])) s--;
  const plural = tokens[h]!.lower.endsWith('s');
  if (!OPENERS.has(tokens[s - 1]?.lower ?? '') && !(plural && s < h)) return undefined;
  if (tokens[h + 1]?.lower !== 'with') return undefined;
  let p = h + 2;
  if (tokens[p]?.lower === 'the') p++;
  const e = partiesEnd(tokens, p);
  if (e <= p) return undefined;
  // what it is for: "to provide …", "in the field of …"
  let purpose = e;
  if (tokens[e]?.lower === 'to' && word(tokens[e + 1]) && !tokens[e + 1]!.cap) purpose = clauseEnd(tokens, e + 1, 12);
  else if (tokens[e]?.lower === 'in' && tokens[e + 1]?.lower === 'the' && /^(?:field|area|sphere|domain)s?$/.test(tokens[e + 2]?.lower ?? '') && tokens[e + 3]?.lower === 'of') purpose = clauseEnd(tokens, e + 4, 10);
  if (purpose <= e + 1) return undefined;
  return { start: s, end: purpose, partiesStart: p, partiesEnd: e };
}

export function findPartnerships(tokens: readonly Token[], taken: Uint8Array): Described[] {
  const out: Described[] = [];
  const free = (s: number, e: number): boolean => isFree(taken, s, e);
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h]!;
    const work = word(head) && !head.cap && WORK_HEADS.has(head.lower) ? workWithParties(tokens, h) : undefined;
    if (work && free(work.start, work.end)) {
      out.push({ start: work.start, end: work.end, kind: WORK_HEADS.get(head.lower)!, aliases: [], participantSpan: { start: work.partiesStart, end: work.partiesEnd }, actorsInside: true, scoped: true });
      h = work.end - 1;
      continue;
    }
    if (!word(head) || head.cap || !PARTY_HEADS.has(head.lower)) continue;
    const kind = PARTY_HEADS.get(head.lower)!;
    // "Norway-Sri Lanka partnership", "Japan-Cambodia agreement": one hyphenated word
    const glued = PAIR_HEADS.has(head.lower) ? gluedPair(tokens, h) : undefined;
    if (glued && free(glued.start, h + 1)) {
      out.push({ start: glued.start, end: h + 1, kind, aliases: [], participantKeys: glued.keys, actorsInside: true });
      continue;
    }
    // "U.S.- Angola partnership"
    const second = PAIR_HEADS.has(head.lower) ? countryEndingAt(tokens, h) : -1;
    if (second > 1 && DASHES.has(tokens[second - 1]!.text)) {
      const first = countryEndingAt(tokens, second - 1);
      if (first >= 0 && free(first, h + 1)) {
        const a = countryOf(tokens.slice(first, second - 1).map((t) => t.text).join(' '))!;
        const b = countryOf(tokens.slice(second, h).map((t) => t.text).join(' '))!;
        out.push({ start: first, end: h + 1, kind, aliases: [], participantKeys: [`country:${a}`, `country:${b}`], actorsInside: true });
        continue;
      }
    }
    // "signed a cooperation agreement with the European Union": weak, as the title may have named it
    const withParty = partyAfterWith(tokens, h);
    if (withParty && free(withParty.start, withParty.end)) {
      const weak = /^(?:the|this|its|their)$/.test(tokens[withParty.start - 1]?.lower ?? '') || 'title';
      const short = withAcronyms(tokens, withParty.start, withParty.end);
      out.push({ ...withParty, kind, aliases: [], participantSpan: { start: withParty.partiesStart, end: withParty.end }, actorsInside: true, weak, scoped: true, ...(short ? { composedAliases: [short] } : {}) });
      h = withParty.end - 1;
      continue;
    }
    // "the partnership between A, B, and C", "a long-standing partnership between A and B"
    if (tokens[h + 1]?.lower !== 'between' || !openedBefore(tokens, h)) continue;
    const e = partiesEnd(tokens, h + 2);
    if (e <= h + 2 || !free(h, e)) continue;
    out.push({ start: h, end: e, kind, aliases: [], participantSpan: { start: h + 2, end: e }, actorsInside: true });
    h = e - 1;
  }
  return out;
}
