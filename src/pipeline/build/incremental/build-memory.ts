/**
 * What `demine build --watch` keeps between its builds: the caches of `.demine/` in memory
 * (read once, written back by `flush`), the inputs' fingerprints, so that after a change
 * only the files the watcher names are looked at again, and the bundle as the last build left
 * it (each file's size and time, and the text of `briefing.json`), so that a rebuild does not
 * list and stat the whole bundle: only the bundle files the watcher saw change
 * (`bundleChanged`) are looked at again. The result of every build is the same as without it
 * (a property test holds watched builds equal to clean ones).
 */
import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { INPUT_DIRS } from '../../../model/layout.js';
import { fingerprintInputs, inputFingerprint, MAX_BUNDLE_FILE_BYTES, OUTPUTS_FILE, type BundleScan } from '../cache/build-cache.js';
import { INCREMENTAL_FILE } from './build-incremental.js';
import { PARSED_FILE } from '../cache/build-parse-cache.js';
import { MemoryCache } from '../cache/cache-file.js';
import { CONFIG_FILE } from '../../init.js';
import { RenderMemory } from './render-memory.js';
import type { BundleContext } from '../../../bundle/context.js';

const FLAT_DIRS = new Set(INPUT_DIRS);

export class BuildMemory {
  readonly cache: MemoryCache;
  private inputs: Record<string, string> | undefined;
  /** The bundle folder and its files' `size:mtimeMs` as the last build left them. */
  private bundle: { out: string; stats: Readonly<Record<string, string>> } | undefined;
  /**
   * Bundle files (relative to it) the watcher saw change, each with the number of the event, and
   * the number of the last event that made every file suspect (a folder came or went). A build
   * that remembers the bundle clears what its scan looked at, not what came after.
   */
  private readonly suspect = new Map<string, number>();
  private allSuspect = 0;
  private events = 0;
  private scannedAt = 0;
  /** Each source document as the last build read it (text and all), by path, with the hash of its text: not read again while unchanged. */
  readonly documents = new Map<string, [hash: string, value: object]>();
  /** A bundle file's text by its sha256, as the last build wrote it (`briefing.json`, read back by the next). */
  private readonly texts = new Map<string, [hash: string, text: string]>();
  /** The last render: dependency hashes, each sheet's reads and who reads each key, so that a rebuild redoes only what depends on a change. */
  readonly render = new RenderMemory();
  /** The last build's `BundleContext`: the next one takes over its indexes and patches them. */
  private context: BundleContext | undefined;

  constructor(root: string) {
    this.cache = new MemoryCache(root);
  }

  /**
   * The fingerprints of every input: from the last build's, with only `changed` looked at
   * again when each is a file directly in a watched folder (or the config); anything else
   * (a folder, a deeper path, no list of changes) fingerprints everything again.
   */
  fingerprint(root: string, changed: readonly string[] | undefined): Record<string, string> {
    const known = this.inputs;
    const narrow = known !== undefined && changed !== undefined && changed.every((rel) => rel === CONFIG_FILE || FLAT_DIRS.has(path.posix.dirname(rel)));
    if (!narrow) return this.remember(fingerprintInputs(root));
    const next = { ...known };
    for (const rel of changed) {
      const info = statSync(path.join(root, rel), { throwIfNoEntry: false });
      if (info === undefined && rel !== CONFIG_FILE) delete next[rel];
      else if (info?.isDirectory()) return this.remember(fingerprintInputs(root));
      else next[rel] = inputFingerprint(root, rel);
    }
    return this.remember(next);
  }

  remember(inputs: Record<string, string>): Record<string, string> {
    this.inputs = inputs;
    return inputs;
  }

  /** The watcher saw these bundle files change (or `all`: a folder in the bundle came or went). */
  bundleChanged(rels: readonly string[] | 'all'): void {
    this.events++;
    if (rels === 'all') this.allSuspect = this.events;
    else for (const rel of rels) this.suspect.set(rel, this.events);
  }

  /**
   * The bundle as the last build left it, with only the files the watcher saw change looked at
   * again; undefined (scan the disk) when there is none for `out` or a folder came or went.
   */
  bundleScan(out: string): BundleScan | undefined {
    this.scannedAt = this.events;
    if (this.bundle?.out !== out || this.allSuspect > 0) return undefined;
    // Nothing seen: the very map the last build wrote (its digest and its check against the cache are then free).
    if (this.suspect.size === 0) return { stats: this.bundle.stats, plain: true };
    const stats = { ...this.bundle.stats };
    for (const rel of this.suspect.keys()) {
      const info = lstatSync(path.join(out, rel), { throwIfNoEntry: false });
      if (info === undefined) delete stats[rel];
      else if (info.isFile()) stats[rel] = `${info.size}:${info.mtimeMs}`;
      else return undefined; // a folder or a link where a file was: the disk's scan says what stands there
    }
    return { stats, plain: true };
  }

  /** After a build that scanned the bundle (`bundleScan`, else the disk): its files as that build left them. */
  rememberBundle(out: string, stats: Readonly<Record<string, string>>): void {
    this.bundle = { out, stats };
    for (const [rel, event] of this.suspect) if (event <= this.scannedAt) this.suspect.delete(rel);
    if (this.allSuspect <= this.scannedAt) this.allSuspect = 0;
  }

  /** The bundle folder whose files this memory knows as the last build left them. */
  bundleOut(): string | undefined {
    return this.bundle?.out;
  }

  /** Before a build writes the bundle: until it remembers it again, the next one scans the disk. */
  forgetBundle(): void {
    this.bundle = undefined;
  }

  /** A bundle file's text as the last build wrote it, when its sha256 is `hash`. */
  bundleText(rel: string, hash: string | undefined): string | undefined {
    const kept = this.texts.get(rel);
    return kept !== undefined && kept[0] === hash ? kept[1] : undefined;
  }

  keepBundleText(rel: string, hash: string | undefined, text: string | undefined): void {
    if (hash === undefined || text === undefined) this.texts.delete(rel);
    else this.texts.set(rel, [hash, text]);
  }

  /** A context made by `make` from the last one (which is not used again); none is kept while it is being made, should that fail. */
  bundleContext(make: (before: BundleContext | undefined) => BundleContext): BundleContext {
    const before = this.context;
    this.context = undefined;
    return (this.context = make(before));
  }

  /** Reads the caches a rebuild after a change needs, so that the first one does not wait for them (after a build that found nothing changed). */
  warm(): void {
    // Read now, with the same size limits as the builds read them; whether each is valid is asked then.
    const any = () => true;
    this.cache.read(OUTPUTS_FILE, any, MAX_BUNDLE_FILE_BYTES);
    this.cache.read(INCREMENTAL_FILE, any);
    this.cache.read(PARSED_FILE, any);
  }

  /** Writes what the builds of this process remember to `.demine/`, for the next process. */
  flush(): Promise<void> {
    return this.cache.flush();
  }
}
