/**
 * Watches what a build reads (seeds/, data/, schemas/ and the config) and calls back once per
 * burst of changes, after `debounceMs` of quiet, with the paths that changed (relative to the
 * root, sorted). chokidar, not `fs.watch`: Node 20's recursive `fs.watch` on Linux walks the
 * tree asynchronously and can miss events while it sets up (nodejs/node#48437, a confirmed
 * bug); chokidar watches each folder, follows folders created later, and is widely used. The
 * bundle, which demine alone writes and whose folders are known, is watched folder by folder
 * with `fs.watch` instead (`watch-folders.ts`): chokidar's watch of each of its files cost
 * ~220 MB at 50,000 records.
 */
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { DATA_DIR, SCHEMAS_DIR, SEEDS_DIR } from '../model/layout.js';
import { CONFIG_FILE } from '../pipeline/init.js';
import { watchFolders, type FolderWatch } from './watch-folders.js';

export interface InputWatcher {
  /** Resolves once the initial scan is done, so that later changes are reported. */
  ready: Promise<void>;
  /**
   * Also watches the bundle folder `out` (instead of the one watched before), telling
   * `onChange` at once which of its files changed (relative to it), or `all` when a folder in
   * it came or went. Resolves once that watch is set up.
   */
  watchBundle(out: string, onChange: (rels: string[] | 'all') => void): Promise<void>;
  close(): Promise<void>;
}

/** A build's own temporary files and folders (`.name.demine-tmp-<pid>`), never reported. */
const TEMPORARY = (file: string): boolean => /(^|[/\\])\.[^/\\]*\.demine-tmp-\d+$/.test(file);

export const WATCHED = [SEEDS_DIR, DATA_DIR, SCHEMAS_DIR, CONFIG_FILE];

export function watchInputs(root: string, onChange: (paths: string[]) => void, debounceMs = 60): InputWatcher {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const paths = [...pending].sort();
    pending.clear();
    if (paths.length > 0) onChange(paths);
  };
  const watcher: FSWatcher = watch(
    WATCHED.map((p) => path.join(root, p)),
    { ignoreInitial: true, followSymlinks: false, ignored: TEMPORARY },
  );
  watcher.on('all', (_event: string, file: string) => {
    pending.add(path.relative(root, file).split(path.sep).join('/'));
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  });
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  let bundle: FolderWatch | undefined;
  return {
    ready,
    watchBundle: async (out, onBundleChange) => {
      bundle?.close();
      bundle = watchFolders(out, onBundleChange, TEMPORARY);
    },
    close: async () => {
      if (timer) clearTimeout(timer);
      await watcher.close();
      bundle?.close();
    },
  };
}
