/**
 * The bundle folder watched for hand edits: its own folder and each folder in it (`actors`,
 * `listings`…), folder by folder (`watch-folders.ts`). A change to a file names it; anything
 * else (a folder made, removed or renamed, an event without a name, a watcher's error) makes
 * every file suspect ('all'), and the next build looks at the whole bundle again.
 */
import path from 'node:path';
import { isFolder, watchFolders, type FolderWatch } from './watch-folders.js';

export function watchBundle(out: string, onChange: (rels: string[] | 'all') => void, ignored: (name: string) => boolean): FolderWatch {
  return watchFolders(
    out,
    { watched: (rel) => !rel.includes('/'), ignored },
    ({ kind, rel }) => (kind === 'file' && !isFolder(path.join(out, rel)) ? onChange([rel]) : onChange('all')),
  );
}
