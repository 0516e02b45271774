import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SourceDocument } from '../../model/knowledge-base.js';
import { ID_PATTERN } from '../../model/record-types.js';
import type { RecordType } from '../../model/records.js';
import { QuoteIndex } from '../../sources/quote-match.js';
import type { ParsedRecord } from '../load-records.js';
import type { QuoteMemo } from '../parse-memo.js';

/** What every integrity check sees: all parsed records and all sources, indexed once. */
export class CheckContext {
  readonly byType = new Map<RecordType, Map<string, ParsedRecord>>();
  readonly sources = new Map<string, SourceDocument>();
  private readonly quoteIndexes = new Map<string, QuoteIndex>();

  /**
   * @param unreadable `<type>:<stem>` of record files that exist but could not be parsed;
   *   they are already reported, so references to them are not reported again.
   * @param unreadableSources the same for documents in `seeds/` (by source id), or `all`
   *   when `seeds/` itself could not be listed.
   */
  constructor(
    readonly records: readonly ParsedRecord[],
    sources: readonly SourceDocument[],
    readonly unreadable: ReadonlySet<string> = new Set(),
    readonly unreadableSources: ReadonlySet<string> | 'all' = new Set(),
    private readonly quoteMemo?: QuoteMemo,
  ) {
    for (const record of records) {
      // An id of the wrong form is reported by the schema; references still find the record by its file name.
      const id = typeof record.value.id === 'string' && ID_PATTERN.test(record.value.id) ? record.value.id : record.stem;
      let ofType = this.byType.get(record.type);
      if (!ofType) this.byType.set(record.type, (ofType = new Map()));
      if (!ofType.has(id)) ofType.set(id, record);
    }
    for (const source of sources) this.sources.set(source.id, source);
  }

  /** Whether a source exists but could not be read (so it was reported already). */
  sourceUnreadable(sourceId: string): boolean {
    return this.unreadableSources === 'all' || (!this.sources.has(sourceId) && this.unreadableSources.has(sourceId));
  }

  /** Whether an earlier check found `quote` in the source as it is now (see `QuoteMemo`). */
  quoteKnown(sourceId: string, quote: string): boolean {
    const source = this.sources.get(sourceId);
    return source !== undefined && this.quoteMemo?.known(source.file, quote) === true;
  }

  /** Tells the memo, if any, that `quote` occurs in the source as it is now. */
  quoteFound(sourceId: string, quote: string): void {
    const source = this.sources.get(sourceId);
    if (source) this.quoteMemo?.found(source.file, quote);
  }

  /** The quote index of a source's body, built on first use. */
  quotes(sourceId: string): QuoteIndex | undefined {
    let index = this.quoteIndexes.get(sourceId);
    if (!index) {
      const source = this.sources.get(sourceId);
      if (!source) return undefined;
      index = new QuoteIndex(source.text.slice(source.bodyOffset));
      this.quoteIndexes.set(sourceId, index);
    }
    return index;
  }
}

/** An integrity check: one concern, all records at once. */
export type Check = (context: CheckContext) => Diagnostic[];
