import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, START, type Diagnostic } from '../diagnostics/diagnostic.js';
import { extractCorpus } from '../extract/index.js';
import { mergeIntoExisting, type Change } from '../drafts/merge.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { KnowledgeBase, LoadedRecord, SourceDocument } from '../model/knowledge-base.js';
import { citedSourceIds } from '../model/record-paths.js';
import { RECORD_TYPES, typeInfo } from '../model/record-types.js';
import type { AnyRecord, RecordType, SourceQuote } from '../model/records.js';
import { DATA_DIR, loadRecords } from '../records/load-records.js';
import type { SchemaSet } from '../records/schemas.js';
import { addToRecordYaml, recordToYaml } from '../records/write-record.js';
import { readSources } from '../sources/read-sources.js';
import { documentHash, documentsToExtract, readExtractState, writeExtractState, type ExtractState } from './extract-state.js';
import { withoutDeletedAndDangling, withoutRejected, type ExistingRecord } from './extract-filter.js';

/** One data file extraction would write. */
export interface PlannedWrite {
  kind: 'add' | 'update';
  type: RecordType;
  id: string;
  /** The documents the change draws on. */
  from: string[];
  /** Path relative to the root. */
  file: string;
  content: string;
}

export interface ExtractionPlan {
  /** The documents extracted. */
  documents: SourceDocument[];
  /** What was extracted before (`data/extracted.yaml`). */
  state: ExtractState;
  writes: PlannedWrite[];
  diagnostics: Diagnostic[];
  /** Counts per type. */
  counts: Record<RecordType, { added: number; updated: number }>;
}

export type DocumentSelection = { kind: 'all' } | { kind: 'files'; files: string[] } | { kind: 'new-or-changed' };

/**
 * Works out what extraction would write into `data/`, writing nothing: new draft records,
 * and sources and aliases added to existing draft records. Reviewed records are never
 * changed; a draft record's file is edited in place, keeping what a person wrote in it.
 */
export async function planExtraction(root: string, schemas: SchemaSet, selection: DocumentSelection, loaded?: KnowledgeBase): Promise<ExtractionPlan> {
  const counts = Object.fromEntries(RECORD_TYPES.map((t) => [t.type, { added: 0, updated: 0 }])) as ExtractionPlan['counts'];
  const read = loaded ? { sources: loaded.sources, records: existingOf(loaded), diagnostics: [] } : await readCorpus(root, schemas);
  const { sources, records } = read;
  const { state, diagnostics: stateProblems } = await readExtractState(root);
  const diagnostics = [...read.diagnostics, ...stateProblems];
  // Merging into records that could not be read could duplicate them: fix the data first.
  if (diagnostics.length > 0) return { documents: [], state, writes: [], diagnostics, counts };
  const documents = selectDocuments(root, sources, records, selection, state, diagnostics);
  if (documents.length === 0) return { documents, state, writes: [], diagnostics, counts };
  const drafts = withoutRejected(extractCorpus(documents.map((d) => ({ id: d.id, text: d.text, bodyOffset: d.bodyOffset, title: d.title, date: d.date }))), records);
  // Rejected records take part in the merge, so that a draft matching one (by name, alias or amount) is left out like one matching a reviewed record.
  const existing = Object.fromEntries(RECORD_TYPES.map((t) => [t.type, records.filter((r) => r.type === t.type).map((r) => r.value as unknown as AnyRecord)])) as Record<RecordType, AnyRecord[]>;
  const changes = withoutDeletedAndDangling(mergeIntoExisting(existing, drafts).changes, records, state);
  const fileOf = new Map(records.map((r) => [`${r.type}:${String(r.value.id)}`, r]));
  const writes: PlannedWrite[] = [];
  for (const change of changes) {
    const write = await planWrite(root, change, fileOf, schemas, diagnostics);
    if (!write) continue;
    writes.push(write);
    counts[write.type][write.kind === 'add' ? 'added' : 'updated']++;
  }
  writes.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { documents, state, writes, diagnostics, counts };
}

async function readCorpus(root: string, schemas: SchemaSet): Promise<{ sources: SourceDocument[]; records: ExistingRecord[]; diagnostics: Diagnostic[] }> {
  const [sources, records] = await Promise.all([readSources(root, schemas), loadRecords(root, schemas)]);
  const diagnostics = [...sources.diagnostics, ...records.diagnostics].filter((d) => d.severity === 'error');
  return { sources: sources.sources, records: records.records.map((r) => ({ type: r.type, file: r.file, value: { id: r.stem, ...r.value } })), diagnostics };
}

function existingOf(kb: KnowledgeBase): ExistingRecord[] {
  const all = [...RECORD_TYPES.flatMap((t) => kb.records[t.type] as LoadedRecord[]), ...(kb.rejected ?? [])];
  return all.map((r) => ({ type: r.type, file: r.file, value: r.record as unknown as Record<string, unknown> }));
}

function selectDocuments(root: string, sources: SourceDocument[], records: ExistingRecord[], selection: DocumentSelection, state: ExtractState, diagnostics: Diagnostic[]): SourceDocument[] {
  if (selection.kind === 'all') return sources;
  if (selection.kind === 'files') {
    const wanted: SourceDocument[] = [];
    for (const file of selection.files) {
      const rel = path.relative(root, path.resolve(root, file)).split(path.sep).join('/');
      const stem = path.basename(file, path.extname(file));
      const found = sources.find((s) => s.file === rel) ?? sources.find((s) => s.id === stem);
      if (found) wanted.push(found);
      else diagnostics.push(diagnostic(file, START, 'source/unknown', `\`${file}\` is not a readable document in seeds/.`, 'Put the document in seeds/ first (Markdown or plain text).'));
    }
    return wanted;
  }
  const cited = new Set(records.flatMap((record) => citedSourceIds(record.value)));
  return documentsToExtract(sources, cited, state);
}

async function planWrite(root: string, change: Change, fileOf: Map<string, ExistingRecord>, schemas: SchemaSet, diagnostics: Diagnostic[]): Promise<PlannedWrite | undefined> {
  const info = typeInfo(change.type);
  if (change.kind === 'add') {
    const file = `${DATA_DIR}/${info.folder}/${change.record.id}.yaml`;
    const validate = schemas.records[change.type];
    if (!validate(change.record)) {
      diagnostics.push(diagnostic(file, START, 'extract/invalid-draft', `Extraction proposed a ${change.type} that breaks its schema (${validate.errors?.[0]?.instancePath || '/'} ${validate.errors?.[0]?.message ?? ''}); it was not written.`, 'This is a bug in the extractor; please report it with the document.', 'warning'));
      return undefined;
    }
    return { kind: 'add', type: change.type, id: change.record.id, from: documentsOf(change.record.sources), file, content: recordToYaml(change.type, change.record) };
  }
  const target = fileOf.get(`${change.type}:${change.id}`);
  if (!target || target.value.status !== 'draft') return undefined; // reviewed records are never changed
  const text = await readFile(path.join(root, target.file), 'utf8');
  const content = addToRecordYaml(text, change.add);
  if (content === text) return undefined;
  return { kind: 'update', type: change.type, id: change.id, from: documentsOf(change.add.sources), file: target.file, content };
}

const documentsOf = (sources: readonly SourceQuote[]): string[] => [...new Set(sources.map((s) => s.source))].sort();

/** What `data/extracted.yaml` holds after the plan is applied: each extracted document's hash and what it proposed. */
export function stateAfter(plan: ExtractionPlan): ExtractState {
  const sources = { ...plan.state.sources };
  for (const document of plan.documents) {
    const proposed = new Set(sources[document.id]?.proposed ?? []);
    for (const write of plan.writes) if (write.from.includes(document.id)) proposed.add(`${write.type}:${write.id}`);
    sources[document.id] = { sha256: documentHash(document), proposed: [...proposed].sort() };
  }
  return { sources };
}

/** Writes the planned files, each atomically, then `data/extracted.yaml`. */
export async function applyExtraction(root: string, plan: ExtractionPlan): Promise<void> {
  for (const write of plan.writes) await writeFileAtomic(path.join(root, write.file), write.content);
  if (plan.documents.length > 0) await writeExtractState(root, stateAfter(plan));
}
