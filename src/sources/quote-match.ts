import { firstOccurrences } from './multi-search.js';

/**
 * Finding a quote in its document. Only whitespace runs, typographic quote marks and
 * dash variants are normalised; everything else must match exactly.
 */

const QUOTE_MARKS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u0060': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

/** The characters JavaScript's `\s` matches, tested by code without a regular expression per character. */
function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Text with whitespace runs folded to one space and quote/dash variants mapped to ASCII, with a map back to offsets in the original. */
export interface NormalisedText {
  text: string;
  /** `offsets[i]` is the offset in the original text of normalised character `i`. */
  offsets: number[];
}

export function normaliseForQuotes(original: string, keepOffsets = true): NormalisedText {
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (isSpace(code)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (text.length > 0) {
        text += ' ';
        if (keepOffsets) offsets.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    const ch = original[i]!;
    text += code < 0x60 ? ch : (QUOTE_MARKS[ch] ?? ch);
    if (keepOffsets) offsets.push(i);
  }
  return { text, offsets };
}

/** Normalised form of a quote, for comparison against a normalised document. */
export function normaliseQuote(quote: string): string {
  return normaliseForQuotes(quote, false).text;
}

export interface QuoteLocation {
  /** Offset of the quote's first character in the original text. */
  start: number;
  /** Offset just past the quote's last character in the original text. */
  end: number;
}

/**
 * A document prepared once for many quote look-ups; the normalised text is built only when
 * an exact match fails. `prime` finds many quotes at once, in time linear in the document
 * (plus the quotes): a long document with thousands of quotes is scanned twice, not once per quote.
 */
export class QuoteIndex {
  private normalisedText?: NormalisedText;
  private readonly located = new Map<string, QuoteLocation | undefined>();

  constructor(readonly original: string) {}

  private get normalised(): NormalisedText {
    return (this.normalisedText ??= normaliseForQuotes(this.original));
  }

  /** Finds every one of `quotes` in two passes (exact, then normalised); later `find`/`has` calls are look-ups. */
  prime(quotes: Iterable<string>): void {
    const wanted = [...new Set(quotes)].filter((q) => !this.located.has(q));
    if (wanted.length === 0) return;
    const exact = firstOccurrences(this.original, wanted.map((q) => q.trim()));
    const missing: string[] = [];
    wanted.forEach((quote, i) => {
      const at = exact[i]!;
      if (at >= 0 && quote.trim() !== '') this.located.set(quote, { start: at, end: at + quote.trim().length });
      else missing.push(quote);
    });
    if (missing.length === 0) return;
    const needles = missing.map(normaliseQuote);
    const loose = firstOccurrences(this.normalised.text, needles);
    missing.forEach((quote, i) => this.located.set(quote, this.fromNormalised(loose[i]!, needles[i]!)));
  }

  find(quote: string): QuoteLocation | undefined {
    if (this.located.has(quote)) return this.located.get(quote);
    const exact = quote.trim() === '' ? -1 : searchText(this.original, quote.trim());
    if (exact >= 0) return { start: exact, end: exact + quote.trim().length };
    const needle = normaliseQuote(quote);
    return this.fromNormalised(needle === '' ? -1 : searchText(this.normalised.text, needle), needle);
  }

  has(quote: string): boolean {
    return this.find(quote) !== undefined;
  }

  private fromNormalised(at: number, needle: string): QuoteLocation | undefined {
    if (at < 0 || needle === '') return undefined;
    const offsets = this.normalised.offsets;
    return { start: offsets[at]!, end: offsets[at + needle.length - 1]! + 1 };
  }
}

/**
 * Where `needle` first occurs in `text`, or -1. `indexOf` is fastest, but its worst case is
 * the product of the two lengths (a long quote against a long, repetitive document takes
 * minutes); past a budget, the one-pass search of `multi-search.ts`, which is linear.
 */
export function searchText(text: string, needle: string): number {
  if (text.length * needle.length <= 50_000_000) return text.indexOf(needle);
  return firstOccurrences(text, [needle])[0]!;
}

/** 1-based line of an offset in a text. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
