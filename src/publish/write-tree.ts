import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { writeFileAtomic } from '../io/write-atomic.js';
import path from 'node:path';
import type { TreeChanges } from './compare-tree.js';

const STAGING = '.staging-';
const PREVIOUS = '.previous-';
const JOURNAL = '.journal-';

/** Up to this many changed files, a bundle is updated in place (through a journal) instead of swapped whole. */
export const IN_PLACE_LIMIT = 256;

/**
 * Writes `files` into `dir`: a few changes in place through a journal, many by swapping
 * the whole tree. Either way a crash leaves the bundle as it was, or (after the next run's
 * `recoverTree`) fully new.
 */
export async function writeTree(dir: string, files: ReadonlyMap<string, string>, changes: TreeChanges, signal?: AbortSignal, inPlaceLimit = IN_PLACE_LIMIT): Promise<void> {
  const count = changes.added.length + changes.changed.length + changes.removed.length;
  if (count <= inPlaceLimit && existsSync(dir)) await updateInPlace(dir, files, changes, signal);
  else await replaceTree(dir, files, changes, signal);
}

/**
 * Updates a few files of `dir`: the new versions are written beside it, then a journal
 * naming them is written atomically (the commit point), then they are renamed into place
 * and the journal removed. Unchanged files are not touched at all. A crash before the
 * journal leaves `dir` as it was; after it, `recoverTree` finishes the renames.
 */
export async function updateInPlace(dir: string, files: ReadonlyMap<string, string>, changes: TreeChanges, signal?: AbortSignal): Promise<void> {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  const staging = path.join(parent, `${base}${STAGING}${process.pid}`);
  const journal = path.join(parent, `${base}${JOURNAL}${process.pid}.json`);
  await rm(staging, { recursive: true, force: true });
  const moves = [...changes.added, ...changes.changed];
  try {
    for (const rel of moves) {
      signal?.throwIfAborted();
      const target = path.join(staging, rel);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, files.get(rel)!);
    }
    signal?.throwIfAborted();
    await writeFileAtomic(journal, JSON.stringify({ staging: path.basename(staging), moves, removes: changes.removed }));
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  applyJournal(dir, journal);
}

/** Finishes the renames a journal names (again, if some were done already), then removes it. */
function applyJournal(dir: string, journal: string): void {
  const { staging, moves, removes } = JSON.parse(readFileSync(journal, 'utf8')) as { staging: string; moves: string[]; removes: string[] };
  const stagingDir = path.join(path.dirname(dir), path.basename(staging));
  for (const rel of moves) {
    const from = path.join(stagingDir, rel);
    if (!existsSync(from)) continue; // moved before a crash
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    renameSync(from, path.join(dir, rel));
  }
  for (const rel of removes) rmSync(path.join(dir, rel), { force: true });
  rmSync(journal, { force: true });
  rmSync(stagingDir, { recursive: true, force: true });
}

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
    let written = 0;
    for (const [rel, content] of files) {
      // Synchronous calls: far cheaper than a thread-pool round trip each for many small files.
      // Every few hundred files, yield so that Ctrl-C (an abort) is noticed.
      if (++written % 256 === 0) await new Promise((resolve) => setImmediate(resolve));
      signal?.throwIfAborted();
      const target = path.join(staging, rel);
      const folder = path.dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      if (fresh.has(rel)) writeFileSync(target, content);
      else {
        try {
          linkSync(path.join(dir, rel), target);
        } catch {
          writeFileSync(target, content);
        }
      }
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
  let names = await readdir(parent).catch(() => [] as string[]);
  // A committed journal first: its renames are finished, so the bundle is the new one.
  for (const name of names.filter((n) => n.startsWith(`${base}${JOURNAL}`) && n.endsWith('.json'))) {
    try {
      applyJournal(dir, path.join(parent, name));
    } catch {
      rmSync(path.join(parent, name), { force: true }); // a journal cut short was never committed
    }
  }
  names = await readdir(parent).catch(() => [] as string[]);
  const exists = names.includes(base);
  for (const name of names.sort()) {
    if (name.startsWith(`${base}${PREVIOUS}`)) {
      if (!exists) await rename(path.join(parent, name), dir);
      else await rm(path.join(parent, name), { recursive: true, force: true });
    } else if (name.startsWith(`${base}${STAGING}`) || name.startsWith(`${base}${JOURNAL}`)) {
      await rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}
