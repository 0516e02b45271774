/**
 * CSL-JSON items (the bibliography format Zotero, pandoc and citeproc read) for the
 * documents a record rests on: one item per document, its quotes and the record's
 * reference in `note`.
 */
import type { SourceDocument } from '../model/knowledge-base.js';
import type { SourceQuote } from '../model/records.js';
import { citedQuote, citedLocation } from './cited-quote.js';
import type { BundleContext } from './context.js';
import { dateParts } from './dates.js';
import { isWebUrl } from './links.js';
import { oneLine } from './phrase.js';
import { sourceInfo } from './source-info.js';
import { DRAFT_NOTE } from './fact-sheet.js';

/** The CSL type and genre for each source kind; anything else is an `article`. */
const CSL_TYPES: Record<string, { type: string; genre?: string }> = {
  news: { type: 'article-newspaper' },
  speech: { type: 'speech' },
  'press-release': { type: 'report', genre: 'Press release' },
  report: { type: 'report' },
  statement: { type: 'report', genre: 'Statement' },
};

export type CslItem = Record<string, unknown>;

/** A CSL id that is also a valid pandoc citation key: `<source id>-<record type>-<record id>`. */
function cslId(source: SourceDocument, ref: string): string {
  return `${source.id}-${ref.replace(':', '-')}`;
}

/** `draft`: the record is a machine draft, which each item's note says first. */
export function cslItems(ctx: BundleContext, ref: string, support: readonly SourceQuote[], draft = false): CslItem[] {
  const bySource = new Map<string, SourceQuote[]>();
  for (const entry of support) bySource.set(entry.source, [...(bySource.get(entry.source) ?? []), entry]);
  const items: CslItem[] = [];
  for (const [id, entries] of bySource) {
    const source = ctx.source(id);
    if (!source) continue;
    const info = sourceInfo(source);
    const kind = CSL_TYPES[source.meta.kind ?? ''] ?? { type: 'article' };
    const item: CslItem = { id: cslId(source, ref), type: kind.type, title: info.title };
    if (kind.genre) item.genre = kind.genre;
    if (info.publisher) {
      item.publisher = info.publisher;
      if (kind.type === 'article-newspaper') item['container-title'] = info.publisher;
    }
    const parts = source.date === undefined ? undefined : dateParts(source.date);
    if (parts) item.issued = { 'date-parts': [parts] };
    if (info.url && isWebUrl(info.url)) item.URL = info.url;
    if (source.meta.language) item.language = source.meta.language;
    const quotes = entries.map((entry) => {
      const cited = citedQuote(ctx, entry);
      return `“${oneLine(entry.quote)}” (${citedLocation(cited)})`;
    });
    item.note = `${draft ? `${DRAFT_NOTE} ` : ''}Quoted in support of ${ref} (demine): ${quotes.join('; ')}`;
    items.push(item);
  }
  return items;
}
