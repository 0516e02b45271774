import { lstatSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, hasErrors, START, type Diagnostic } from '../diagnostics/diagnostic.js';
import { extractCorpus } from '../extract/index.js';
import { mergeIntoExisting, type Change } from '../drafts/merge.js';
import type { KnowledgeBase, SourceDocument } from '../model/knowledge-base.js';
import { RECORD_TYPES, typeInfo } from '../model/record-types.js';
import type { AnyRecord, RecordType } from '../model/records.js';
import { DATA_DIR, loadRecords } from '../records/load-records.js';
import type { SchemaSet } from '../records/schemas.js';
import { parseRecordYaml } from '../records/parse-yaml.js';
import { addToRecordYaml, recordToYaml } from '../records/write-record.js';
import { readSources } from '../sources/read-sources.js';
import { checkIds } from '../records/checks/ids.js';
import { CheckContext } from '../records/checks/index.js';
import { SEEDS_DIR } from '../model/layout.js';
import { documentsToExtract, readExtractState } from './extract-state.js';

export { applyExtraction } from './apply-extraction.js';

/** One data file extraction would write. */
export interface PlannedWrite {
  kind: 'add' | 'update';
  type: RecordType;
  id: string;
  /** Path relative to the root. */
  file: string;
  content: string;
}

export interface ExtractionPlan {
  /** The documents extracted. */
  documents: SourceDocument[];
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
  const { sources, records, diagnostics } = read;
  // Merging into records that could not be read could duplicate them: fix the data first.
  if (hasErrors(diagnostics)) return { documents: [], writes: [], diagnostics, counts };
  const documents = await selectDocuments(root, sources, records, selection, diagnostics);
  if (documents.length === 0) return { documents, writes: [], diagnostics, counts };
  const drafts = extractCorpus(documents.map((d) => ({ id: d.id, text: d.text, bodyOffset: d.bodyOffset, title: d.title, date: d.date })));
  const existing = Object.fromEntries(RECORD_TYPES.map((t) => [t.type, records.filter((r) => r.type === t.type).map((r) => r.value as unknown as AnyRecord)])) as Record<RecordType, AnyRecord[]>;
  const { changes } = mergeIntoExisting(existing, drafts);
  const fileOf = new Map(records.map((r) => [`${r.type}:${String(r.value.id)}`, r]));
  const writes: PlannedWrite[] = [];
  for (const change of changes) {
    const write = await planWrite(root, change, fileOf, schemas, diagnostics);
    if (!write) continue;
    writes.push(write);
    counts[write.type][write.kind === 'add' ? 'added' : 'updated']++;
  }
  writes.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { documents, writes, diagnostics, counts };
}

/** A record as extraction needs it: its type, file and fields. */
interface ExistingRecord {
  type: RecordType;
  file: string;
  value: Record<string, unknown>;
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
  return RECORD_TYPES.flatMap((t) => kb.records[t.type].map((r) => ({ type: t.type, file: r.file, value: r.record as unknown as Record<string, unknown> })));
}

async function selectDocuments(root: string, sources: SourceDocument[], records: ExistingRecord[], selection: DocumentSelection, diagnostics: Diagnostic[]): Promise<SourceDocument[]> {
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
  const cited = new Set<string>();
  for (const record of records) {
    const list = record.value.sources;
    if (Array.isArray(list)) for (const entry of list) if (entry && typeof entry === 'object' && typeof (entry as { source?: unknown }).source === 'string') cited.add((entry as { source: string }).source);
  }
  return documentsToExtract(sources, cited, await readExtractState(root));
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
    const validate = schemas.records[change.type];
    if (!validate(change.record)) {
      diagnostics.push(diagnostic(file, START, 'extract/invalid-draft', `Extraction proposed a ${change.type} that breaks its schema (${validate.errors?.[0]?.instancePath || '/'} ${validate.errors?.[0]?.message ?? ''}); it was not written.`, 'This is a bug in the extractor; please report it with the document.', 'warning'));
      return undefined;
    }
    return { kind: 'add', type: change.type, id: change.record.id, file, content: recordToYaml(change.type, change.record) };
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
  return { kind: 'update', type: change.type, id: change.id, file: target.file, content };
}

/** Whether anything (a file, a folder, a link, even a broken one) is at `abs`. */
function exists(abs: string): boolean {
  try {
    return lstatSync(abs, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true; // a path under a file: not free either
  }
}
