/**
 * Tokens of one sentence: words (with hyphens and apostrophes inside), numerals,
 * ordinals ("22nd", "5th"), decades ("1990s"), currency and percent symbols, and single
 * punctuation characters. Offsets are in the analysis view. A hand-written scanner: a
 * regular expression with Unicode classes was the slowest part of extraction.
 */

import { lowerCase } from './lower-case.js';
import { CURRENCY_CODES } from '../lexicon/units.js';

export type TokenKind = 'word' | 'num' | 'ord' | 'sym' | 'punct';

export interface Token {
  text: string;
  /** Lower-cased text without a possessive `'s`. */
  lower: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** First letter upper-case. */
  cap: boolean;
  /** Two or more letters, all upper-case ("CMAC", "KAMIKAWA"). */
  allCaps: boolean;
  /** Ends in a possessive `'s` (or a bare `'` after s). */
  poss: boolean;
  /** Text without the possessive ending. */
  base: string;
}


const LETTER = /[\p{L}\p{M}]/u;
const SYMBOLS = new Set(['$', '\u20AC', '\u00A3', '\u00A5', '\u20B9', '\u20A9', '\u20B4', '\u17DB', '%']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Letter (or combining mark) at `i`; returns its length in code units (2 for astral), or 0. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isAsciiLetter(c)) return 1;
  if (c < 128 || Number.isNaN(c)) return 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const pair = text.slice(i, i + 2);
    return LETTER.test(pair) ? 2 : 0;
  }
  return LETTER.test(text[i]!) ? 1 : 0;
}

/** Letter, mark, digit or superscript two/three inside a word. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isDigit(c) || c === 0xb2 || c === 0xb3) return 1;
  return letterAt(text, i);
}

function isUpperLetter(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Dotted acronym at `i` ("U.S.", "U.N.", also "U.S" without its last stop): its length, or 0. */
function dottedAcronym(text: string, i: number): number {
  let k = i;
  let pairs = 0;
  while (isUpperLetter(text.charCodeAt(k)) && text.charCodeAt(k + 1) === 46) {
    k += 2;
    pairs++;
  }
  if (pairs >= 2) return k - i;
  // "U.S Department": the last letter without its stop, when no letter follows it
  if (pairs === 1 && isUpperLetter(text.charCodeAt(k)) && letterAt(text, k + 1) === 0) return k + 1 - i;
  return 0;
}

function push(tokens: Token[], text: string, kind: TokenKind, start: number): void {
  let base = text;
  let poss = false;
  if (kind === 'word' && text.length > 2) {
    const last = text.charCodeAt(text.length - 1);
    const apostrophe = text.charCodeAt(text.length - 2);
    if ((last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019)) {
      base = text.slice(0, -2);
      poss = true;
    }
  }
  const lower = kind === 'word' ? lowerCase(base) : base;
  let cap = false;
  let allCaps = false;
  if (kind === 'word') {
    // an ASCII first letter is its own lower-case first letter exactly when it is not A–Z
    const first = base.charCodeAt(0);
    cap = first < 128 ? isUpperLetter(first) : base[0] !== lower[0];
    // "al-Abadi", "el-Sisi": the Arabic article before a capitalised name is part of the proper name
    if (!cap && (first === 97 || first === 101) && base.charCodeAt(1) === 108 && base.charCodeAt(2) === 45) cap = isUpperLetter(base.charCodeAt(3));
    // all capitals: a quick exit on a lower-case second letter, then upper-casing changes nothing
    const second = base.charCodeAt(1);
    const secondLower = second >= 97 && second <= 122;
    if (cap && base.length >= 2 && !secondLower && base !== lower && base === base.toUpperCase()) {
      let letters = 0;
      for (let k = 0; k < base.length && letters < 2; k++) if (base[k] !== lower[k] || letterAt(base, k) > 0) letters++;
      allCaps = letters >= 2;
    }
  }
  tokens.push({ text, lower, kind, start, end: start + text.length, cap, allCaps, poss, base });
}

/**
 * Where a footnote number glued to the word `text[i, k)` starts, or `k`: one or two digits after
 * three or more letters whose last is lower case ("Plan2", "mines14"); not units ("km2"), codes
 * ("COVID19", "AK47") or years ("mid-2020").
 */
function footnoteStart(text: string, i: number, k: number): number {
  let d = k;
  while (d > i && isDigit(text.charCodeAt(d - 1))) d--;
  if (d === k || k - d > 2 || d - i < 3) return k;
  const last = text.charCodeAt(d - 1);
  if (!(last >= 97 && last <= 122)) return k;
  for (let j = i; j < d; j++) if (letterAt(text, j) === 0 && text.charCodeAt(j) !== 39 && text.charCodeAt(j) !== 45 && text.charCodeAt(j) !== 0x2019) return k;
  return d;
}

/** Tokenises `text`, whose first character is at view offset `offset`. */
export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++;
      continue;
    }
    // dotted acronyms
    if (isUpperLetter(c)) {
      const d = dottedAcronym(text, i);
      if (d > 0) {
        push(tokens, text.slice(i, i + d), 'word', offset + i);
        i += d;
        continue;
      }
    }
    // numerals, ordinals, decades
    if (isDigit(c)) {
      let k = i + 1;
      while (k < n && isDigit(text.charCodeAt(k))) k++;
      // ordinal or decade: digits + st|nd|rd|th|s not followed by a letter or digit
      const rest = text.slice(k, k + 2).toLowerCase();
      const suffix = rest === 'st' || rest === 'nd' || rest === 'rd' || rest === 'th' ? 2 : rest[0] === 's' ? 1 : 0;
      if (suffix > 0 && wordCharAt(text, k + suffix) === 0) {
        push(tokens, text.slice(i, k + suffix), 'ord', offset + i);
        i = k + suffix;
        continue;
      }
      // groups: 3,000 or 2.1
      while (k + 1 < n && (text.charCodeAt(k) === 44 || text.charCodeAt(k) === 46) && isDigit(text.charCodeAt(k + 1))) {
        k += 2;
        while (k < n && isDigit(text.charCodeAt(k))) k++;
      }
      push(tokens, text.slice(i, k), 'num', offset + i);
      i = k;
      continue;
    }
    // words: a letter, then letters/digits, with inner apostrophes and hyphens
    const l = letterAt(text, i);
    if (l > 0) {
      let k = i + l;
      for (;;) {
        // ASCII letters and digits first, without the general test
        const a = text.charCodeAt(k);
        if (isAsciiLetter(a) || isDigit(a)) {
          k++;
          continue;
        }
        const w = wordCharAt(text, k);
        if (w > 0) {
          k += w;
          continue;
        }
        const j = text.charCodeAt(k);
        // inner apostrophes (straight or typographic: "Japan’s", "don’t") and hyphens
        if ((j === 39 || j === 45 || j === 0x2019) && wordCharAt(text, k + 1) > 0) {
          k++;
          continue;
        }
        break;
      }
      // "CHF15 million", "USD20": a currency code glued to its amount is a word of its own
      if (k - i > 3 && isUpperLetter(c) && isDigit(text.charCodeAt(i + 3)) && CURRENCY_CODES.has(text.slice(i, i + 3))) {
        push(tokens, text.slice(i, i + 3), 'word', offset + i);
        i += 3;
        continue;
      }
      // "the Nairobi Action Plan2": a footnote number glued to a word is no part of it
      const marked = footnoteStart(text, i, k);
      push(tokens, text.slice(i, marked), 'word', offset + i);
      i = k;
      continue;
    }
    // symbols and punctuation (one code point)
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    const ch = text.slice(i, i + width);
    push(tokens, ch, SYMBOLS.has(ch) ? 'sym' : 'punct', offset + i);
    i += width;
  }
  // A bare possessive apostrophe after a plural ("Parties' ") marks the word before.
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (t.text === "'" && prev.kind === 'word' && prev.end === t.start && prev.lower.endsWith('s')) {
      const after = tokens[k + 1];
      if (!after || after.start > t.end) prev.poss = true;
    }
  }
  return tokens;
}

/** Whether `b` follows `a` with no space between. */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}
