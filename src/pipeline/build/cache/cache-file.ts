import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { readTextSync } from '../../../io/read-text.js';
import { writeFileAtomic } from '../../../io/write-atomic.js';
import { LOCK_DIR } from '../../../publish/lock.js';
import { asciiJson, jsonPieces } from './json-pieces.js';
import { applyOverlay, BASE_ID, isOverlay, overlayLimits, nextOverlay, worthOverlaying, type Overlay, type Snapshot } from './cache-overlay.js';

/**
 * Where a build keeps what it remembers between runs: JSON files in `.demine/` (`diskCache`),
 * or, for builds in one process (`demine build --watch`), the same values held in memory and
 * written to `.demine/` only when asked (`MemoryCache`).
 */
export interface CacheStore {
  /** The value when there is one and it passes `valid`; otherwise undefined (a missing or broken cache means doing the work again). */
  read<T extends object>(name: string, valid: (value: T) => boolean, maxBytes?: number): T | undefined;
  /**
   * Keeps `value`; a reader must treat what it read as read-only, and a writer hands over a value it
   * no longer changes. With `overlay`, a large file read by this store is patched by an overlay
   * instead of written whole, when few of its entries changed (`cache-overlay.ts`).
   */
  write(name: string, value: object, options?: { overlay?: boolean }): Promise<void>;
}

/**
 * A JSON file demine keeps in `.demine/`: its value when the file reads (a regular file within
 * `maxBytes`), parses and passes `valid`; otherwise undefined. A large file is read with its
 * overlay (`cache-overlay.ts`); `seen`, when given, is told how the file stands on disk.
 */
export function readCacheFile<T>(root: string, name: string, valid: (value: T) => boolean, maxBytes = 1 << 30, seen?: (snapshot: Snapshot) => void): T | undefined {
  const file = path.join(root, LOCK_DIR, name);
  const read = readTextSync(file, name, maxBytes);
  if (!read.ok) return undefined;
  try {
    const value = JSON.parse(read.text) as T;
    if (value === null || typeof value !== 'object') return undefined;
    const id = (value as Record<string, unknown>)[BASE_ID];
    let overlay: Overlay | undefined;
    if (typeof id === 'string') {
      delete (value as Record<string, unknown>)[BASE_ID];
      overlay = readOverlay(`${file}${OVERLAY}`, id, maxBytes);
      if (overlay) applyOverlay(value as Record<string, unknown>, overlay);
    }
    if (!valid(value)) return undefined;
    // Only a value the caller keeps is remembered for its next write: a stale one (another key) is let go here.
    if (typeof id === 'string') seen?.({ id, value: value as Record<string, unknown>, ...(overlay ? { overlay } : {}), length: read.text.length });
    return value;
  } catch {
    return undefined;
  }
}

/** The name of a cache file's overlay, beside it: `<name>.overlay`. */
const OVERLAY = '.overlay';

function readOverlay(file: string, id: string, maxBytes: number): Overlay | undefined {
  const read = readTextSync(file, path.basename(file), maxBytes);
  if (!read.ok) return undefined;
  try {
    const value = JSON.parse(read.text) as unknown;
    return isOverlay(value, id) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The caches of `.demine/` on disk. With `overlays` (the default), a file written with `overlay`
 * after a small change gets an overlay; without (the watch, which writes seldom), every file is
 * written whole. Finding what changed costs a pass over every entry, which pays for a file whose
 * entries are large (`parsed.json`, the records), not for one of short strings: the writer asks.
 */
export function diskCache(root: string, options: { overlays?: boolean } = {}): CacheStore {
  const overlays = options.overlays !== false;
  const snapshots = new Map<string, Snapshot>();
  return {
    read: (name, valid, maxBytes) => readCacheFile(root, name, valid, maxBytes, overlays ? (snapshot) => snapshots.set(name, snapshot) : undefined),
    write: async (name, value, { overlay: patch = false } = {}) => {
      const file = path.join(root, LOCK_DIR, name);
      // The value's fields, each made once (a state kept by the watch makes its maps when asked).
      const plain = { ...value } as Record<string, unknown>;
      const snapshot = snapshots.get(name);
      snapshots.delete(name);
      const overlay = snapshot && patch ? nextOverlay(snapshot, plain) : undefined;
      if (overlay) {
        const text = asciiJson(overlay);
        if (worthOverlaying(text.length, snapshot!.length)) return writeFileAtomic(`${file}${OVERLAY}`, text);
      }
      // Without an overlay to name, the JSON goes to the file in pieces, never whole in memory.
      if (!(overlays && patch)) {
        await writeFileAtomic(file, jsonPieces(plain));
        return rm(`${file}${OVERLAY}`, { force: true });
      }
      const json = asciiJson(plain);
      // A large file names itself, so that the overlay of a later write can name the file it patches.
      await writeFileAtomic(file, json.length >= overlayLimits.minBytes ? `{${JSON.stringify(BASE_ID)}:${JSON.stringify(randomUUID())},${json.slice(1)}` : json);
      await rm(`${file}${OVERLAY}`, { force: true });
    },
  };
}

export class MemoryCache implements CacheStore {
  private readonly values = new Map<string, object | undefined>();
  private readonly dirty = new Set<string>();
  private readonly disk: CacheStore;

  constructor(root: string) {
    this.disk = diskCache(root, { overlays: false });
  }

  /** The value read from `.demine/` on first use and kept (also when there is none); `valid` is asked on every read. */
  read<T extends object>(name: string, valid: (value: T) => boolean, maxBytes?: number): T | undefined {
    if (!this.values.has(name)) this.values.set(name, this.disk.read<T>(name, () => true, maxBytes));
    const value = this.values.get(name) as T | undefined;
    return value !== undefined && valid(value) ? value : undefined;
  }

  async write(name: string, value: object): Promise<void> {
    this.values.set(name, value);
    this.dirty.add(name);
  }

  /** Writes every value changed since the last flush to `.demine/`, in the order they were written. */
  async flush(): Promise<void> {
    for (const name of [...this.dirty]) {
      this.dirty.delete(name);
      await this.disk.write(name, this.values.get(name)!);
    }
  }
}

export { asciiJson } from './json-pieces.js';
