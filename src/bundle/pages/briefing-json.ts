/**
 * `briefing.json`: the whole knowledge base for other tools. Field names are the
 * record model's; references become plain ids (a field that may point at more than one
 * type, like `about`, gets a sibling `<field>_type`); each source entry gets the `line`
 * its quote starts on; each type adds its derived fields (an initiative's `pillars`).
 */
import type { SourceDocument } from '../../model/knowledge-base.js';
import type { AnyRecord, RecordType } from '../../model/records.js';
import { RECORD_KEYS } from '../../model/records.js';
import { RECORD_TYPES, parseRef, typeInfo } from '../../model/record-types.js';
import type { BundleContext } from '../context.js';
import { derivedFields } from '../views/record-renderers.js';
import { rewriteRefsAt } from '../ref-paths.js';

export const BRIEFING_SCHEMA_VERSION = 1;

const SOURCE_FIELDS = ['publisher', 'kind', 'language', 'url'] as const;

export function sourceJson(source: SourceDocument): Record<string, string> {
  const out: Record<string, string> = { id: source.id, file: source.file };
  if (source.title !== undefined) out.title = source.title;
  if (source.date !== undefined) out.date = source.date;
  for (const field of SOURCE_FIELDS) {
    const value = source.meta[field];
    if (value !== undefined) out[field] = value;
  }
  return out;
}

const idOf = (ref: string): string => parseRef(ref)?.id ?? ref;
const typeOf = (ref: string): string => parseRef(ref)?.type ?? '';

/** One record as plain JSON, keys in the model's order: `id`, the record's fields, derived fields, `status`, `sources`. */
export function recordJson(type: RecordType, record: AnyRecord, ctx: BundleContext): Record<string, unknown> {
  const copy = structuredClone(record) as unknown as Record<string, unknown>;
  for (const { path, to } of typeInfo(type).refs) {
    rewriteRefsAt(copy, path, idOf, to.length > 1 ? { key: (field) => `${field}_type`, value: typeOf } : undefined);
  }
  const out: Record<string, unknown> = { id: record.id };
  for (const key of RECORD_KEYS[type]) {
    if (key === 'id' || key === 'status' || key === 'sources' || copy[key] === undefined) continue;
    out[key] = copy[key];
    if (copy[`${key}_type`] !== undefined) out[`${key}_type`] = copy[`${key}_type`];
  }
  Object.assign(out, derivedFields(type, record, ctx));
  out.status = record.status;
  out.sources = record.sources.map((entry) => {
    const line = ctx.quoteLines.lineOf(entry.source, entry.quote);
    return line === undefined ? { source: entry.source, quote: entry.quote } : { source: entry.source, quote: entry.quote, line };
  });
  return out;
}

export function briefingJson(ctx: BundleContext): Record<string, unknown> {
  const out: Record<string, unknown> = { schemaVersion: BRIEFING_SCHEMA_VERSION, sources: ctx.sources.map(sourceJson) };
  for (const info of RECORD_TYPES) {
    out[info.plural] = ctx.records[info.type].map((record) => recordJson(info.type, record, ctx));
  }
  return out;
}

/**
 * `briefing.json` is written in parts that an incremental build can reuse one by one: the head
 * (schema version and sources) and one text per record, each exactly as it stands in
 * `JSON.stringify(briefingJson(ctx), null, 2)` (a test holds the two equal).
 */
export function briefingHead(ctx: BundleContext): string {
  return JSON.stringify({ schemaVersion: BRIEFING_SCHEMA_VERSION, sources: ctx.sources.map(sourceJson) }, null, 2);
}

const FRAGMENT_INDENT = '    ';

/** One record's text in `briefing.json`, indented as an item of its type's list (JSON strings hold no raw line breaks). */
export function recordFragment(type: RecordType, record: AnyRecord, ctx: BundleContext): string {
  // split/join, not replaceAll: the result is one flat string, not a chain of a few dozen pieces held until the file is written.
  return FRAGMENT_INDENT + JSON.stringify(recordJson(type, record, ctx), null, 2).split('\n').join(`\n${FRAGMENT_INDENT}`);
}

/** The whole file from its parts; `onFragment` learns where each record's text starts in it. */
export function assembleBriefing(head: string, fragments: (type: RecordType) => readonly string[], onFragment?: (type: RecordType, index: number, start: number, end: number) => void): string {
  // Pieces joined once at the end (one flat string) rather than appended one by one.
  const pieces = [head.slice(0, -2)]; // without the closing "\n}"
  let length = pieces[0]!.length;
  const add = (piece: string): void => {
    pieces.push(piece);
    length += piece.length;
  };
  for (const info of RECORD_TYPES) {
    const parts = fragments(info.type);
    add(`,\n  ${JSON.stringify(info.plural)}: `);
    if (parts.length === 0) {
      add('[]');
      continue;
    }
    add('[\n');
    parts.forEach((part, i) => {
      if (i > 0) add(',\n');
      onFragment?.(info.type, i, length, length + part.length);
      add(part);
    });
    add('\n  ]');
  }
  add('\n}\n');
  return pieces.join('');
}

export function renderBriefingJson(ctx: BundleContext): string {
  return assembleBriefing(briefingHead(ctx), (type) => ctx.records[type].map((record) => recordFragment(type, record, ctx)));
}
