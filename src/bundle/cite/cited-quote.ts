/**
 * One source entry of a record made ready to cite: the document's title, publisher and
 * date, the quote on one line, the file and the line the quote starts on. Footnotes,
 * `demine cite` and `demine show` all word their sources from this.
 */
import type { SourceDocument } from '../../model/knowledge-base.js';
import type { SourceQuote } from '../../model/records.js';
import type { BundleContext } from '../context.js';
import { oneLine } from '../words/phrase.js';
import { fileAndLine, publishedLine, sourceInfo, type SourceInfo } from '../words/source-info.js';

export interface CitedQuote {
  entry: SourceQuote;
  /** Undefined when the source document is not in the knowledge base. */
  source?: SourceDocument;
  info?: SourceInfo;
  /** The quote with whitespace runs folded to single spaces. */
  quote: string;
  line?: number;
}

export function citedQuote(ctx: BundleContext, entry: SourceQuote): CitedQuote {
  const source = ctx.source(entry.source);
  const cited: CitedQuote = { entry, quote: oneLine(entry.quote) };
  if (!source) return cited;
  cited.source = source;
  cited.info = sourceInfo(source);
  const line = ctx.quoteLines.lineOf(source.id, entry.quote);
  if (line !== undefined) cited.line = line;
  return cited;
}

/** `Title, Publisher, 6 July 2024`. */
export function sourceHeading(cited: CitedQuote): string {
  return cited.info ? `${cited.info.title}, ${publishedLine(cited.info)}` : `${cited.entry.source} (source not found)`;
}

/** `seeds/x.md:12`. */
export function citedLocation(cited: CitedQuote): string {
  return cited.info ? fileAndLine(cited.info.file, cited.line) : cited.entry.source;
}

/** Numbers each distinct (source, quote) pair in order of first use, for footnotes and `[n]` marks. */
export class QuoteNumbering {
  private readonly numbers = new Map<string, number>();
  readonly entries: SourceQuote[] = [];

  /** The numbers of these quotes, each once, numbering new ones. */
  numbersFor(support: readonly SourceQuote[]): number[] {
    const out: number[] = [];
    for (const entry of support) {
      const key = `${entry.source}\u0000${oneLine(entry.quote)}`;
      let n = this.numbers.get(key);
      if (n === undefined) {
        this.entries.push(entry);
        n = this.entries.length;
        this.numbers.set(key, n);
      }
      if (!out.includes(n)) out.push(n);
    }
    return out;
  }
}
