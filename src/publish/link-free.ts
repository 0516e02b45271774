import { lstatSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Guards for writing inside the bundle folder without ever going through a symbolic link:
 * a link put in the bundle (`dist/actors -> /elsewhere`) is replaced, never followed.
 */

/** Makes every folder of `rel` (a `/`-separated path inside `dir`) a real folder: a link or a file in the way is removed (the link itself, never its target). */
export function realFoldersFor(dir: string, rel: string, known?: Set<string>): void {
  const parts = rel.split('/').slice(0, -1);
  let current = dir;
  for (const part of parts) {
    current = path.join(current, part);
    // Folders already made real in this run are not checked again (one lstat per folder, not per file).
    if (known?.has(current)) continue;
    known?.add(current);
    const info = lstatOrUndefined(current);
    if (info?.isDirectory()) continue;
    if (info) rmSync(current, { force: true });
    mkdirSync(current);
  }
}

/** True when no folder between `dir` and the file `rel` is a symbolic link (or missing). */
export function reachableWithoutLinks(dir: string, rel: string): boolean {
  const parts = rel.split('/').slice(0, -1);
  let current = dir;
  for (const part of parts) {
    current = path.join(current, part);
    if (!lstatOrUndefined(current)?.isDirectory()) return false;
  }
  return true;
}

/** True when `rel` in `dir` is a regular file reached without a link. */
export function isPlainFile(dir: string, rel: string): boolean {
  return reachableWithoutLinks(dir, rel) && lstatOrUndefined(path.join(dir, rel))?.isFile() === true;
}

/** lstat that reports any failure (missing, a path under a file) as nothing there. */
export function lstatOrUndefined(p: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
