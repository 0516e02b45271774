import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readTextSync } from '../io/read-text.js';
import { readCacheFile } from './cache-file.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { RECORD_TYPES } from '../model/record-types.js';
import { listTree } from '../publish/compare-tree.js';
import { isPlainFile } from '../publish/link-free.js';
import { LOCK_DIR } from '../publish/lock.js';
import { DATA_DIR, SCHEMAS_DIR, SEEDS_DIR } from '../model/layout.js';
import { CONFIG_FILE } from './init.js';

/**
 * `.demine/build-cache.json`: what the last build read (every input file's size and
 * modification time) and wrote (the sha256 of every bundle file). A build whose inputs
 * and bundle are as the cache says does nothing; otherwise the cached hashes spare reading
 * the old bundle back to find which files changed.
 */
export interface BuildCache {
  /** Changes with the demine version and the bundle folder: a new tool invalidates everything. */
  key: string;
  inputs: Record<string, string>;
  /** Bundle path → sha256 hex of its content. */
  outputs: Record<string, string>;
  /** Bundle path → `size:mtimeMs` of the file as that build left it: checked before the cache is trusted. */
  stats?: Record<string, string>;
  /** The warnings of that build, repeated when nothing changed. */
  warnings?: Diagnostic[];
}

const CACHE_FILE = 'build-cache.json';

/**
 * The cache key: demine's version, a fingerprint of its compiled code (so a rebuilt or
 * upgraded tool never trusts output an older one wrote, even at the same version), and the
 * bundle folder.
 */
export function cacheKey(version: string, out: string): string {
  return `demine ${version} ${codeFingerprint()} → ${out}`;
}

let codeFingerprintMemo: string | undefined;

/** Size and modification time of every compiled module of demine, hashed: cheap (a few hundred stat calls). */
function codeFingerprint(): string {
  if (codeFingerprintMemo !== undefined) return codeFingerprintMemo;
  const libDir = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256');
  let entries: string[] = [];
  try {
    entries = (readdirSync(libDir, { recursive: true }) as string[]).sort();
  } catch {
    // Not a readable folder: the version alone keys the cache.
  }
  for (const rel of entries) {
    const info = statSync(path.join(libDir, rel), { throwIfNoEntry: false });
    if (info?.isFile()) hash.update(`${rel}:${info.size}:${info.mtimeMs}\n`);
  }
  return (codeFingerprintMemo = hash.digest('hex').slice(0, 16));
}

/** Size and modification time of every file a build reads: documents, records, schemas, config. */
export async function fingerprintInputs(root: string): Promise<Record<string, string>> {
  const dirs = [SEEDS_DIR, SCHEMAS_DIR, ...RECORD_TYPES.map((t) => `${DATA_DIR}/${t.folder}`)];
  const out: Record<string, string> = {};
  // Synchronous: tens of thousands of stat calls are far cheaper without a thread-pool round trip each.
  const add = (rel: string) => {
    try {
      const info = statSync(path.join(root, rel), { throwIfNoEntry: false });
      out[rel] = info?.isFile() ? `${info.size}:${info.mtimeMs}` : 'not-a-file';
    } catch (error) {
      out[rel] = `unreadable:${(error as NodeJS.ErrnoException).code}`; // a looping link: validation reports it
    }
  };
  add(CONFIG_FILE);
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(path.join(root, dir));
    } catch {
      continue;
    }
    for (const name of names.sort()) add(`${dir}/${name}`);
  }
  return out;
}

export async function readBuildCache(root: string): Promise<BuildCache | undefined> {
  return readCacheFile<BuildCache>(root, CACHE_FILE, (value) => typeof value.key === 'string' && Boolean(value.inputs && value.outputs), MAX_MANIFEST_BYTES);
}

export async function writeBuildCache(root: string, cache: BuildCache): Promise<void> {
  await writeFileAtomic(path.join(root, LOCK_DIR, CACHE_FILE), JSON.stringify(cache));
}

export function sameInputs(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => a[k] === b[k]);
}

export function hashContent(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * True when the bundle holds exactly the files the cached build wrote, each as it left it:
 * no file added, deleted or replaced by a link, and each with its recorded size and
 * modification time, or else (touched, copied back) its recorded hash.
 */
export async function bundleMatchesCache(out: string, cache: BuildCache): Promise<boolean> {
  if (!cache.stats) return false;
  const present = await listTree(out).catch(() => undefined);
  if (!present || present.length !== Object.keys(cache.outputs).length) return false;
  for (const rel of present) {
    const hash = cache.outputs[rel];
    if (hash === undefined || !isPlainFile(out, rel)) return false;
    if (statOf(path.join(out, rel)) === cache.stats[rel]) continue;
    // Read like any file a person could have replaced: a regular file only, with a size limit.
    const read = readTextSync(path.join(out, rel), rel, MAX_MANIFEST_BYTES);
    if (!read.ok || hashContent(read.text) !== hash) return false;
  }
  return true;
}

/** `size:mtimeMs` of every bundle file, as `BuildCache.stats` keeps them. */
export function bundleStats(out: string, outputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(outputs).map((rel) => [rel, statOf(path.join(out, rel))]));
}

function statOf(file: string): string {
  const info = lstatSync(file, { throwIfNoEntry: false });
  return info?.isFile() ? `${info.size}:${info.mtimeMs}` : 'not-a-file';
}

const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
