import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { SourceDocument } from '../model/knowledge-base.js';
import { LOCK_DIR } from '../publish/lock.js';

/**
 * Which version of each document was last extracted: `.demine/extracted.json`, a local
 * cache (not committed). A document with no entry counts as extracted when some record
 * already cites it (curated by hand), and as new otherwise.
 */
export interface ExtractState {
  /** Source id → sha256 of the document text when it was extracted. */
  sources: Record<string, string>;
}

const STATE_FILE = 'extracted.json';

export function documentHash(source: SourceDocument): string {
  return createHash('sha256').update(source.text).digest('hex');
}

export async function readExtractState(root: string): Promise<ExtractState> {
  try {
    const value = JSON.parse(await readFile(path.join(root, LOCK_DIR, STATE_FILE), 'utf8')) as ExtractState;
    if (value && typeof value.sources === 'object' && value.sources !== null) return { sources: { ...value.sources } };
  } catch {
    // Missing or unreadable: a cache, so start afresh.
  }
  return { sources: {} };
}

export async function writeExtractState(root: string, state: ExtractState): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(state.sources).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFileAtomic(path.join(root, LOCK_DIR, STATE_FILE), `${JSON.stringify({ sources: sorted }, null, 2)}\n`);
}

/** The documents `demine build` should extract: new ones nobody has records for, and changed ones. */
export function documentsToExtract(sources: readonly SourceDocument[], cited: ReadonlySet<string>, state: ExtractState): SourceDocument[] {
  return sources.filter((source) => {
    const seen = state.sources[source.id];
    return seen === undefined ? !cited.has(source.id) : seen !== documentHash(source);
  });
}
