/** A quote shown in the sentence around it, so a reviewer can judge it in context. Pure. */
import { QuoteIndex } from '../sources/quote-match.js';

export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

/** At most this many characters of context on each side. */
const MAX_CONTEXT = 240;

/**
 * The quote as it stands in `text`, with the rest of its sentence before and after it
 * (up to the previous and next sentence end or blank line), whitespace folded.
 * Undefined when the quote does not occur.
 */
export function quoteInContext(text: string, quote: string, bodyOffset = 0): QuoteInContext | undefined {
  const found = new QuoteIndex(text).find(quote);
  if (!found) return undefined;
  // In front matter (a title), the context is the line.
  const inHeader = found.start < bodyOffset;
  let start = found.start;
  const floor = inHeader ? text.lastIndexOf('\n', found.start) + 1 : Math.max(bodyOffset, found.start - MAX_CONTEXT);
  while (start > floor && !sentenceEndsBefore(text, start)) start--;
  let end = found.end;
  const lineEnd = text.indexOf('\n', found.end);
  const ceiling = inHeader ? (lineEnd < 0 ? text.length : lineEnd) : Math.min(text.length, found.end + MAX_CONTEXT);
  while (end < ceiling && !sentenceEndsAt(text, end)) end++;
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  return { before: fold(text.slice(start, found.start)).trimStart(), quote: fold(text.slice(found.start, found.end)), after: fold(text.slice(found.end, end)).trimEnd() };
}

/** A sentence ends just before `i`: after `. ` (or `!`, `?`) or a blank line. */
function sentenceEndsBefore(text: string, i: number): boolean {
  return (/[.!?]/.test(text[i - 2] ?? '') && /\s/.test(text[i - 1] ?? '')) || (text[i - 1] === '\n' && text[i - 2] === '\n');
}

/** A sentence ends at `i`: the character before is `.`, `!` or `?` followed by space, or a blank line starts. */
function sentenceEndsAt(text: string, i: number): boolean {
  return (/[.!?]/.test(text[i - 1] ?? '') && (i >= text.length || /\s/.test(text[i]!))) || (text[i] === '\n' && text[i + 1] === '\n');
}
