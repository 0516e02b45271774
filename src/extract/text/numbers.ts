/**
 * Reading a number at a token position: numerals with thousands separators and decimals,
 * numbers written as words ("Seventy-one", "a dozen", "two hundred and fifty"), and
 * magnitudes after either ("4 million", "2.1 billion").
 */
import type { Token } from './tokens.js';
import { MAGNITUDES, SMALL_NUMBERS } from '../lexicon/numbers.js';

export interface NumberMatch {
  value: number;
  /** First and one past the last token of the number. */
  start: number;
  end: number;
  /** Written as words ("nine", "Thirty"). */
  words: boolean;
  /** A magnitude word was read ("million"). */
  magnitude: boolean;
  /** A plain integer numeral of four digits without separators (could be a year). */
  yearLike: boolean;
  /** A unit written in the same word: "five-year", "two-day". */
  embeddedUnit?: string;
}

const EMBEDDED_UNITS: ReadonlyMap<string, string> = new Map([
  ['year', 'year'], ['month', 'month'], ['week', 'week'], ['day', 'day'], ['hectare', 'hectare'], ['ton', 'tonne'],
  ['tonne', 'tonne'], ['hour', 'hour'], ['minute', 'minute'], ['acre', 'acre'],
]);

const PLAIN = /^\d+(?:\.\d+)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** Continental writing: "1,74" and "7,5" (a decimal comma), "1.234.567" and "2.445.495,49" (dots group thousands). */
const DECIMAL_COMMA = /^\d+,\d{1,2}$|^\d+,\d{4,}$/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$|^\d{1,3}\.\d{3},\d+$/;

/** The value of a numeral token, or undefined when it is not a well-formed number. */
export function numeralValue(text: string): number | undefined {
  let digits: string;
  if (GROUPED.test(text)) digits = text.replace(/,/g, '');
  else if (PLAIN.test(text)) digits = text;
  else if (DECIMAL_COMMA.test(text)) digits = text.replace(',', '.');
  else if (DOT_GROUPED.test(text)) digits = text.replace(/\./g, '').replace(',', '.');
  else return undefined;
  if (digits.length > 18) return undefined;
  const value = Number(digits);
  return Number.isFinite(value) ? value : undefined;
}

/** The value of one number word, including hyphenated tens ("seventy-one"). */
export function wordValue(lower: string): number | undefined {
  const direct = SMALL_NUMBERS.get(lower);
  if (direct !== undefined) return direct;
  const dash = lower.indexOf('-');
  if (dash > 0) {
    const tens = SMALL_NUMBERS.get(lower.slice(0, dash));
    const unit = SMALL_NUMBERS.get(lower.slice(dash + 1));
    if (tens !== undefined && unit !== undefined && tens >= 20 && tens % 10 === 0 && unit > 0 && unit < 10) return tens + unit;
  }
  return undefined;
}

function magnitudeAt(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const scale = MAGNITUDES.get(t.lower);
  if (scale !== undefined) return scale;
  // "US$17 million4": a footnote number glued to the magnitude
  const footnote = /^([a-z]+)\d{1,2}$/.exec(t.lower);
  return footnote ? MAGNITUDES.get(footnote[1]!) : undefined;
}

/** Fractions of a magnitude: "a quarter of a million". */
const PARTS: ReadonlyMap<string, number> = new Map([['half', 2], ['third', 3], ['quarter', 4]]);

/** Reads number words from `i`: "two hundred and fifty thousand". */
function readWords(tokens: readonly Token[], i: number): NumberMatch | undefined {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  let magnitude = false;
  const first = tokens[i];
  // "half a million"
  const half = first?.lower === 'half' && tokens[i + 1]?.lower === 'a' ? MAGNITUDES.get(tokens[i + 2]?.lower ?? '') : undefined;
  if (half !== undefined && half >= 1000) return { value: half / 2, start: i, end: i + 3, words: true, magnitude: true, yearLike: false };
  // "a quarter of a million", "a third of a billion"
  const part = first?.lower === 'a' ? PARTS.get(tokens[i + 1]?.lower ?? '') : undefined;
  const whole = part && tokens[i + 2]?.lower === 'of' && tokens[i + 3]?.lower === 'a' ? MAGNITUDES.get(tokens[i + 4]?.lower ?? '') : undefined;
  if (part && whole !== undefined && whole >= 1000) return { value: whole / part, start: i, end: i + 5, words: true, magnitude: true, yearLike: false };
  // "a dozen", "a hundred", "a million"
  if (first && first.lower === 'a' && tokens[i + 1]) {
    const next = tokens[i + 1]!;
    if (next.lower === 'dozen') return { value: 12, start: i, end: i + 2, words: true, magnitude: false, yearLike: false };
    const scale = MAGNITUDES.get(next.lower);
    if (scale !== undefined && scale >= 100 && next.lower !== 'mn' && next.lower !== 'bn') {
      current = 1;
      any = true;
      j = i + 1;
    }
  }
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    const small = wordValue(t.lower);
    if (small !== undefined) {
      if (any && current % 100 !== 0 && current % 10 !== 0) break; // "one two"
      if (any && current % 100 === 0 && current !== 0 && small >= 100) break;
      current += small;
      any = true;
      j++;
      continue;
    }
    const scale = MAGNITUDES.get(t.lower);
    if (scale !== undefined && any && t.lower !== 'mn' && t.lower !== 'bn') {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
        magnitude = true;
      }
      j++;
      // "hundred and fifty"
      if (tokens[j]?.lower === 'and' && tokens[j + 1] && wordValue(tokens[j + 1]!.lower) !== undefined) j++;
      continue;
    }
    if (t.lower === 'dozen' && any) {
      current *= 12;
      j++;
      continue;
    }
    break;
  }
  if (!any) return undefined;
  return { value: total + current, start: i, end: j, words: true, magnitude, yearLike: false };
}

/** A decimal times a scale without the binary noise of the product: 8.3 × 1,000,000 is 8,300,000, not 8,300,000.000000001. */
export function times(a: number, b: number): number {
  return Number((a * b).toPrecision(15));
}

/** Reads the number starting at token `i`, if any. */
export function readNumber(tokens: readonly Token[], i: number): NumberMatch | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'num') {
    let value = numeralValue(t.text);
    if (value === undefined) return undefined;
    let j = i + 1;
    // "12 000", "1 250 000": thousands grouped by single spaces; "800'000": by apostrophes (Swiss)
    if (/^\d{1,3}$/.test(t.text)) {
      while (tokens[j]?.kind === 'num' && /^\d{3}$/.test(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end + 1) {
        value = value * 1000 + Number(tokens[j]!.text);
        j++;
      }
      while (tokens[j]?.text === "'" && tokens[j]!.start === tokens[j - 1]!.end && /^\d{3}$/.test(tokens[j + 1]?.text ?? '') && tokens[j + 1]!.start === tokens[j]!.end) {
        value = value * 1000 + Number(tokens[j + 1]!.text);
        j += 2;
      }
    }
    let v = value;
    let magnitude = false;
    // "the 40-million dollar project": a scale joined to its number by a hyphen
    if (tokens[j]?.text === '-' && tokens[j]!.start === tokens[j - 1]!.end && tokens[j + 1]?.start === tokens[j]!.end && magnitudeAt(tokens, j + 1) !== undefined) j++;
    const scale = magnitudeAt(tokens, j);
    if (scale !== undefined) {
      v = times(v, scale);
      magnitude = true;
      j++;
      // "1.5 million" may be followed by "thousand"? no; "2 hundred thousand"
      const more = magnitudeAt(tokens, j);
      if (scale === 100 && more !== undefined && more > 100) {
        v = times(v, more);
        j++;
      }
      // "1 billion 70 million": a smaller whole amount of a smaller scale straight after adds to it
      const rest = tokens[j]?.kind === 'num' && /^\d{1,3}$/.test(tokens[j]!.text) ? magnitudeAt(tokens, j + 1) : undefined;
      if (rest !== undefined && rest >= 1000 && rest < scale) {
        v += Number(tokens[j]!.text) * rest;
        j += 2;
      }
    }
    const yearLike = !magnitude && /^\d{4}$/.test(t.text) && value >= 1000 && value <= 2199;
    return { value: v, start: i, end: j, words: false, magnitude, yearLike };
  }
  if (t.kind === 'word') {
    // "five-year": a number word and a unit in one token
    const dash = t.lower.lastIndexOf('-');
    if (dash > 0) {
      const unit = EMBEDDED_UNITS.get(t.lower.slice(dash + 1));
      const value = unit ? wordValue(t.lower.slice(0, dash)) : undefined;
      if (unit && value !== undefined) return { value, start: i, end: i + 1, words: true, magnitude: false, yearLike: false, embeddedUnit: unit };
    }
    return readWords(tokens, i);
  }
  return undefined;
}
