/**
 * Quotes: the sentence a fact rests on, or for long sentences the clause around it,
 * always cut verbatim from the original text.
 */
import type { CleanText } from './layout/markup.js';
import { originalSlice } from './layout/markup.js';

/** Sentences up to this many view characters are quoted whole. */
export const WHOLE_SENTENCE = 600;
/** How far a clause may reach either side of the fact in a long sentence. */
const REACH = 280;
const MAX_QUOTE = 4000;
/** The schema's limit on a quote. */
const MAX_ORIGINAL = 5000;

/**
 * "**Survey and clearance** – completing …": when the view dropped an emphasis marker just
 * before or after the quote while the quote keeps its partner, take the marker in too.
 */
function balancedEmphasis(clean: CleanText, quote: string, from: number, to: number): string {
  const marks = (text: string): number => (text.match(/\*\*|__/g) ?? []).length;
  if (marks(quote) % 2 === 0) return quote;
  const original = clean.original;
  const before = original.slice(Math.max(0, from - 2), from);
  if (before === '**' || before === '__') return original.slice(from - 2, to);
  const after = original.slice(to, to + 2);
  if (after === '**' || after === '__') return original.slice(from, to + 2);
  return quote;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

function isClauseBreak(c: string): boolean {
  return c === ',' || c === ';' || c === ':' || c === '\u2014' || c === '\n' || c === '.';
}

/**
 * The verbatim quote for a fact at view span `[focusStart, focusEnd)` inside the sentence
 * `[start, end)`. Never empty when the sentence has text.
 */
export function quoteFor(clean: CleanText, start: number, end: number, focusStart = start, focusEnd = end): string {
  let s = start;
  let e = end;
  if (e - s > WHOLE_SENTENCE) {
    const fs = Math.max(start, Math.min(focusStart, end));
    const fe = Math.max(fs, Math.min(focusEnd, end));
    s = Math.max(start, fs - REACH);
    for (let k = fs - 1; k >= Math.max(start, fs - REACH); k--) {
      if (isClauseBreak(clean.text[k]!)) {
        s = k + 1;
        break;
      }
    }
    e = Math.min(end, fe + REACH);
    for (let k = fe; k < Math.min(end, fe + REACH); k++) {
      if (isClauseBreak(clean.text[k]!)) {
        e = k;
        break;
      }
    }
    if (e - s > MAX_QUOTE) e = s + MAX_QUOTE;
  }
  while (s < e && isSpace(clean.text.charCodeAt(s))) s++;
  while (e > s && isSpace(clean.text.charCodeAt(e - 1))) e--;
  if (e <= s) return originalSlice(clean, start, end).trim();
  // Keep surrogate pairs whole.
  if (e < clean.text.length) {
    const last = clean.text.charCodeAt(e - 1);
    if (last >= 0xd800 && last <= 0xdbff) e++;
  }
  const first = clean.text.charCodeAt(s);
  if (first >= 0xdc00 && first <= 0xdfff && s > start) s--;
  let quote = balancedEmphasis(clean, originalSlice(clean, s, e), clean.map[s]!, clean.mapEnd[e - 1]!);
  // Markup inside the span can make the original far longer than the view: shrink to fit.
  while (quote.length > MAX_ORIGINAL && e - s > 1) {
    e = s + Math.max(1, Math.floor((e - s) / 2));
    quote = originalSlice(clean, s, e).trimEnd();
  }
  return quote;
}
