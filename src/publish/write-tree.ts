import { link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TreeChanges } from './compare-tree.js';

const STAGING = '.staging-';
const PREVIOUS = '.previous-';

/**
 * Replaces the folder `dir` with exactly `files`, all or nothing. The new tree is written
 * beside it (unchanged files are hard-linked from the old tree, so they are not rewritten),
 * then swapped in with two renames. A crash between the two renames leaves the old tree
 * under a `.previous-` name, which `recoverTree` puts back on the next run; a crash at any
 * other moment leaves `dir` as it was or fully new.
 */
export async function replaceTree(dir: string, files: ReadonlyMap<string, string>, changes: TreeChanges, signal?: AbortSignal): Promise<void> {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  await mkdir(parent, { recursive: true });
  const staging = path.join(parent, `${base}${STAGING}${process.pid}`);
  const previous = path.join(parent, `${base}${PREVIOUS}${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  const fresh = new Set([...changes.added, ...changes.changed]);
  let movedOld = false;
  try {
    const made = new Set<string>();
    for (const [rel, content] of files) {
      signal?.throwIfAborted();
      const target = path.join(staging, rel);
      const folder = path.dirname(target);
      if (!made.has(folder)) {
        await mkdir(folder, { recursive: true });
        made.add(folder);
      }
      if (fresh.has(rel)) await writeFile(target, content);
      else await link(path.join(dir, rel), target).catch(() => writeFile(target, content));
    }
    signal?.throwIfAborted();
    movedOld = await rename(dir, previous).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    await rename(staging, dir);
    if (movedOld) {
      movedOld = false;
      await rm(previous, { recursive: true, force: true });
    }
  } catch (error) {
    // The new tree could not be put in place (a read-only folder, a full disk): put the old one back.
    if (movedOld) await rename(previous, dir).catch(() => undefined); // else the next run's recoverTree does
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Undoes what an interrupted `replaceTree` left behind: a missing `dir` is restored from
 * its `.previous-` copy, and stray staging folders are removed.
 */
export async function recoverTree(dir: string): Promise<void> {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  const names = await readdir(parent).catch(() => [] as string[]);
  const exists = names.includes(base);
  for (const name of names.sort()) {
    if (name.startsWith(`${base}${PREVIOUS}`)) {
      if (!exists) await rename(path.join(parent, name), dir);
      else await rm(path.join(parent, name), { recursive: true, force: true });
    } else if (name.startsWith(`${base}${STAGING}`)) {
      await rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}
