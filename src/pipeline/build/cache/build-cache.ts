import { createHash } from 'node:crypto';
import { readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import { readTextSync } from '../../../io/read-text.js';
import { CODE_DIR } from '../../../version.js';
import type { CacheStore } from './cache-file.js';
import { statOf, type BundleScan } from './bundle-scan.js';
import { digestStats, PathList } from './path-digest.js';
import { CONFIG_FILE, INPUT_DIRS } from '../../../model/layout.js';

export { digestStats, type BundleScan };

/**
 * What the last build read and wrote, in two files under `.demine/`:
 * - `build-cache.json`, small: a digest of every input file's size and modification time,
 *   a digest of every bundle file's size and modification time as that build left them, and
 *   its warnings. A build whose two digests come out the same does nothing, without reading
 *   anything larger.
 * - `build-outputs.json`: the sha256 of every bundle file and its `size:mtimeMs`, read only
 *   when something changed, to find which files a build must write without reading the old
 *   bundle back.
 */
export interface BuildCache {
  /** Changes with the demine version and the bundle folder: a new tool invalidates everything. */
  key: string;
  /** Digest of `fingerprintInputs`. */
  inputs: string;
  /** Digest of the bundle's files, each with its size and modification time (`scanBundle`). */
  bundle: string;
  /** The warnings of that build, repeated when nothing changed. */
  warnings?: Diagnostic[];
}

export interface BuildOutputs {
  key: string;
  /** Bundle path → sha256 hex of its content. */
  outputs: Record<string, string>;
  /** Bundle path → `size:mtimeMs` of the file as that build left it: checked before the hashes are trusted. */
  stats: Record<string, string>;
  /** `digestStats(stats)`: a scan of the bundle with this digest found every file as that build left it. */
  statsDigest?: string;
}

const CACHE_FILE = 'build-cache.json';
export const OUTPUTS_FILE = 'build-outputs.json';

/**
 * The cache key: demine's version, a fingerprint of its compiled code (so a rebuilt or
 * upgraded tool never trusts output an older one wrote, even at the same version), and the
 * bundle folder (ASCII but for the folder's name, so that the caches keyed by it stay ASCII: see `asciiJson`).
 */
export function cacheKey(version: string, out: string): string {
  return `demine ${version} ${codeFingerprint()} -> ${out}`;
}

let codeFingerprintMemo: string | undefined;

/** Every module file of demine, relative to its code folder, sorted (a few hundred). */
export function codeModules(dir: string = CODE_DIR): string[] {
  try {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    return files.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')).sort();
  } catch {
    return []; // not a readable folder: the version alone keys the cache
  }
}

/** Size and modification time of every compiled module of demine, hashed: cheap (a few hundred stat calls). */
function codeFingerprint(): string {
  if (codeFingerprintMemo !== undefined) return codeFingerprintMemo;
  const hash = createHash('sha256');
  for (const rel of codeModules()) {
    const info = statSync(path.join(CODE_DIR, rel), { throwIfNoEntry: false });
    if (info?.isFile()) hash.update(`${rel}:${info.size}:${info.mtimeMs}\n`);
  }
  return (codeFingerprintMemo = hash.digest('hex').slice(0, 16));
}

/** The inputs' fingerprints with their digest (`digestStats` of the map), the map made only when asked for. */
export interface InputScan {
  digest: string;
  record(): Record<string, string>;
}

/**
 * Size and modification time of every file a build reads: documents, records, schemas, config,
 * taken in path order (each folder's listing sorted, the folders in the order of their paths) and
 * hashed as they come, so that a build with nothing changed makes no map of them.
 */
export function scanInputs(root: string): InputScan {
  const list = new PathList();
  // Synchronous: tens of thousands of stat calls are far cheaper without a thread-pool round trip each.
  for (const slot of [CONFIG_FILE, ...INPUT_DIRS.map((dir) => `${dir}/`)].sort()) {
    if (!slot.endsWith('/')) {
      list.add(slot, inputFingerprint(root, slot));
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(path.join(root, slot));
    } catch {
      continue;
    }
    const dir = `${root}${path.sep}${slot}`;
    for (const name of names.sort()) {
      let info: Stats | undefined;
      try {
        info = statSync(`${dir}${name}`, { throwIfNoEntry: false });
      } catch {
        list.add(`${slot}${name}`, inputFingerprint(root, `${slot}${name}`));
        continue;
      }
      if (info?.isFile()) list.addFile(`${slot}${name}`, info.size, info.mtimeMs);
      else list.add(`${slot}${name}`, 'not-a-file');
    }
  }
  const digest = list.digest();
  let record: Record<string, string> | undefined;
  const made = () => (record ??= list.record());
  return { digest: digest ?? digestStats(made()), record: made };
}

/** Size and modification time of every file a build reads, as a map of path → fingerprint. */
export function fingerprintInputs(root: string): Record<string, string> {
  return scanInputs(root).record();
}

/** One input's fingerprint: `size:mtimeMs`, `not-a-file` (also when missing), or why it cannot be looked at. */
export function inputFingerprint(root: string, rel: string): string {
  try {
    const info = statSync(`${root}${path.sep}${rel}`, { throwIfNoEntry: false });
    return info?.isFile() ? `${info.size}:${info.mtimeMs}` : 'not-a-file';
  } catch (error) {
    return `unreadable:${(error as NodeJS.ErrnoException).code}`; // a looping link: validation reports it
  }
}

export function readBuildCache(store: CacheStore): BuildCache | undefined {
  return store.read<BuildCache>(CACHE_FILE, (value) => typeof value.key === 'string' && typeof value.inputs === 'string' && typeof value.bundle === 'string');
}

/** The hashes of the last build's bundle, when that build had `key`. */
export function readBuildOutputs(store: CacheStore, key: string): BuildOutputs | undefined {
  return store.read<BuildOutputs>(OUTPUTS_FILE, (value) => value.key === key && Boolean(value.outputs && value.stats) && (value.statsDigest === undefined || typeof value.statsDigest === 'string'), MAX_BUNDLE_FILE_BYTES);
}

/** Writes both files; the small one last, so that a build stopped in between leaves a cache that does not match. */
export async function writeBuildCache(store: CacheStore, cache: Omit<BuildCache, 'bundle'>, outputs: Omit<BuildOutputs, 'statsDigest'>): Promise<void> {
  const bundle = digestStats(outputs.stats);
  await store.write(OUTPUTS_FILE, { ...outputs, statsDigest: bundle } satisfies BuildOutputs);
  await store.write(CACHE_FILE, { ...cache, bundle } satisfies BuildCache);
}

export function hashContent(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * True when the bundle holds exactly the files the cached build wrote, each as it left it:
 * no file added, deleted or replaced by a link, and each with its recorded size and
 * modification time, or else (touched, copied back) its recorded hash.
 */
export function bundleMatchesOutputs(out: string, scan: BundleScan, cached: BuildOutputs): boolean {
  if (!scan.plain) return false;
  // Watching, the very map the last build wrote (`BuildMemory.bundleScan`): every file as it left it.
  if (scan.stats === cached.stats) return true;
  const present = Object.keys(scan.stats);
  if (present.length !== Object.keys(cached.outputs).length) return false;
  for (const rel of present) {
    const hash = cached.outputs[rel];
    if (hash === undefined) return false;
    if (scan.stats[rel] === cached.stats[rel]) continue;
    // Read like any file a person could have replaced: a regular file only, with a size limit.
    const read = readTextSync(path.join(out, rel), rel, MAX_BUNDLE_FILE_BYTES);
    if (!read.ok || hashContent(read.text) !== hash) return false;
  }
  return true;
}

/**
 * `size:mtimeMs` of every bundle file after a build: the files it wrote are looked at again,
 * the others keep what the scan before the build saw (were one changed meanwhile, the next
 * build's scan differs and it checks that file's hash).
 */
export function bundleStats(out: string, outputs: Record<string, string>, before: Record<string, string> | undefined, written: ReadonlySet<string> | undefined): Record<string, string> {
  const stats: Record<string, string> = {};
  for (const rel of Object.keys(outputs)) {
    const seen = before && written && !written.has(rel) ? before[rel] : undefined;
    stats[rel] = seen ?? statOf(path.join(out, rel));
  }
  return stats;
}

/** Largest bundle or cache file demine reads back. */
export const MAX_BUNDLE_FILE_BYTES = 256 * 1024 * 1024;
