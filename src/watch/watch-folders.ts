/**
 * The bundle folder watched folder by folder: its own folder and each folder in it, each with
 * Node's `fs.watch`, not recursively (the recursive mode is the one that can miss events on
 * Linux, nodejs/node#48437). One watch per folder, where chokidar keeps one per file: at 50,000
 * bundle files chokidar alone held ~220 MB. A change to a file names it; anything else (a
 * folder made, removed or renamed, an event without a name, a watcher's error) makes every
 * file suspect ('all'), and the next build looks at the whole bundle again; a folder made (or
 * made again) is watched from then on.
 */
import { lstatSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export interface FolderWatch {
  close(): void;
}

export function watchFolders(out: string, onChange: (rels: string[] | 'all') => void, ignored: (name: string) => boolean): FolderWatch {
  let root: FSWatcher | undefined;
  /** The bundle's folders (`actors`, `listings`…), each watched; one made or made again later is watched afresh. */
  const folders = new Map<string, FSWatcher | undefined>();
  const all = (): void => onChange('all');
  const isFolder = (file: string): boolean => {
    try {
      return lstatSync(file).isDirectory();
    } catch {
      return false;
    }
  };
  const start = (dir: string, onName: (name: string) => void): FSWatcher | undefined => {
    try {
      const watcher = watch(dir);
      watcher.on('error', all);
      watcher.on('change', (_event, name) => (name === null || name === undefined ? all() : ignored(name.toString()) ? undefined : onName(name.toString())));
      return watcher;
    } catch {
      all();
      return undefined;
    }
  };
  const watchFolder = (name: string): void => {
    folders.get(name)?.close();
    folders.set(name, start(path.join(out, name), (file) => (isFolder(path.join(out, name, file)) ? all() : onChange([`${name}/${file}`]))));
  };
  root = start(out, (name) => {
    if (!folders.has(name) && !isFolder(path.join(out, name))) return onChange([name]);
    if (isFolder(path.join(out, name))) watchFolder(name);
    else {
      folders.get(name)?.close();
      folders.delete(name);
    }
    all();
  });
  try {
    for (const entry of readdirSync(out, { withFileTypes: true })) if (entry.isDirectory()) watchFolder(entry.name);
  } catch {
    all();
  }
  return {
    close: () => {
      root?.close();
      root = undefined;
      for (const watcher of folders.values()) watcher?.close();
      folders.clear();
    },
  };
}
