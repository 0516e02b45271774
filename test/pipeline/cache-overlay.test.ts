import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskCache, readCacheFile } from '../../src/pipeline/build/cache/cache-file.js';
import { BASE_ID, overlayLimits } from '../../src/pipeline/build/cache/cache-overlay.js';
import { tempDir } from '../helpers/temp-dir.js';

const any = () => true;

describe('a large cache file after a small change', () => {
  let root: string;
  const at = (name: string) => path.join(root, '.demine', name);
  const saved = overlayLimits.minBytes;
  beforeEach(() => {
    root = tempDir('overlay');
    mkdirSync(path.join(root, '.demine'));
    overlayLimits.minBytes = 0;
  });
  afterEach(() => {
    overlayLimits.minBytes = saved;
    rmSync(root, { recursive: true, force: true });
  });

  const many = (n: number, tag = 'v'): Record<string, [string, number]> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, [`${tag}${i}`, i]]));

  /** One build: reads the file through a new store, writes `next`, and gives what a next build reads. */
  async function build(next: (before: Record<string, unknown> | undefined) => object): Promise<Record<string, unknown> | undefined> {
    const store = diskCache(root);
    await store.write('c.json', next(store.read('c.json', any)), { overlay: true });
    return readCacheFile(root, 'c.json', any);
  }

  it('gets an overlay beside it; the file is not written again, and reads back as the value written', async () => {
    await build(() => ({ key: 'a', map: many(100), other: many(50, 'o') }));
    const file = readFileSync(at('c.json'), 'utf8');
    expect(file.startsWith(`{"${BASE_ID}":`)).toBe(true);
    const next = (before: any) => ({ key: 'b', map: { ...before.map, k3: ['changed', 3], added: ['new', 0] }, other: before.other });
    const { k7: _gone, ...rest } = many(100);
    const value = await build((before: any) => ({ ...next(before), map: { ...next(before).map, k7: undefined } }));
    expect(readFileSync(at('c.json'), 'utf8')).toBe(file);
    expect(existsSync(at('c.json.overlay'))).toBe(true);
    expect(value).toEqual({ key: 'b', map: { ...rest, k3: ['changed', 3], added: ['new', 0] }, other: many(50, 'o') });
    // A second small change patches the overlay: the changes of both builds, from the same file.
    const again = await build((before: any) => {
      const { k3: _k3, ...map } = before.map;
      return { ...before, map: { ...map, k9: ['again', 9] } };
    });
    expect(readFileSync(at('c.json'), 'utf8')).toBe(file);
    const { k3: _k3, ...without } = rest;
    expect(again).toEqual({ key: 'b', map: { ...without, added: ['new', 0], k9: ['again', 9] }, other: many(50, 'o') });
  });

  it('is written whole again, and its overlay removed, once the overlay has grown, or when a field is gone', async () => {
    await build(() => ({ key: 'a', map: many(100), other: many(100, 'o') }));
    const file = readFileSync(at('c.json'), 'utf8');
    // Half the entries of one map changed: that map is taken whole, and the overlay is too large.
    expect(await build((before: any) => ({ ...before, map: { ...before.map, ...many(50, 'w') } }))).toEqual({ key: 'a', map: { ...many(100), ...many(50, 'w') }, other: many(100, 'o') });
    expect(readFileSync(at('c.json'), 'utf8')).not.toBe(file);
    expect(existsSync(at('c.json.overlay'))).toBe(false);
    await build((before: any) => ({ ...before, key: 'b' }));
    expect(existsSync(at('c.json.overlay'))).toBe(true);
    expect(await build((before: any) => ({ map: before.map }))).toEqual({ map: { ...many(100), ...many(50, 'w') } });
    expect(existsSync(at('c.json.overlay'))).toBe(false);
  });

  it('ignores an overlay made for an earlier version of the file (a build stopped between writing the file and removing it)', async () => {
    await build(() => ({ key: 'a', map: many(100) }));
    await build((before: any) => ({ ...before, map: { ...before.map, k1: ['patched', 1] } }));
    const overlay = readFileSync(at('c.json.overlay'), 'utf8');
    await build(() => ({ key: 'b', map: many(100, 'x') }));
    writeFileSync(at('c.json.overlay'), overlay);
    expect(readCacheFile(root, 'c.json', any)).toEqual({ key: 'b', map: many(100, 'x') });
  });

  it('is written whole, and its overlay removed, by a writer that does not ask for an overlay (the watch)', async () => {
    await build(() => ({ key: 'a', map: many(100) }));
    await build((before: any) => ({ ...before, key: 'b' }));
    expect(existsSync(at('c.json.overlay'))).toBe(true);
    await diskCache(root).write('c.json', { key: 'c', map: many(100) });
    expect(existsSync(at('c.json.overlay'))).toBe(false);
    expect(JSON.parse(readFileSync(at('c.json'), 'utf8'))).toEqual({ key: 'c', map: many(100) });
  });

  it('small files are written whole, without an id', async () => {
    overlayLimits.minBytes = saved;
    await build(() => ({ key: 'a', map: many(10) }));
    await build((before: any) => ({ ...before, key: 'b' }));
    expect(JSON.parse(readFileSync(at('c.json'), 'utf8'))).toEqual({ key: 'b', map: many(10) });
    expect(existsSync(at('c.json.overlay'))).toBe(false);
  });

  it('a file read under another key is let go: the next write is whole, with no overlay', async () => {
    await build(() => ({ key: 'a', map: many(400) }));
    const store = diskCache(root);
    expect(store.read('c.json', (value: any) => value.key === 'other')).toBeUndefined();
    await store.write('c.json', { key: 'other', map: many(400) }, { overlay: true });
    expect(existsSync(at('c.json.overlay'))).toBe(false);
    expect(JSON.parse(readFileSync(at('c.json'), 'utf8')).key).toBe('other');
  });
});
