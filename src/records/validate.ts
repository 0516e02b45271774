import path from 'node:path';
import { compareDiagnostics, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { KnowledgeBase, LoadedRecord, RecordsByType } from '../model/knowledge-base.js';
import { RECORD_TYPES } from '../model/record-types.js';
import type { AnyRecord } from '../model/records.js';
import { readSources } from '../sources/read-sources.js';
import { CHECKS, CheckContext } from './checks/index.js';
import { loadRecords, type ParsedRecord } from './load-records.js';
import type { ParseMemo, QuoteMemo } from './parse-memo.js';
import { loadSchemas, type SchemaSet } from './schemas.js';

export interface ValidationResult {
  /** The knowledge base; present only when there are no errors. */
  kb?: KnowledgeBase;
  diagnostics: Diagnostic[];
  /** Counts of what was read, for summaries. */
  counts: { sources: number; records: number; files: number };
  schemas?: SchemaSet;
  /** Every record file that could be parsed, rejected ones included, even when there are errors. */
  parsed?: ParsedRecord[];
  /** Re-runs the integrity checks with one record's value replaced (what accepting a tombstone would check). */
  recheck?: (record: ParsedRecord, value: Record<string, unknown>) => Diagnostic[];
}

/**
 * The whole check of a knowledge base: schemas, sources, every record file, then the
 * integrity checks across records. Every problem is reported, sorted by file and place.
 */
/** What a build remembers of earlier parses (see `ParseMemo`); validation finds the same problems with or without. */
export interface ParseMemos {
  records?: ParseMemo<Record<string, unknown>>;
  sources?: ParseMemo<unknown>;
  quotes?: QuoteMemo;
}

export async function validateKnowledgeBase(rootDir: string, onProgress?: (phase: string, done: number, total: number) => void, memos: ParseMemos = {}): Promise<ValidationResult> {
  const root = path.resolve(rootDir);
  const loaded = await loadSchemas(root);
  if (!loaded.ok) return { diagnostics: loaded.diagnostics, counts: { sources: 0, records: 0, files: 0 } };
  const schemas = loaded.schemas;
  const [sourcesResult, recordsResult] = await Promise.all([readSources(root, schemas, memos.sources), loadRecords(root, schemas, onProgress, memos.records)]);
  const context = new CheckContext(recordsResult.records, sourcesResult.sources, recordsResult.unreadable, sourcesResult.listed ? sourcesResult.unreadable : 'all', memos.quotes);
  const found = [...sourcesResult.diagnostics, ...recordsResult.diagnostics];
  for (const check of CHECKS) found.push(...check(context));
  const diagnostics = dropShadowed(found).sort(compareDiagnostics);
  const counts = { sources: sourcesResult.sources.length, records: recordsResult.records.length, files: recordsResult.records.length + sourcesResult.sources.length };
  const parsed = recordsResult.records;
  const recheck = (record: ParsedRecord, value: Record<string, unknown>): Diagnostic[] => {
    const swapped = parsed.map((r) => (r === record ? { ...r, value } : r));
    const ctx = new CheckContext(swapped, sourcesResult.sources, recordsResult.unreadable, sourcesResult.listed ? sourcesResult.unreadable : 'all');
    return CHECKS.flatMap((check) => check(ctx)).filter((d) => d.file === record.file);
  };
  if (hasErrors(diagnostics) || recordsResult.records.some((r) => !r.valid)) return { diagnostics, counts, schemas, parsed, recheck };
  const isRejected = (r: ParsedRecord) => r.value.status === 'rejected';
  const rejected = recordsResult.records.filter(isRejected).map((r) => ({ type: r.type, file: r.file, record: r.value as unknown as AnyRecord }));
  const records = groupRecords(recordsResult.records.filter((r) => !isRejected(r)));
  return { kb: { root, sources: sourcesResult.sources, records, rejected }, diagnostics, counts, schemas, parsed, recheck };
}

/**
 * One problem, one message: where an integrity rule and a schema rule blame the same value
 * (NaN is also "not a number"; `initiative:x` in `leads` also breaks the actor-reference
 * pattern), keep the integrity rule, whose message is the more specific.
 */
function dropShadowed(diagnostics: Diagnostic[]): Diagnostic[] {
  const at = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}`;
  const specific = new Set(diagnostics.filter((d) => !d.rule.startsWith('schema/')).map(at));
  return diagnostics.filter((d) => !d.rule.startsWith('schema/') || !specific.has(at(d)));
}

function groupRecords(records: readonly ParsedRecord[]): RecordsByType {
  const grouped = Object.fromEntries(RECORD_TYPES.map((t) => [t.type, [] as LoadedRecord[]])) as unknown as RecordsByType;
  for (const record of records) {
    (grouped[record.type] as LoadedRecord[]).push({ type: record.type, file: record.file, record: record.value as unknown as AnyRecord });
  }
  for (const list of Object.values(grouped) as LoadedRecord[][]) list.sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
  return grouped;
}
