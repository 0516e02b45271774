/**
 * Where a quote starts in its source file, as a 1-based line for `#L<n>` links. Each
 * source is indexed once, on first use, however many quotes point into it.
 */
import type { SourceDocument } from '../../model/knowledge-base.js';
import type { SourceQuote } from '../../model/records.js';
import { QuoteIndex } from '../../sources/quote-match.js';

interface IndexedSource {
  quotes: QuoteIndex;
  /** Offsets at which each line starts; `lineStarts[0]` is 0. */
  lineStarts: number[];
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line holding `offset`, by binary search over line starts. */
function lineAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Every cited quote's line, keyed `<source id>\u0000<quote>` (undefined: the source or the quote is not found). */
export type QuoteLineTable = ReadonlyMap<string, number | undefined>;

const lineKey = (sourceId: string, quote: string): string => `${sourceId}\u0000${quote}`;

export class QuoteLines {
  private readonly byId: Map<string, SourceDocument>;
  private readonly indexed = new Map<string, IndexedSource>();
  private readonly lines = new Map<string, number | undefined>();

  /** Quotes by source id: each source is searched once for all of them (linear in its length), when first used. */
  private readonly quotesOf = new Map<string, string[]>();

  constructor(sources: readonly SourceDocument[], cited: readonly SourceQuote[] = []) {
    this.byId = new Map(sources.map((s) => [s.id, s]));
    for (const { source, quote } of cited) {
      const list = this.quotesOf.get(source);
      if (list) list.push(quote);
      else this.quotesOf.set(source, [quote]);
    }
  }

  /**
   * Lines looked up in `table` only, with no source text at hand: a render worker is sent this
   * instead of the sources' texts. A quote missing from it is an internal error, never a guess.
   */
  static fromTable(table: QuoteLineTable): Pick<QuoteLines, 'lineOf'> {
    return {
      lineOf: (sourceId, quote) => {
        const key = lineKey(sourceId, quote);
        if (!table.has(key)) throw new Error(`internal: no line for a quote of ${sourceId} in the quote-line table`);
        return table.get(key);
      },
    };
  }

  private index(source: SourceDocument, keep = true): IndexedSource {
    let found = this.indexed.get(source.id);
    if (!found) {
      found = { quotes: new QuoteIndex(source.text), lineStarts: lineStartsOf(source.text) };
      found.quotes.prime(this.quotesOf.get(source.id) ?? []);
      if (keep) this.indexed.set(source.id, found);
    }
    return found;
  }

  /**
   * The line of every cited quote, found source by source; each source's index is let go once
   * its quotes are found (a later `lineOf` of a quote not cited indexes its source again).
   */
  table(): QuoteLineTable {
    for (const [sourceId, quotes] of this.quotesOf) {
      const source = this.byId.get(sourceId);
      const indexed = source && quotes.some((quote) => !this.lines.has(lineKey(sourceId, quote))) ? this.index(source, false) : undefined;
      for (const quote of quotes) {
        const key = lineKey(sourceId, quote);
        if (this.lines.has(key)) continue;
        const at = indexed?.quotes.find(quote);
        this.lines.set(key, at && indexed ? lineAt(indexed.lineStarts, at.start) : undefined);
      }
    }
    return this.lines;
  }

  /** The line where the quote starts in the source; undefined when the source or the quote is not found. */
  lineOf(sourceId: string, quote: string): number | undefined {
    const key = lineKey(sourceId, quote);
    if (this.lines.has(key)) return this.lines.get(key);
    const source = this.byId.get(sourceId);
    let line: number | undefined;
    if (source) {
      const indexed = this.index(source);
      const at = indexed.quotes.find(quote);
      if (at) line = lineAt(indexed.lineStarts, at.start);
    }
    this.lines.set(key, line);
    return line;
  }
}
