/**
 * The period a plan or programme is for, which belongs to its name: "Strategy 2023–2026",
 * "Strategy 2023–26", "Action Plan for 2023 to 2026", "… for the period 2010-2014",
 * "… (2009-2013)". Years kept in a name keep one country's or one period's plan apart from
 * another's.
 */
import type { Token } from '../../../text/tokens.js';

const DASHES = new Set(['-', '\u2013', '\u2014']);

export function isYear(t: Token | undefined): boolean {
  return t?.kind === 'num' && /^(?:19|20)\d\d$/.test(t.text);
}

/** The end of a year or a span of years at `k` ("2023", "2023-2026", "2023–26", "2023 to 2026"); `k` when none. */
export function yearSpanEnd(tokens: readonly Token[], k: number): number {
  if (!isYear(tokens[k])) return k;
  const dash = tokens[k + 1];
  const next = tokens[k + 2];
  if (dash && DASHES.has(dash.text) && next?.kind === 'num' && (isYear(next) || /^\d\d$/.test(next.text)) && next.start - tokens[k]!.end <= 3) return k + 3;
  if (dash?.lower === 'to' && isYear(next)) return k + 3;
  return k + 1;
}

/** The end of the period that follows a name ending at `e`: years, "for" years, "for the period" years, or bracketed years; `e` when none. */
export function periodEnd(tokens: readonly Token[], e: number): number {
  const t = tokens[e];
  if (!t) return e;
  if (isYear(t) && t.start - tokens[e - 1]!.end <= 1) return yearSpanEnd(tokens, e);
  if (t.lower === 'for' && !t.cap) {
    const k = tokens[e + 1]?.lower === 'the' && tokens[e + 2]?.lower === 'period' ? e + 3 : e + 1;
    const end = yearSpanEnd(tokens, k);
    return end > k ? end : e;
  }
  if (t.text === '(') {
    const end = yearSpanEnd(tokens, e + 1);
    if (end > e + 2 && tokens[end]?.text === ')') return end + 1;
  }
  return e;
}
