import { lstatSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanBundle, scanSorted, startBundleScan } from '../../src/pipeline/build/cache/bundle-scan.js';
import { scanInputs } from '../../src/pipeline/build/cache/build-cache.js';
import { digestStats, PathList } from '../../src/pipeline/build/cache/path-digest.js';
import { tempDir } from '../helpers/temp-dir.js';

/** The bundle's stats as the scan before it made them: one recursive listing, one lstat per file, in no particular order. */
function statsByListing(out: string): Record<string, string> {
  const stats: Record<string, string> = {};
  for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const info = lstatSync(file);
    stats[path.relative(out, file).split(path.sep).join('/')] = info.isFile() ? `${info.size}:${info.mtimeMs}` : 'not-a-file';
  }
  return stats;
}

/** Names whose order changes when a folder's entries are sorted as bare names rather than as whole paths. */
const TRICKY = ['a.md', 'a/x.md', 'a/b/c.md', 'a-b.md', 'a0', 'a/b.md', 'b/a.md', 'B.md', 'é.md', 'z.md', 'a b/one.md', 'listings/x.md', 'listings.md'];

describe('scanning the bundle in path order', () => {
  let out: string;
  beforeEach(() => {
    out = tempDir('scan');
    for (const rel of TRICKY) {
      mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
      writeFileSync(path.join(out, rel), `${rel}\n`);
    }
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it('lists every file in the order of its whole path, with the digest of the map', () => {
    const expected = statsByListing(out);
    const scan = scanSorted(out);
    expect(scan.list.paths).toEqual(Object.keys(expected).sort());
    expect(scan.list.paths).toHaveLength(TRICKY.length);
    expect(scan.plain).toBe(true);
    expect(scan.digest).toBe(digestStats({ ...expected }));
    expect(scanBundle(out).stats).toEqual(expected);
  });

  it('marks links and other entries as not plain, and never follows them', () => {
    symlinkSync('a', path.join(out, 'link'));
    const scan = scanSorted(out);
    expect(scan.plain).toBe(false);
    expect(scan.list.print(scan.list.paths.indexOf('link'))).toBe('not-a-file');
    expect(scan.list.paths.filter((rel) => rel.startsWith('link/'))).toEqual([]);
    expect(scan.digest).toBe(digestStats({ ...statsByListing(out) }));
  });

  it('a missing bundle is no plain bundle', () => {
    expect(scanSorted(path.join(out, 'missing'))).toMatchObject({ files: 0, plain: false });
  });

  for (const threads of [1, 2]) {
    it(`gives the same summary and scan ${threads === 1 ? 'on this thread' : 'on a worker thread'}`, async () => {
      const expected = statsByListing(out);
      const job = startBundleScan(out, threads);
      expect(await job.summary()).toEqual({ digest: digestStats({ ...expected }), plain: true, files: TRICKY.length });
      const scan = await job.full();
      expect(scan).toEqual({ stats: expected, plain: true });
      // The digest of the scan's map is the one its summary gave (remembered, not hashed again).
      expect(digestStats(scan.stats)).toBe(digestStats({ ...expected }));
    });
  }

  it('a digest of paths given out of order is none', () => {
    const list = new PathList();
    list.add('b', '1:2');
    list.add('a', '1:2');
    expect(list.digest()).toBeUndefined();
  });

  it('keeps every fingerprint as it was given, numbers or not, and one list has one digest however it was given', () => {
    const prints = { a: '12:1764650000123.456', b: 'not-a-file', c: 'unreadable:EACCES', d: '0:0', e: '7:1e-7', f: '01:5', g: '3:-0' };
    const given = new PathList();
    for (const [rel, print] of Object.entries(prints)) given.add(rel, print);
    expect(given.record()).toEqual(prints);
    const asNumbers = new PathList();
    asNumbers.addFile('a', 12, 1764650000123.456);
    for (const [rel, print] of Object.entries(prints).slice(1, 3)) asNumbers.add(rel, print);
    asNumbers.addFile('d', 0, -0);
    asNumbers.addFile('e', 7, 1e-7);
    asNumbers.add('f', '01:5');
    asNumbers.add('g', '3:-0');
    expect(asNumbers.digest()).toBe(given.digest());
    expect(asNumbers.digest()).toBe(digestStats({ ...prints }));
    expect(PathList.from(structuredClone(given.parts())).record()).toEqual(prints);
    // Any one fingerprint changed, the digest changes.
    for (const rel of Object.keys(prints)) expect(digestStats({ ...prints, [rel]: '13:1' })).not.toBe(given.digest());
  });
});

describe('fingerprinting the inputs in path order', () => {
  let root: string;
  beforeEach(() => {
    root = tempDir('inputs');
    for (const rel of ['seeds/b.md', 'seeds/a.md', 'seeds/a-b.md', 'seeds/a.md.bak', 'schemas/x.json', 'data/actors/z.yaml', 'data/actors/a.yaml', 'data/figures/é.yaml', 'data/pillars/p.yaml', 'demine.config.json', 'seeds/folder/deep.md']) {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), `${rel}\n`);
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('gives the digest of the map of every input, config first or not', () => {
    const scan = scanInputs(root);
    const record = scan.record();
    expect(Object.keys(record).sort()).toEqual(['data/actors/a.yaml', 'data/actors/z.yaml', 'data/figures/é.yaml', 'data/pillars/p.yaml', 'demine.config.json', 'schemas/x.json', 'seeds/a-b.md', 'seeds/a.md', 'seeds/a.md.bak', 'seeds/b.md', 'seeds/folder']);
    expect(record['seeds/folder']).toBe('not-a-file');
    const info = statSync(path.join(root, 'seeds/a.md'));
    expect(record['seeds/a.md']).toBe(`${info.size}:${info.mtimeMs}`);
    expect(scan.digest).toBe(digestStats({ ...record }));
  });

  it('a missing config is fingerprinted too (so that adding one is a change)', () => {
    rmSync(path.join(root, 'demine.config.json'));
    const scan = scanInputs(root);
    expect(scan.record()['demine.config.json']).toBe('not-a-file');
    expect(scan.digest).toBe(digestStats({ ...scan.record() }));
  });
});
