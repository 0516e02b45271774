/**
 * Folders watched one by one, each with Node's `fs.watch`, not recursively: the recursive mode
 * walks the tree asynchronously on Linux and can miss events while it sets up (nodejs/node#48437,
 * a confirmed bug). One watch per folder, where a watcher that keeps one per file (chokidar) held
 * ~220 MB for the 60,000 inputs and as much again for the 50,000 bundle files at 50,000 records.
 *
 * The caller says which folders are watched (`watched`, by path relative to the base, '' the base
 * itself). A name that changes in a watched folder is reported: as a `folder` when it is a folder
 * that is watched (it came, went or was renamed: it is watched afresh, with its own watched
 * folders), else as a `file`. An event without a name, or a watcher's error, is `unknown` for the
 * folder it came from: anything in it may have changed.
 */
import { lstatSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export interface FolderEvent {
  kind: 'file' | 'folder' | 'unknown';
  /** The path that changed (for `unknown`, the folder), relative to the base, with '/'; '' is the base. */
  rel: string;
}

export interface FolderWatchOptions {
  /** Whether the folder at `rel` is watched when it exists ('' the base). */
  watched(rel: string): boolean;
  /** Names never reported (a build's own temporary files). */
  ignored(name: string): boolean;
}

export interface FolderWatch {
  close(): void;
}

export function isFolder(file: string): boolean {
  try {
    return lstatSync(file).isDirectory();
  } catch {
    return false;
  }
}

export function watchFolders(base: string, options: FolderWatchOptions, onEvent: (event: FolderEvent) => void): FolderWatch {
  const watchers = new Map<string, FSWatcher>();
  const abs = (rel: string): string => (rel === '' ? base : path.join(base, rel));
  const join = (folder: string, name: string): string => (folder === '' ? name : `${folder}/${name}`);
  /** Stops watching `rel` and every folder in it. */
  const stop = (rel: string): void => {
    for (const [key, watcher] of watchers) {
      if (rel === '' || key === rel || key.startsWith(`${rel}/`)) {
        watcher.close();
        watchers.delete(key);
      }
    }
  };
  /** Watches `rel` (afresh) and the watched folders in it, when it is a folder. */
  const start = (rel: string): void => {
    stop(rel);
    if (!isFolder(abs(rel))) return;
    let watcher: FSWatcher;
    let names: string[];
    try {
      watcher = watch(abs(rel));
      names = readdirSync(abs(rel), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    } catch {
      onEvent({ kind: 'unknown', rel });
      return;
    }
    watchers.set(rel, watcher);
    watcher.on('error', () => {
      // A watch that failed sees nothing more: the folder is watched again when its parent sees it come back.
      if (watchers.get(rel) === watcher) stop(rel);
      onEvent({ kind: 'unknown', rel });
    });
    watcher.on('change', (_event, name) => {
      if (name === null || name === undefined) return onEvent({ kind: 'unknown', rel });
      const text = name.toString();
      if (options.ignored(text)) return;
      const child = join(rel, text);
      if (options.watched(child) && (watchers.has(child) || isFolder(abs(child)))) {
        start(child);
        onEvent({ kind: 'folder', rel: child });
      } else onEvent({ kind: 'file', rel: child });
    });
    for (const name of names) if (options.watched(join(rel, name))) start(join(rel, name));
  };
  start('');
  return { close: () => stop('') };
}
