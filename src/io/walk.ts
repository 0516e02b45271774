import { lstatSync, realpathSync } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, START, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readTextSync, unreadable, type TextResult } from './read-text.js';

export interface FoundFile {
  /** Absolute path to read. */
  abs: string;
  /** Path relative to the root, `/`-separated. */
  rel: string;
  isDirectory: boolean;
}

export interface WalkResult {
  files: FoundFile[];
  diagnostics: Diagnostic[];
}

/**
 * Lists the files directly inside `dir` (relative to `root`), sorted by name, hidden ones
 * (`.gitkeep`, editor swap files) left out. Symbolic links, of the folder itself or of the
 * files in it, are followed only when they stay inside the root; links that leave it, loop
 * or dangle are reported. Pipes, sockets and devices are listed, for the reader to refuse.
 * A missing folder is simply empty.
 */
export async function listFiles(root: string, dir: string): Promise<WalkResult> {
  const abs = path.join(root, dir);
  const files: FoundFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const realRoot = await realpath(root).catch(() => path.resolve(root));
  let realDir: string;
  try {
    realDir = await realpath(abs);
  } catch (error) {
    // Missing: empty. A link that loops or dangles: reported.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !(await lstat(abs).then(() => true, () => false))) return { files, diagnostics };
    return { files, diagnostics: [unreadable(toRel(dir), error)] };
  }
  if (!isInside(realRoot, realDir)) return { files, diagnostics: [outsideRoot(toRel(dir))] };
  let entries;
  try {
    entries = await readdir(abs, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files, diagnostics };
    return { files, diagnostics: [unreadable(toRel(dir), error)] };
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // .gitkeep, editor swap files, hidden folders
    const rel = toRel(path.join(dir, entry.name));
    const full = path.join(abs, entry.name);
    if (entry.isSymbolicLink()) {
      let target: string;
      try {
        target = await realpath(full);
      } catch (error) {
        diagnostics.push(unreadable(rel, error));
        continue;
      }
      if (!isInside(realRoot, target)) {
        diagnostics.push(outsideRoot(rel));
        continue;
      }
      const isDirectory = await stat(target).then((s) => s.isDirectory(), () => false);
      files.push({ abs: target, rel, isDirectory });
    } else {
      files.push({ abs: full, rel, isDirectory: entry.isDirectory() });
    }
  }
  return { files, diagnostics };
}

/**
 * Reads one file of the knowledge base at `rel` like every file demine reads: through a link
 * only when it stays inside the root, then as size-limited UTF-8 text from a regular file.
 * Undefined when nothing is there (not even a broken link).
 */
export function readFileInRoot(root: string, rel: string, maxBytes: number): TextResult | undefined {
  const abs = path.join(root, rel);
  if (!lstatSync(abs, { throwIfNoEntry: false })) return undefined;
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (error) {
    return { ok: false, diagnostic: unreadable(toRel(rel), error) };
  }
  let realRoot = path.resolve(root);
  try {
    realRoot = realpathSync(root);
  } catch {
    // An unreadable root: the read below reports it.
  }
  if (!isInside(realRoot, real)) return { ok: false, diagnostic: outsideRoot(toRel(rel)) };
  return readTextSync(real, toRel(rel), maxBytes);
}

function isInside(realRoot: string, target: string): boolean {
  return target === realRoot || target.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep);
}

function outsideRoot(rel: string): Diagnostic {
  return diagnostic(rel, START, 'file/unreadable', 'The symbolic link points outside the knowledge base.', 'Copy the file into the knowledge base instead of linking to it.');
}

export function toRel(p: string): string {
  return p.split(path.sep).join('/');
}
