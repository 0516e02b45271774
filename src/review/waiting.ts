/**
 * `demine review`: the drafts waiting for a person, grouped by source document, each with
 * what it states, its quotes in their sentences (file:line), and the records it links to
 * (the reviewed ones it would join or extend). Pure: knowledge base in, data out.
 */
import { BundleContext } from '../bundle/context.js';
import { phraseText } from '../bundle/words/phrase.js';
import { viewOf } from '../bundle/views/record-renderers.js';
import type { KnowledgeBase, LoadedRecord } from '../model/knowledge-base.js';
import { valuesAt } from '../model/record-paths.js';
import { RECORD_TYPES, typeInfo } from '../model/record-types.js';
import type { RecordType, Status } from '../model/records.js';
import { quoteInContext, type QuoteInContext } from './sentence.js';

export interface WaitingQuote {
  source: string;
  /** `seeds/x.md`, when the document is in the knowledge base. */
  file?: string;
  line?: number;
  quote: string;
  /** The quote in its sentence, when found. */
  context?: QuoteInContext;
}

export interface Link {
  ref: string;
  label: string;
  status: Status;
  /** `out`: this draft refers to it (through `field`); `in`: it refers to this draft. */
  direction: 'out' | 'in';
  field: string;
}

export interface WaitingDraft {
  ref: string;
  type: RecordType;
  id: string;
  file: string;
  label: string;
  /** What the record states, in one sentence. */
  statement: string;
  quotes: WaitingQuote[];
  links: Link[];
}

export interface WaitingDocument {
  source: string;
  file?: string;
  title?: string;
  date?: string;
  drafts: WaitingDraft[];
}

export interface ReviewFilter {
  /** A source id or a path to the document. */
  source?: string;
  type?: RecordType;
}

/** A source id from an id or a path (`seeds/x.md` → `x`). */
export function sourceIdOf(name: string): string {
  return (name.split(/[\\/]/).pop() ?? name).replace(/\.(md|markdown|txt)$/i, '');
}

/**
 * The drafts waiting for review, by document (in source id order); a draft resting on
 * several documents is listed under the first one. Records within a document by type, then id.
 */
export function waitingDrafts(kb: KnowledgeBase, filter: ReviewFilter = {}): WaitingDocument[] {
  const ctx = new BundleContext(kb);
  const wantedSource = filter.source === undefined ? undefined : sourceIdOf(filter.source);
  const byDocument = new Map<string, WaitingDraft[]>();
  for (const info of RECORD_TYPES) {
    if (filter.type && filter.type !== info.type) continue;
    for (const loaded of kb.records[info.type] as LoadedRecord[]) {
      if (loaded.record.status !== 'draft') continue;
      const documents = [...new Set(loaded.record.sources.map((s) => s.source))];
      if (wantedSource !== undefined && !documents.includes(wantedSource)) continue;
      const home = wantedSource ?? documents.sort()[0]!;
      byDocument.set(home, [...(byDocument.get(home) ?? []), waitingDraft(ctx, loaded)]);
    }
  }
  return [...byDocument.keys()].sort().map((source) => {
    const doc = ctx.source(source);
    const out: WaitingDocument = { source, drafts: byDocument.get(source)! };
    if (doc) Object.assign(out, { file: doc.file, ...(doc.title !== undefined ? { title: doc.title } : {}), ...(doc.date !== undefined ? { date: doc.date } : {}) });
    return out;
  });
}

function waitingDraft(ctx: BundleContext, loaded: LoadedRecord): WaitingDraft {
  const { type, record } = loaded;
  const ref = `${type}:${record.id}`;
  const quotes = record.sources.map((entry): WaitingQuote => {
    const doc = ctx.source(entry.source);
    const out: WaitingQuote = { source: entry.source, quote: entry.quote };
    if (!doc) return out;
    out.file = doc.file;
    const line = ctx.quoteLines.lineOf(doc.id, entry.quote);
    if (line !== undefined) out.line = line;
    const context = quoteInContext(doc.text, entry.quote, doc.bodyOffset);
    if (context) out.context = context;
    return out;
  });
  return { ref, type, id: record.id, file: loaded.file, label: ctx.label(ref), statement: phraseText(viewOf(type, record, ctx).sentence), quotes, links: linksOf(ctx, type, ref, record) };
}

function linksOf(ctx: BundleContext, type: RecordType, ref: string, record: object): Link[] {
  const links: Link[] = [];
  const add = (target: string, direction: Link['direction'], field: string) => {
    const found = ctx.resolve(target);
    if (found) links.push({ ref: target, label: ctx.label(target), status: found.record.status, direction, field });
  };
  for (const field of typeInfo(type).refs) for (const { value } of valuesAt(record, field.path)) if (typeof value === 'string') add(value, 'out', field.path.replace(/\.\*/g, ''));
  for (const info of RECORD_TYPES) {
    for (const field of info.refs) for (const other of ctx.referrersOf(ref, info.type, field.path)) add(`${info.type}:${other.id}`, 'in', field.path.replace(/\.\*/g, ''));
  }
  return links;
}

/** How many drafts wait, in all. */
export function countDrafts(documents: readonly WaitingDocument[]): number {
  return documents.reduce((n, d) => n + d.drafts.length, 0);
}
