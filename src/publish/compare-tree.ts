import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface TreeChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export function isUnchanged(changes: TreeChanges): boolean {
  return changes.added.length === 0 && changes.changed.length === 0 && changes.removed.length === 0;
}

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. A missing folder is empty. */
export async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** What writing `files` into `dir` would change, by comparing bytes. */
export async function compareTree(dir: string, files: ReadonlyMap<string, string>): Promise<TreeChanges> {
  const existing = new Set(await listTree(dir));
  const changes: TreeChanges = { added: [], changed: [], removed: [] };
  for (const [rel, content] of files) {
    if (!existing.has(rel)) {
      changes.added.push(rel);
      continue;
    }
    const current = await readFile(path.join(dir, rel), 'utf8').catch(() => undefined);
    if (current !== content) changes.changed.push(rel);
  }
  for (const rel of existing) if (!files.has(rel)) changes.removed.push(rel);
  changes.added.sort();
  changes.changed.sort();
  return changes;
}

/** The same comparison from the hashes of the files as last written, without reading them. */
export function compareByHash(previous: Readonly<Record<string, string>>, files: ReadonlyMap<string, string>, hash: (content: string) => string): TreeChanges {
  const changes: TreeChanges = { added: [], changed: [], removed: [] };
  for (const [rel, content] of files) {
    const before = previous[rel];
    if (before === undefined) changes.added.push(rel);
    else if (before !== hash(content)) changes.changed.push(rel);
  }
  for (const rel of Object.keys(previous)) if (!files.has(rel)) changes.removed.push(rel);
  changes.added.sort();
  changes.changed.sort();
  changes.removed.sort();
  return changes;
}
