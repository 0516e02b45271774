import { readdir } from 'node:fs/promises';
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
    .filter((e) => !e.isDirectory()) // links, pipes and the like too: whatever stands in a file's place
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** What writing changes, from the hashes of the files as last written and as about to be written, without reading them. */
export function compareByHash(previous: Readonly<Record<string, string>>, next: Readonly<Record<string, string>>): TreeChanges {
  const changes: TreeChanges = { added: [], changed: [], removed: [] };
  for (const [rel, hash] of Object.entries(next)) {
    const before = previous[rel];
    if (before === undefined) changes.added.push(rel);
    else if (before !== hash) changes.changed.push(rel);
  }
  for (const rel of Object.keys(previous)) if (!Object.hasOwn(next, rel)) changes.removed.push(rel);
  changes.added.sort();
  changes.changed.sort();
  changes.removed.sort();
  return changes;
}
