import path from 'node:path';
import { readTextSync } from '../../../io/read-text.js';
import { writeFileAtomic } from '../../../io/write-atomic.js';
import { LOCK_DIR } from '../../../publish/lock.js';

/**
 * Where a build keeps what it remembers between runs: JSON files in `.demine/` (`diskCache`),
 * or, for builds in one process (`demine build --watch`), the same values held in memory and
 * written to `.demine/` only when asked (`MemoryCache`).
 */
export interface CacheStore {
  /** The value when there is one and it passes `valid`; otherwise undefined (a missing or broken cache means doing the work again). */
  read<T extends object>(name: string, valid: (value: T) => boolean, maxBytes?: number): T | undefined;
  /** Keeps `value`; a reader must treat what it read as read-only, and a writer hands over a value it no longer changes. */
  write(name: string, value: object): Promise<void>;
}

/**
 * A JSON file demine keeps in `.demine/`: its value when the file reads (a regular file within
 * `maxBytes`), parses and passes `valid`; otherwise undefined.
 */
export function readCacheFile<T>(root: string, name: string, valid: (value: T) => boolean, maxBytes = 1 << 30): T | undefined {
  const read = readTextSync(path.join(root, LOCK_DIR, name), name, maxBytes);
  if (!read.ok) return undefined;
  try {
    const value = JSON.parse(read.text) as T;
    return value !== null && typeof value === 'object' && valid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function diskCache(root: string): CacheStore {
  return {
    read: (name, valid, maxBytes) => readCacheFile(root, name, valid, maxBytes),
    write: (name, value) => writeFileAtomic(path.join(root, LOCK_DIR, name), asciiJson(value)),
  };
}

const NOT_ASCII = /[\u007f-\uffff]/;

/**
 * `value` as JSON with every character past ASCII written as a `\u` escape: the same value
 * when parsed, and a file that reads back without UTF-8 decoding (see `decodeText`).
 */
export function asciiJson(value: object): string {
  const json = JSON.stringify(value);
  return NOT_ASCII.test(json) ? json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

/** The values of `.demine/` read once and then kept in memory; `flush` writes the ones changed since. */
export class MemoryCache implements CacheStore {
  private readonly values = new Map<string, object | undefined>();
  private readonly dirty = new Set<string>();
  private readonly disk: CacheStore;

  constructor(root: string) {
    this.disk = diskCache(root);
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
