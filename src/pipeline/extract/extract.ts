import { lstatSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, hasErrors, START, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { extractCorpus } from '../../extract/index.js';
import { mergeIntoExisting, type Change } from '../../drafts/merge.js';
import type { KnowledgeBase, LoadedRecord, SourceDocument } from '../../model/knowledge-base.js';
import { citedSourceIds } from '../../model/record-paths.js';
import { RECORD_TYPES, typeInfo } from '../../model/record-types.js';
import type { AnyRecord, RecordType, SourceQuote } from '../../model/records.js';
import { DATA_DIR, loadRecords } from '../../records/load-records.js';
import type { SchemaSet } from '../../records/schemas.js';
import { parseRecordYaml } from '../../records/parse-yaml.js';
import { addToRecordYaml, recordToYaml } from '../../records/write-record.js';
import { readSources } from '../../sources/read-sources.js';
import { checkIds } from '../../records/checks/ids.js';
import { CheckContext } from '../../records/checks/index.js';
import { SEEDS_DIR } from '../../model/layout.js';
import { documentHash, documentsToExtract, readExtractState, type ExtractState } from './extract-state.js';
import { withoutDeletedAndDangling, withoutRejected, type ExistingRecord } from './extract-filter.js';

export { applyExtraction } from './apply-extraction.js';

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
  if (hasErrors(diagnostics)) return { documents: [], state, writes: [], diagnostics, counts };
  const documents = selectDocuments(root, sources, records, selection, state, diagnostics);
  if (documents.length === 0) return { documents, state, writes: [], diagnostics, counts };
  const drafts = withoutRejected(extractCorpus(documents.map((d) => ({ id: d.id, text: d.text, bodyOffset: d.bodyOffset, title: d.title, date: d.date, publisher: d.meta.publisher, url: d.meta.url }))), records);
  // Rejected records take part in the merge, so that a draft matching one (by name, alias or amount) is left out like one matching a reviewed record.
  const existing = Object.fromEntries(RECORD_TYPES.map((t) => [t.type, records.filter((r) => r.type === t.type).map((r) => r.value as unknown as AnyRecord)])) as Record<RecordType, AnyRecord[]>;
  // A draft that breaks its schema is left out before the dangling check, so that what refers to it goes too.
  const changes = withoutDeletedAndDangling(withoutInvalidAdds(mergeIntoExisting(existing, drafts).changes, schemas, diagnostics), records, state);
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

/**
 * Documents and records as extraction needs them, with the problems that make a plan
 * unsafe: files that could not be read, and ids that differ from their file name or repeat
 * (merging by id would then write a draft over a person's record).
 */
async function readCorpus(root: string, schemas: SchemaSet): Promise<{ sources: SourceDocument[]; records: ExistingRecord[]; diagnostics: Diagnostic[] }> {
  const [sources, records] = await Promise.all([readSources(root, schemas), loadRecords(root, schemas)]);
  const ids = checkIds(new CheckContext(records.records, sources.sources, records.unreadable, sources.unreadable));
  // A document with a name that cannot be an id is skipped alone: a warning here, `validate`'s error.
  const skipped = sources.diagnostics.filter((d) => d.rule === 'source/bad-name').map((d) => ({ ...d, severity: 'warning' as const, message: `${d.message} It was not extracted.` }));
  const blocking = [...sources.diagnostics.filter((d) => d.rule !== 'source/bad-name'), ...records.diagnostics, ...ids].filter((d) => d.severity === 'error');
  const diagnostics = [...blocking, ...skipped];
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
      if (!rel.startsWith(`${SEEDS_DIR}/`)) {
        diagnostics.push(diagnostic(file, START, 'source/unknown', `\`${file}\` is not in seeds/; extraction reads only the knowledge base's documents.`, `Documents go in ${SEEDS_DIR}/: copy it there, then run \`demine extract ${SEEDS_DIR}/${path.basename(file)}\`.`));
        continue;
      }
      const found = sources.find((s) => s.file === rel);
      if (found) wanted.push(found);
      else diagnostics.push(diagnostic(file, START, 'source/unknown', `\`${file}\` is not a readable document in seeds/.`, 'Put the document in seeds/ first (Markdown or plain text).'));
    }
    return wanted;
  }
  const cited = new Set(records.flatMap((record) => citedSourceIds(record.value)));
  return documentsToExtract(sources, cited, state);
}

/** The changes without the new drafts that break their schema (the extractor's bug, or a schema the owner narrowed), each reported. */
function withoutInvalidAdds(changes: readonly Change[], schemas: SchemaSet, diagnostics: Diagnostic[]): Change[] {
  return changes.filter((change) => {
    if (change.kind !== 'add') return true;
    const validate = schemas.records[change.type];
    const file = `${DATA_DIR}/${typeInfo(change.type).folder}/${change.record.id}.yaml`;
    if (validate(change.record)) return true;
    diagnostics.push(diagnostic(file, START, 'extract/invalid-draft', `Extraction proposed ${/^[aeiou]/.test(change.type) ? 'an' : 'a'} ${change.type} that breaks its schema (${validate.errors?.[0]?.instancePath || '/'} ${validate.errors?.[0]?.message ?? ''}); it was not written, nor the drafts that refer to it.`, 'If schemas/ is as `demine init` made it, this is a bug in the extractor: please report it with the document.', 'warning'));
    return false;
  });
}

async function planWrite(root: string, change: Change, fileOf: Map<string, ExistingRecord>, schemas: SchemaSet, diagnostics: Diagnostic[]): Promise<PlannedWrite | undefined> {
  const info = typeInfo(change.type);
  if (change.kind === 'add') {
    const file = `${DATA_DIR}/${info.folder}/${change.record.id}.yaml`;
    if (exists(path.join(root, file))) {
      // A person's file (an id mid-rename, an unreadable record, a folder): never written over.
      diagnostics.push(diagnostic(file, START, 'extract/file-exists', `Extraction would create this file for the new ${change.type} \`${change.record.id}\`, but a file is already there.`, 'Give the existing file the id of its name (or rename it), then run extraction again.'));
      return undefined;
    }
    return { kind: 'add', type: change.type, id: change.record.id, from: documentsOf(change.record.sources), file, content: recordToYaml(change.type, change.record) };
  }
  const target = fileOf.get(`${change.type}:${change.id}`);
  if (!target || target.value.status !== 'draft') return undefined; // reviewed records are never changed
  const text = await readFile(path.join(root, target.file), 'utf8');
  const content = addToRecordYaml(text, change.add);
  if (content === text) return undefined;
  // The edited file is read back as demine reads records: one that would fail its schema is never written.
  const reread = parseRecordYaml(content, target.file);
  if (reread.diagnostics.length > 0 || !schemas.records[change.type](reread.value)) {
    diagnostics.push(diagnostic(target.file, START, 'extract/invalid-draft', `Adding the new sources to this draft would make it break its schema; it was left as it was.`, 'This is a bug in the extractor; please report it with the document.', 'warning'));
    return undefined;
  }
  return { kind: 'update', type: change.type, id: change.id, from: documentsOf(change.add.sources), file: target.file, content };
}

/** Whether anything (a file, a folder, a link, even a broken one) is at `abs`. */
function exists(abs: string): boolean {
  try {
    return lstatSync(abs, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true; // a path under a file: not free either
  }
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
