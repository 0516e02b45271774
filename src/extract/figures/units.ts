/**
 * Units and currencies around a number, normalised to the schema's units:
 * square kilometres/km²/sq km → `km2`, euros/€ → `EUR`, US$/dollars → `USD`, yen → `JPY`,
 * percent/% → `percent`, years → `year`.
 */
import type { Token } from '../text/tokens.js';
import { adjacent } from '../text/tokens.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, isMoney, RUPEE_MARKS, UNIT_SEQUENCES } from '../lexicon/units.js';
import { MONEY_SUFFIX_MAGNITUDES } from '../lexicon/numbers.js';

export interface UnitMatch {
  unit: string;
  start: number;
  end: number;
}

/** Units the schema has no place for; a number followed by one is not a figure. */
const UNSUPPORTED = new Set([
  'miles', 'mile', 'metres', 'meters', 'metre',
  'meter', 'm', 'cm', 'mm', 'kg', 'kilograms', 'kilogram', 'g', 'grams', 'litres', 'liters', 'hours', 'hour',
  'hrs', 'minutes', 'minute', 'mins', 'seconds', 'second', 'am', 'pm', 'a.m', 'p.m', 'gb', 'mb', 'kb', 'mph',
  'kph', 'degrees', 'times', 'fold', 'x',
]);

const BY_FIRST = new Map<string, (readonly [string[], string])[]>();
for (const entry of UNIT_SEQUENCES) {
  const first = entry[0][0]!;
  const list = BY_FIRST.get(first) ?? [];
  list.push(entry);
  BY_FIRST.set(first, list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b[0].length - a[0].length);

function lowerOf(t: Token): string {
  return t.kind === 'word' ? t.text.toLowerCase() : t.text;
}

/** The unit written at token `i` ("square kilometres", "%", "euros", "USD"), if any. */
export function unitAt(tokens: readonly Token[], i: number): UnitMatch | undefined {
  let k = i;
  // "38-year": a hyphen straight between number and unit
  if (tokens[k]?.text === '-' && adjacent(tokens[k - 1], tokens[k]) && adjacent(tokens[k], tokens[k + 1])) k++;
  const t = tokens[k];
  if (!t) return undefined;
  if (t.kind === 'word' && CURRENCY_CODES.has(t.text)) return { unit: t.text, start: k, end: k + 1 };
  // "500.000 €", "7,1 M€": a currency sign after its amount (not one opening the next amount: "in 2021 €5 million")
  if (t.kind === 'sym' && t.text !== '$' && CURRENCY_SYMBOLS.has(t.text) && tokens[k + 1]?.kind !== 'num') return { unit: CURRENCY_SYMBOLS.get(t.text)!, start: k, end: k + 1 };
  const list = BY_FIRST.get(lowerOf(t));
  if (!list) return undefined;
  for (const [seq, unit] of list) {
    let ok = true;
    for (let s = 0; s < seq.length; s++) {
      const tok = tokens[k + s];
      if (!tok || lowerOf(tok) !== seq[s]) {
        ok = false;
        break;
      }
    }
    if (ok) return { unit, start: k, end: k + seq.length };
  }
  return undefined;
}

/** Whether the word at `i` is a unit the schema cannot hold ("km", "hours"). */
export function unsupportedUnitAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' && UNSUPPORTED.has(t.lower);
}

/** A currency written before a number ending at token `i - 1`: "US$", "$", "€", "USD", "Rs"; also with a stop after it ("Rs. 86 million", "US$. 595,857"). */
export function currencyBefore(tokens: readonly Token[], i: number): UnitMatch | undefined {
  if (tokens[i - 1]?.text === '.' && adjacent(tokens[i - 2], tokens[i - 1])) {
    const marked = markBefore(tokens, i - 1);
    if (marked) return { ...marked, end: i };
  }
  return markBefore(tokens, i);
}

/**
 * Where the number after a currency mark at token `i` starts ("US$ 5", "Rs. 86", "US$. 595,857"):
 * after the mark's sign and a stop, else -1.
 */
export function amountAfterMark(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'num') return k;
    if (t.kind !== 'sym' && t.text !== '.') return -1;
  }
  return -1;
}

function markBefore(tokens: readonly Token[], i: number): UnitMatch | undefined {
  const t = tokens[i - 1];
  if (!t) return undefined;
  if (t.kind === 'sym' && t.text !== '%') {
    const unit = CURRENCY_SYMBOLS.get(t.text);
    if (!unit) return undefined;
    const prefix = tokens[i - 2];
    if (t.text === '$' && prefix && prefix.kind === 'word' && adjacent(prefix, t)) {
      const code = DOLLAR_PREFIXES.get(prefix.text.toLowerCase());
      if (code) return { unit: code, start: i - 2, end: i };
    }
    // "AUD $2 million", "CAD $3 million": a dollar's code before the sign
    if (t.text === '$' && prefix?.kind === 'word' && /^[A-Z]{2}D$/.test(prefix.text) && CURRENCY_CODES.has(prefix.text)) return { unit: prefix.text, start: i - 2, end: i };
    return { unit, start: i - 1, end: i };
  }
  if (t.kind === 'word' && CURRENCY_CODES.has(t.text)) return { unit: t.text, start: i - 1, end: i };
  if (t.kind === 'word' && RUPEE_MARKS.has(t.text)) return { unit: 'INR', start: i - 1, end: i };
  return undefined;
}

/** "m"/"bn" written straight after a money amount ("$2.1m"): the multiplier and the tokens it takes. */
export function moneySuffixAt(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !adjacent(tokens[i - 1], t)) return undefined;
  return MONEY_SUFFIX_MAGNITUDES.get(t.lower);
}

/** A scale letter after a number and before its currency: "35M EUR", "30 M EUR", "2 bn euros". */
export function scaleBeforeCurrency(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const scale = MONEY_SUFFIX_MAGNITUDES.get(t.lower);
  if (scale === undefined) return undefined;
  const currency = unitAt(tokens, i + 1);
  return currency && isMoney(currency.unit) ? scale : undefined;
}

/** "175.903", "3.500": one dot before three digits, which may group thousands (in money, in counts). */
const DOT_THOUSANDS = /^\d{1,3}\.\d{3}$/;

/** Whether a numeral is written "175.903": digits, one dot, three digits. */
export function dotBeforeThreeDigits(text: string): boolean {
  return DOT_THOUSANDS.test(text);
}
/** Currencies whose amounts do have three decimals (fils, baisa, millimes). */
const THREE_DECIMAL_CURRENCIES = new Set(['KWD', 'BHD', 'OMR', 'JOD', 'TND', 'LYD', 'IQD']);

/** The value of a numeral written after a currency with no scale word, when it reads otherwise than as a plain number ("USD 175.903" is 175,903). */
export function moneyNumeral(text: string, currency: string): number | undefined {
  return dotBeforeThreeDigits(text) && !THREE_DECIMAL_CURRENCIES.has(currency) ? Number(text.replace('.', '')) : undefined;
}
