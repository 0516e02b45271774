/** Helpers for ranges of figures: the second number of a range, and a number's value without its scale word. */
import type { Token } from '../text/tokens.js';
import { readNumber, type NumberMatch } from '../text/numbers.js';
import { currencyBefore } from './units.js';

/** A second number after "to", "-", "–" or "and" (after "between"), sharing magnitude and unit. */
export function rangeEnd(tokens: readonly Token[], at: number, between: boolean): { number: NumberMatch; currency?: string; next: number } | undefined {
  const link = tokens[at];
  if (!link) return undefined;
  const ok = between ? link.lower === 'and' : link.lower === 'to' || link.text === '-' || link.text === '\u2013';
  if (!ok) return undefined;
  let k = at + 1;
  const currency = currencyBefore(tokens, k + 1);
  let unitFromPrefix: string | undefined;
  if (currency && currency.start === k) {
    unitFromPrefix = currency.unit;
    k = currency.end;
  }
  const number = readNumber(tokens, k);
  if (!number) return undefined;
  const out: { number: NumberMatch; currency?: string; next: number } = { number, next: number.end };
  if (unitFromPrefix) out.currency = unitFromPrefix;
  return out;
}

/** The value of a number match without its magnitude word ("6 million" → 6). */
export function valueWithoutMagnitude(tokens: readonly Token[], n: NumberMatch): number {
  const first = tokens[n.start]!;
  if (first.kind === 'num') {
    const v = Number(first.text.replace(/,/g, ''));
    return Number.isFinite(v) && v !== 0 ? v : n.value;
  }
  return n.value;
}
