import { readdirSync, realpathSync } from 'node:fs';
import { lstatOrUndefined } from './link-free.js';
import path from 'node:path';
import { readTextSync } from '../io/read-text.js';
import { DATA_DIR, SCHEMAS_DIR, SEEDS_DIR } from '../model/layout.js';
import { LOCK_DIR } from './lock.js';

/** Folders of a knowledge base that hold what people wrote (or demine's own state): never a bundle folder. */
const PROTECTED = [DATA_DIR, SEEDS_DIR, SCHEMAS_DIR, '.git', LOCK_DIR];

/** File-system trees that are not storage: writing a bundle there makes no sense and can hang. */
const SPECIAL = ['/dev', '/proc', '/sys', '/run'];

const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

/**
 * Why `out` cannot be the bundle folder of the knowledge base at `root`, or undefined when it
 * can. The bundle folder is demine's alone: it is replaced whole, so it must not be (or hold)
 * the knowledge base, lie in a folder of what people wrote, be a link, a file or a special
 * file-system path, or be a non-empty folder that demine cannot prove it made: one with its
 * manifest, or (`remembered`) the folder demine's own build cache says it last wrote.
 */
export function outFolderProblem(root: string, out: string, raw: string, remembered = false): string | undefined {
  if (raw.trim() === '') return 'is empty (no folder named)';
  const realRoot = realpathOr(root);
  const resolved = path.resolve(root, out);
  const real = realOfPath(resolved);
  if (real === undefined) return 'lies under a file, not a folder';
  if (SPECIAL.some((s) => isWithin(real, s) || isWithin(resolved, s))) return 'is a special file-system path, not a folder for files';
  if (isWithin(realRoot, real)) return real === realRoot ? 'is the knowledge base itself' : 'holds the knowledge base';
  for (const name of PROTECTED) {
    const guarded = realpathOr(path.join(realRoot, name));
    if (isWithin(real, guarded) || isWithin(real, path.join(realRoot, name))) return `is inside \`${name}/\`, which holds files demine must not replace`;
  }
  const info = lstatOrUndefined(resolved);
  if (!info) return undefined;
  if (info.isSymbolicLink()) return 'is a symbolic link; demine never writes through one';
  if (!info.isDirectory()) return 'is not a folder';
  if (!remembered && !madeByDemine(resolved)) return 'is a folder demine did not make (it holds files and no demine manifest.json); demine never empties it';
  return undefined;
}

/** True for an empty folder, or one holding a `manifest.json` of the shape only demine writes. */
export function madeByDemine(dir: string): boolean {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return false;
  }
  if (names.length === 0) return true;
  const read = readTextSync(path.join(dir, 'manifest.json'), 'manifest.json', MAX_MANIFEST_BYTES);
  if (!read.ok) return false;
  try {
    const value = JSON.parse(read.text) as Record<string, unknown>;
    return typeof value.schemaVersion === 'number' && isObject(value.counts) && isObject(value.files);
  } catch {
    return false;
  }
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `inner` is `outer` or lies inside it. */
function isWithin(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function realpathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * The real path `p` would have: its longest existing ancestor resolved through links, then
 * the rest. Undefined when an existing ancestor is not a folder (a path under a file).
 */
function realOfPath(p: string): string | undefined {
  let existing = p;
  const rest: string[] = [];
  for (;;) {
    const info = lstatOrUndefined(existing);
    if (info) break;
    const parent = path.dirname(existing);
    if (parent === existing) break;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  let real: string;
  try {
    real = realpathSync(existing);
  } catch {
    return undefined;
  }
  if (rest.length > 0) {
    const info = lstatOrUndefined(real);
    if (!info?.isDirectory()) return undefined;
  }
  return path.join(real, ...rest);
}
