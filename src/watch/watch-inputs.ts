/**
 * Watches what a build reads (seeds/, data/, schemas/ and the config) and calls back once per
 * burst of changes, after `debounceMs` of quiet, with the paths that changed (relative to the
 * root, sorted). chokidar, not `fs.watch`: Node 20's recursive `fs.watch` on Linux walks the
 * tree asynchronously and can miss events while it sets up (nodejs/node#48437, a confirmed
 * bug); chokidar watches each folder, follows folders created later, and is widely used.
 */
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { DATA_DIR, SCHEMAS_DIR, SEEDS_DIR } from '../model/layout.js';
import { CONFIG_FILE } from '../pipeline/init.js';

export interface InputWatcher {
  /** Resolves once the initial scan is done, so that later changes are reported. */
  ready: Promise<void>;
  close(): Promise<void>;
}

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
    { ignoreInitial: true, followSymlinks: false, ignored: (file: string) => /(^|[/\\])\.[^/\\]*\.demine-tmp-\d+$/.test(file) },
  );
  watcher.on('all', (_event: string, file: string) => {
    pending.add(path.relative(root, file).split(path.sep).join('/'));
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  });
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    close: async () => {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
