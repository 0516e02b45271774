import path from 'node:path';
import { readTextSync } from '../io/read-text.js';
import { LOCK_DIR } from '../publish/lock.js';

/**
 * A JSON file demine keeps in `.demine/`: its value when the file reads (a regular file within
 * `maxBytes`), parses and passes `valid`; otherwise undefined, since a cache is only a shortcut
 * and a missing or broken one means doing the work again.
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
