/**
 * CSL-JSON (the bibliography format Zotero, pandoc and citeproc read) with the source
 * documents as the works: one item per document, whatever the number of records cited
 * from it, its id the source id (stable, and a valid pandoc citation key), and in its
 * `note` the records it supports with their quotes (a draft marked as such).
 */
import type { SourceDocument } from '../../model/knowledge-base.js';
import type { SourceQuote, Status } from '../../model/records.js';
import { citedQuote, citedLocation } from './cited-quote.js';
import type { BundleContext } from '../context.js';
import { dateParts } from '../words/dates.js';
import { isWebUrl } from '../links.js';
import { oneLine } from '../words/phrase.js';
import { sourceInfo } from '../words/source-info.js';

/** The CSL type and genre for each source kind; anything else is an `article`. */
const CSL_TYPES: Record<string, { type: string; genre?: string }> = {
  news: { type: 'article-newspaper' },
  speech: { type: 'speech' },
  'press-release': { type: 'report', genre: 'Press release' },
  report: { type: 'report' },
  statement: { type: 'report', genre: 'Statement' },
};

export type CslItem = Record<string, unknown>;

/** A record being cited: its reference, its status and the quotes it rests on. */
export interface CitedRecord {
  ref: string;
  status: Status;
  support: readonly SourceQuote[];
}

/** The work a document is, without the note. */
function cslWork(source: SourceDocument): CslItem {
  const info = sourceInfo(source);
  const kind = CSL_TYPES[source.meta.kind ?? ''] ?? { type: 'article' };
  const item: CslItem = { id: source.id, type: kind.type, title: info.title };
  if (kind.genre) item.genre = kind.genre;
  if (info.publisher) {
    item.publisher = info.publisher;
    if (kind.type === 'article-newspaper') item['container-title'] = info.publisher;
  }
  const parts = source.date === undefined ? undefined : dateParts(source.date);
  if (parts) item.issued = { 'date-parts': [parts] };
  if (info.url && isWebUrl(info.url)) item.URL = info.url;
  if (source.meta.language) item.language = source.meta.language;
  return item;
}

/**
 * One item per document the records rest on (in source id order), or per document of the
 * knowledge base with `everySource`; each note names the records and their quotes.
 */
export function cslLibrary(ctx: BundleContext, records: readonly CitedRecord[], options: { everySource?: boolean } = {}): CslItem[] {
  const bySource = new Map<string, string[]>();
  if (options.everySource) for (const source of ctx.sources) bySource.set(source.id, []);
  for (const record of records) {
    const entries = new Map<string, SourceQuote[]>();
    for (const entry of record.support) entries.set(entry.source, [...(entries.get(entry.source) ?? []), entry]);
    for (const [id, quotes] of entries) {
      const marker = record.status === 'draft' ? ' (draft, not yet reviewed)' : '';
      const cited = quotes.map((entry) => `“${oneLine(entry.quote)}” (${citedLocation(citedQuote(ctx, entry))})`).join('; ');
      bySource.set(id, [...(bySource.get(id) ?? []), `${record.ref}${marker}: ${cited}`]);
    }
  }
  const items: CslItem[] = [];
  for (const id of [...bySource.keys()].sort()) {
    const source = ctx.source(id);
    if (!source) continue;
    const notes = bySource.get(id)!;
    const item = cslWork(source);
    if (notes.length > 0) item.note = `Quoted in support of (demine) ${notes.join(' | ')}`;
    items.push(item);
  }
  return items;
}
