import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { diagnostic, START, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { readTextSync } from '../../io/read-text.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import type { SourceDocument } from '../../model/knowledge-base.js';
import { EXTRACT_STATE_FILE } from '../../model/layout.js';
import { LOCK_DIR } from '../../publish/lock.js';

/**
 * What was extracted, part of the knowledge base: `data/extracted.yaml`, committed with the
 * records, so a fresh clone, CI and the analyst's machine agree on which documents are new.
 * Per document: the sha256 of the version extracted and the records extraction proposed
 * from it. A document listed with its current hash is not extracted again, even when all
 * its drafts were rejected or deleted; a document whose text changed is extracted again,
 * and a record it proposed before (since deleted) is not proposed again from it.
 * A document with no entry counts as extracted when some record already cites it (curated
 * by hand), and as new otherwise.
 */
export interface ExtractState {
  sources: Record<string, ExtractedDocument>;
}

export interface ExtractedDocument {
  /** sha256 of the document text (line endings as `\n`) when it was extracted. */
  sha256: string;
  /** `<type>:<id>` of every record extraction proposed from it, sorted. */
  proposed: string[];
}

const HEADER = `# What demine extracted from each document in seeds/: the sha256 of the version it read
# and the records it proposed. Written by \`demine build\` and \`demine extract\`; commit it
# with the records. A document listed here is extracted again only when its text changes.
`;

/** The old, local state file (before it moved into the knowledge base): read once, never written. */
const LEGACY_FILE = 'extracted.json';

const MAX_STATE_BYTES = 16 * 1024 * 1024;

/** Line endings normalised, so that a checkout with CRLF line endings agrees with one without. */
export function documentHash(source: Pick<SourceDocument, 'text'>): string {
  return createHash('sha256').update(source.text.replace(/\r\n?/g, '\n')).digest('hex');
}

function rawHash(source: Pick<SourceDocument, 'text'>): string {
  return createHash('sha256').update(source.text).digest('hex');
}

/** Whether the entry was made from this version of the document (hashes from the legacy file were of the raw text). */
export function sameVersion(entry: ExtractedDocument | undefined, source: SourceDocument): boolean {
  return entry !== undefined && (entry.sha256 === documentHash(source) || entry.sha256 === rawHash(source));
}

export async function readExtractState(root: string): Promise<{ state: ExtractState; diagnostics: Diagnostic[] }> {
  const file = path.join(root, EXTRACT_STATE_FILE);
  if (!existsSync(file)) return { state: readLegacyState(root), diagnostics: [] };
  const read = readTextSync(file, EXTRACT_STATE_FILE, MAX_STATE_BYTES);
  if (!read.ok) return { state: { sources: {} }, diagnostics: [read.diagnostic] };
  const fail = (why: string) => ({
    state: { sources: {} },
    diagnostics: [diagnostic(EXTRACT_STATE_FILE, START, 'extract/invalid-state', `${EXTRACT_STATE_FILE} ${why}.`, 'Restore it from git (`git checkout -- data/extracted.yaml`), or delete it: documents that no record cites are then extracted again.')],
  });
  let value: unknown;
  try {
    value = parse(read.text, { maxAliasCount: 0 });
  } catch (error) {
    return fail(`is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (value === null || value === undefined) return { state: { sources: {} }, diagnostics: [] };
  if (typeof value !== 'object' || Array.isArray(value)) return fail('must map each source id to its `sha256` and `proposed` records');
  const sources: Record<string, ExtractedDocument> = {};
  for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
    const { sha256, proposed } = (entry ?? {}) as { sha256?: unknown; proposed?: unknown };
    if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) return fail(`has no valid \`sha256\` for \`${id}\``);
    if (proposed !== undefined && (!Array.isArray(proposed) || proposed.some((r) => typeof r !== 'string'))) return fail(`has a \`proposed\` for \`${id}\` that is not a list of references`);
    sources[id] = { sha256, proposed: [...((proposed as string[] | undefined) ?? [])] };
  }
  return { state: { sources }, diagnostics: [] };
}

function readLegacyState(root: string): ExtractState {
  try {
    const value = JSON.parse(readFileSync(path.join(root, LOCK_DIR, LEGACY_FILE), 'utf8')) as { sources?: Record<string, unknown> };
    const sources: Record<string, ExtractedDocument> = {};
    for (const [id, sha256] of Object.entries(value.sources ?? {})) if (typeof sha256 === 'string') sources[id] = { sha256, proposed: [] };
    return { sources };
  } catch {
    return { sources: {} }; // missing or unreadable: it was a cache
  }
}

/** The file's text: sorted by source id, each `proposed` sorted, so it diffs well. Pure. */
export function extractStateYaml(state: ExtractState): string {
  const sorted: Record<string, { sha256: string; proposed?: string[] }> = {};
  for (const id of Object.keys(state.sources).sort()) {
    const { sha256, proposed } = state.sources[id]!;
    sorted[id] = proposed.length > 0 ? { sha256, proposed: [...new Set(proposed)].sort() } : { sha256 };
  }
  return `${HEADER}${Object.keys(sorted).length > 0 ? stringify(sorted, { lineWidth: 0 }) : '{}\n'}`;
}

export async function writeExtractState(root: string, state: ExtractState): Promise<void> {
  await writeFileAtomic(path.join(root, EXTRACT_STATE_FILE), extractStateYaml(state));
}

/** The documents `demine build` should extract: new ones nobody has records for, and changed ones. */
export function documentsToExtract(sources: readonly SourceDocument[], cited: ReadonlySet<string>, state: ExtractState): SourceDocument[] {
  return sources.filter((source) => {
    const seen = state.sources[source.id];
    return seen === undefined ? !cited.has(source.id) : !sameVersion(seen, source);
  });
}
