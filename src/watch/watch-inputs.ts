/**
 * Watches what a build reads (seeds/, data/, schemas/ and the config) and calls back once per
 * burst of changes, after `debounceMs` of quiet, with the paths that changed (relative to the
 * root, sorted). Folder by folder with Node's `fs.watch` (`watch-folders.ts`): the root (for the
 * config, and for the folders coming or going), data/ (for its type folders) and each folder of
 * inputs, which are flat (a build reads nothing deeper). A folder that came, went or was renamed,
 * or one whose watch could not say what changed, is reported by its own path (`data/figures`,
 * `.`): the build then fingerprints every input again (`BuildMemory.fingerprint`).
 */
import { CONFIG_FILE, DATA_DIR, INPUT_DIRS, SCHEMAS_DIR, SEEDS_DIR } from '../model/layout.js';
import { watchBundle } from './watch-bundle.js';
import { watchFolders, type FolderWatch } from './watch-folders.js';

export interface InputWatcher {
  /** Resolves once the watch is set up, so that later changes are reported. */
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
const TEMPORARY = (name: string): boolean => /(^|[/\\])\.[^/\\]*\.demine-tmp-\d+$/.test(name);

export const WATCHED = [SEEDS_DIR, DATA_DIR, SCHEMAS_DIR, CONFIG_FILE];

const WATCHED_FOLDERS = new Set(['', DATA_DIR, ...INPUT_DIRS]);

/** What the root holds besides the watched names (a bundle folder, .demine/, .git/) is none of the inputs. */
const isInput = (rel: string): boolean => rel.includes('/') || WATCHED.includes(rel);

export function watchInputs(root: string, onChange: (paths: string[]) => void, debounceMs = 60): InputWatcher {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const paths = [...pending].sort();
    pending.clear();
    if (paths.length > 0) onChange(paths);
  };
  const inputs = watchFolders(root, { watched: (rel) => WATCHED_FOLDERS.has(rel), ignored: TEMPORARY }, ({ kind, rel }) => {
    if (kind !== 'unknown' && !isInput(rel)) return;
    pending.add(rel === '' ? '.' : rel);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  });
  let bundle: FolderWatch | undefined;
  return {
    ready: Promise.resolve(),
    watchBundle: async (out, onBundleChange) => {
      bundle?.close();
      bundle = watchBundle(out, onBundleChange, TEMPORARY);
    },
    close: async () => {
      if (timer) clearTimeout(timer);
      inputs.close();
      bundle?.close();
    },
  };
}
