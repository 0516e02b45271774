import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import path from 'node:path';
import { listTree, type TreeChanges } from './compare-tree.js';
import { isPlainFile } from './link-free.js';
import { leftoverName } from './tree-names.js';
import { applyJournal, IN_PLACE_LIMIT, linkUnchanged, swapIn, writeJournal } from './write-tree.js';

/**
 * A bundle written as it is rendered, so that it is never held whole in memory: each file
 * handed to `put` is compared at once with the one in `dir` and, when it differs and the tree
 * is opened for writing, written into a staging folder beside `dir`; then both are let go.
 * `commit` updates `dir` exactly as `writeTree` does from the same changes: a few in place
 * through a journal, many by swapping the whole tree (unchanged files hard-linked from the
 * old one), all or nothing. Opened for comparing only (`build --check`), nothing is written
 * and `changes` reports every file added, changed (by its bytes) or removed.
 */
export class StagedTree {
  private readonly seen = new Set<string>();
  private readonly added: string[] = [];
  private readonly changed: string[] = [];
  /** Plain files already as they should be: linked into the staging folder when the tree is swapped whole. */
  private readonly unchanged: string[] = [];
  private readonly made = new Set<string>();
  /** The first write that failed: staging stops, comparing goes on, and `commit` throws it. */
  private failure: unknown;
  /** Set once the journal is written: the staging folder then belongs to `recoverTree`. */
  private committedJournal = false;

  private constructor(
    readonly dir: string,
    /** The files already in `dir`, sorted. */
    private readonly existing: readonly string[],
    private readonly existingSet: ReadonlySet<string>,
    private readonly staging: string | undefined,
  ) {}

  /** Lists `dir`; with `write`, clears a staging folder of this process beside it. */
  static async open(dir: string, write: boolean): Promise<StagedTree> {
    const existing = await listTree(dir);
    const staging = write ? path.join(path.dirname(dir), leftoverName(path.basename(dir), 'staging')) : undefined;
    const tree = new StagedTree(dir, existing, new Set(existing), staging);
    if (staging) {
      try {
        await mkdir(path.dirname(dir), { recursive: true });
        await rm(staging, { recursive: true, force: true });
      } catch (error) {
        tree.failure = error;
      }
    }
    return tree;
  }

  /** One file of the new bundle (each path once). */
  put(rel: string, content: string): void {
    this.seen.add(rel);
    const bytes = Buffer.from(content, 'utf8');
    if (!this.existingSet.has(rel)) {
      this.added.push(rel);
      this.stage(rel, bytes);
    } else if (!holds(path.join(this.dir, rel), bytes)) {
      this.changed.push(rel);
      this.stage(rel, bytes);
    } else if (this.staging !== undefined) {
      if (isPlainFile(this.dir, rel)) this.unchanged.push(rel);
      else this.stage(rel, bytes); // reached through a link: written anew if the tree is swapped whole
    }
  }

  /** What putting the files so far in place changes; a file of `dir` not put is removed. */
  changes(): TreeChanges {
    return { added: [...this.added].sort(), changed: [...this.changed].sort(), removed: this.existing.filter((rel) => !this.seen.has(rel)) };
  }

  /**
   * Puts the new bundle in place (nothing when nothing changed) and returns the changes. On
   * any failure (a write that failed while staging, an abort) `dir` is left as it was.
   */
  async commit(signal?: AbortSignal, inPlaceLimit = IN_PLACE_LIMIT): Promise<TreeChanges> {
    const staging = this.staging;
    if (staging === undefined) throw new Error('internal: a tree opened for comparing is committed');
    const changes = this.changes();
    const count = changes.added.length + changes.changed.length + changes.removed.length;
    try {
      if (this.failure !== undefined) throw this.failure;
      signal?.throwIfAborted();
      if (count === 0) {
        await this.discard();
        return changes;
      }
      if (count <= inPlaceLimit && existsSync(this.dir)) {
        const journal = await writeJournal(this.dir, staging, changes);
        this.committedJournal = true;
        applyJournal(this.dir, journal); // past the commit point: a failure is finished by `recoverTree`
        return changes;
      }
      let linked = 0;
      for (const rel of this.unchanged) {
        if (++linked % 256 === 0) {
          await nextTurn();
          signal?.throwIfAborted();
        }
        const target = this.folderFor(rel);
        if (!linkUnchanged(this.dir, rel, target)) writeFileSync(target, readFileSync(path.join(this.dir, rel)));
      }
      signal?.throwIfAborted();
      await swapIn(this.dir, staging);
      return changes;
    } catch (error) {
      await this.discard().catch(() => undefined);
      throw error;
    }
  }

  /** Removes the staging folder (an aborted or refused build). */
  async discard(): Promise<void> {
    if (this.staging !== undefined && !this.committedJournal) await rm(this.staging, { recursive: true, force: true });
  }

  private stage(rel: string, bytes: Buffer): void {
    if (this.staging === undefined || this.failure !== undefined) return;
    try {
      writeFileSync(this.folderFor(rel), bytes);
    } catch (error) {
      this.failure = error;
    }
  }

  /** The file's path in the staging folder, its folder made. */
  private folderFor(rel: string): string {
    const target = path.join(this.staging!, rel);
    const folder = path.dirname(target);
    if (!this.made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.made.add(folder);
    }
    return target;
  }
}

/** Whether a regular file holds exactly `bytes` (a link, a pipe or a folder in its place does not: it is not read). */
function holds(file: string, bytes: Buffer): boolean {
  let info;
  try {
    info = lstatSync(file, { throwIfNoEntry: false });
  } catch {
    return false;
  }
  if (!info?.isFile() || info.size !== bytes.length) return false;
  try {
    return readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}
