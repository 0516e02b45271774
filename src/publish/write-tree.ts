import { existsSync, linkSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { writeFileAtomic } from '../io/write-atomic.js';
import path from 'node:path';
import type { TreeChanges } from './compare-tree.js';
import { isPlainFile, reachableWithoutLinks, realFoldersFor } from './link-free.js';
import { madeByDemine } from './out-guard.js';
import { JOURNAL_MARK, leftoverKind, leftoverName } from './tree-names.js';

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
  const staging = path.join(parent, leftoverName(base, 'staging'));
  await rm(staging, { recursive: true, force: true });
  let journal: string;
  try {
    for (const rel of [...changes.added, ...changes.changed]) {
      signal?.throwIfAborted();
      const target = path.join(staging, rel);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, files.get(rel)!);
    }
    signal?.throwIfAborted();
    journal = await writeJournal(dir, staging, changes);
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  applyJournal(dir, journal);
}

/**
 * The commit point of an in-place update: a journal naming the files of `staging` to move
 * into `dir` (the added and changed ones) and those to remove, written atomically. Returns its path.
 */
export async function writeJournal(dir: string, staging: string, changes: TreeChanges): Promise<string> {
  const journal = path.join(path.dirname(dir), leftoverName(path.basename(dir), 'journal'));
  const moves = [...changes.added, ...changes.changed];
  await writeFileAtomic(journal, JSON.stringify({ mark: JOURNAL_MARK, staging: path.basename(staging), moves, removes: changes.removed }));
  return journal;
}

/**
 * Finishes the renames a journal names (again, if some were done already), then removes it.
 * Only a journal demine wrote, naming a staging folder of demine's, is applied; every file
 * lands in a real folder of `dir` (a link in the way is replaced, never followed), and a
 * removal never reaches through a link.
 */
export function applyJournal(dir: string, journal: string): void {
  const { mark, staging, moves, removes } = JSON.parse(readFileSync(journal, 'utf8')) as { mark?: string; staging: string; moves: string[]; removes: string[] };
  if (mark !== JOURNAL_MARK || leftoverKind(path.basename(dir), staging) !== 'staging') throw new Error('not a demine journal');
  const stagingDir = path.join(path.dirname(dir), staging);
  const real = new Set<string>();
  for (const rel of moves) {
    const from = path.join(stagingDir, rel);
    if (!existsSync(from)) continue; // moved before a crash
    realFoldersFor(dir, rel, real);
    renameSync(from, path.join(dir, rel));
  }
  for (const rel of removes) {
    if (!reachableWithoutLinks(dir, rel)) continue; // its folder was a link, now replaced or gone
    const info = lstatSync(path.join(dir, rel), { throwIfNoEntry: false });
    if (info && !info.isDirectory()) rmSync(path.join(dir, rel), { force: true }); // a file or a link itself, never its target
  }
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
  const staging = path.join(parent, leftoverName(base, 'staging'));
  await rm(staging, { recursive: true, force: true });
  const fresh = new Set([...changes.added, ...changes.changed]);
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
      // Unchanged files are hard-linked from the old bundle, but only a plain file reached without a link.
      if (fresh.has(rel) || !isPlainFile(dir, rel) || !linkUnchanged(dir, rel, target)) writeFileSync(target, content);
    }
    signal?.throwIfAborted();
    await swapIn(dir, staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

/** Hard-links an unchanged file of the old bundle into the new tree; false when the file system refuses. */
export function linkUnchanged(dir: string, rel: string, target: string): boolean {
  try {
    linkSync(path.join(dir, rel), target);
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts the complete tree `staging` in the place of `dir` with two renames, the old tree
 * removed after. A failure puts the old tree back (or leaves it for `recoverTree`); the
 * caller removes `staging`.
 */
export async function swapIn(dir: string, staging: string): Promise<void> {
  const previous = path.join(path.dirname(dir), leftoverName(path.basename(dir), 'previous'));
  let movedOld = false;
  try {
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
    throw error;
  }
}

/**
 * Undoes what an interrupted write left behind: a committed journal is finished, a missing
 * `dir` is restored from its previous copy, and stray staging folders are removed. Only
 * names of demine's own form (see `tree-names.ts`) are touched, and a previous copy only
 * when it holds demine's manifest: a person's `dist.previous-release/` is left alone.
 */
export async function recoverTree(dir: string): Promise<void> {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  const leftovers = async () => (await readdir(parent).catch(() => [] as string[])).filter((n) => leftoverKind(base, n) !== undefined).sort();
  // A committed journal first: its renames are finished, so the bundle is the new one.
  for (const name of (await leftovers()).filter((n) => leftoverKind(base, n) === 'journal')) {
    try {
      applyJournal(dir, path.join(parent, name));
    } catch {
      rmSync(path.join(parent, name), { force: true }); // a journal cut short was never committed
    }
  }
  const names = await leftovers();
  let exists = lstatSync(dir, { throwIfNoEntry: false }) !== undefined;
  for (const name of names) {
    const full = path.join(parent, name);
    const kind = leftoverKind(base, name);
    if (kind === 'previous') {
      if (!lstatSync(full).isDirectory() || !madeByDemine(full)) continue;
      if (!exists) {
        await rename(full, dir);
        exists = true;
      } else await rm(full, { recursive: true, force: true });
    } else {
      await rm(full, { recursive: true, force: true });
    }
  }
}
