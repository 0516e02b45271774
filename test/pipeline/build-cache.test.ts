import { appendFileSync, cpSync, lstatSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildBundle } from '../../src/pipeline/build/build.js';
import { copyRepoKb, snapshotTree } from '../helpers/kb-copy.js';

/** Rewrites a file with one change and a new modification time, as an editor would. */
function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  const later = new Date(Date.now() + 5_000);
  utimesSync(file, later, later);
}

describe('the build cache', () => {
  let root: string;
  beforeEach(async () => {
    root = copyRepoKb();
    const first = await buildBundle({ root });
    expect(first.written).toBe(true);
    expect(first.fromCache).toBeUndefined();
  });

  it('a build with nothing changed reads and writes nothing', async () => {
    const before = snapshotTree(path.join(root, 'dist'));
    const again = await buildBundle({ root });
    expect(again).toMatchObject({ fromCache: true, written: false, files: before.size });
    expect(snapshotTree(path.join(root, 'dist'))).toEqual(before);
  });

  it('a changed record rebuilds, touching only the files whose content changed', async () => {
    edit(path.join(root, 'data/figures/cambodia-area-cleared.yaml'), (t) => t.replace(/^measure: (.*)$/m, 'measure: $1 (revised)'));
    const result = await buildBundle({ root });
    expect(result.fromCache).toBeUndefined();
    expect(result.changes?.added).toEqual([]);
    expect(result.changes?.changed).toContain('figures/cambodia-area-cleared.md');
    expect(result.changes?.changed).toContain('manifest.json');
    expect(result.changes?.changed).not.toContain('figures/cambodia-area-still-to-clear.md');
  });

  it('after a build that wrote some files in place, the next build with nothing changed does nothing', async () => {
    edit(path.join(root, 'data/figures/cambodia-area-cleared.yaml'), (t) => t.replace(/^measure: (.*)$/m, 'measure: $1 (revised)'));
    expect((await buildBundle({ root })).written).toBe(true);
    expect((await buildBundle({ root })).fromCache).toBe(true);
  });

  it('a bundle file edited after an in-place build (one that build did not write) is found and repaired', async () => {
    edit(path.join(root, 'data/figures/cambodia-area-cleared.yaml'), (t) => t.replace(/^measure: (.*)$/m, 'measure: $1 (revised)'));
    await buildBundle({ root });
    const sheet = path.join(root, 'dist/figures/cambodia-area-still-to-clear.md');
    const original = readFileSync(sheet, 'utf8');
    edit(sheet, (t) => `${t}hand edit\n`);
    const result = await buildBundle({ root });
    expect(result.fromCache).toBeUndefined();
    expect(result.changes?.changed).toContain('figures/cambodia-area-still-to-clear.md');
    expect(readFileSync(sheet, 'utf8')).toBe(original);
  });

  it('a folder of the bundle replaced by a link is not trusted, and the build makes it a real folder again', async () => {
    const elsewhere = copyRepoKb();
    rmSync(path.join(root, 'dist/actors'), { recursive: true });
    symlinkSync(path.join(elsewhere, 'data/actors'), path.join(root, 'dist/actors'));
    const result = await buildBundle({ root });
    expect(result.fromCache).toBeUndefined();
    expect(lstatSync(path.join(root, 'dist/actors')).isDirectory()).toBe(true);
    expect(readFileSync(path.join(elsewhere, 'data/actors/japan.yaml'), 'utf8')).toContain('Japan');
  });

  it('a quote found before is looked for again once its document or its record changes', async () => {
    const figure = path.join(root, 'data/figures/cambodia-area-cleared.yaml');
    const quote = /quote: (?:"|')?(.{20})/.exec(readFileSync(figure, 'utf8'))![1]!;
    const seed = path.join(root, 'seeds', readFileSync(figure, 'utf8').match(/source: (\S+)/)![1]! + '.md');
    const text = readFileSync(seed, 'utf8');
    edit(seed, (t) => t.split(quote).join(quote.toUpperCase()));
    const broken = await buildBundle({ root });
    expect(broken.diagnostics.map((d) => `${d.file} ${d.rule}`)).toContain('data/figures/cambodia-area-cleared.yaml quote/not-found');
    edit(seed, () => text);
    expect((await buildBundle({ root })).diagnostics.filter((d) => d.rule === 'quote/not-found')).toEqual([]);
    edit(figure, (t) => t.replace(quote, `${quote} (not in the document)`));
    expect((await buildBundle({ root })).diagnostics.map((d) => d.rule)).toContain('quote/not-found');
  });

  it('a build that used the cache writes exactly what a build without any cache writes', async () => {
    edit(path.join(root, 'data/actors/japan.yaml'), (t) => t.replace(/^name: Japan$/m, 'name: Japan (State of Japan)'));
    const cached = await buildBundle({ root });
    expect(cached.written).toBe(true);
    const fresh = copyRepoKb();
    cpSync(path.join(root, 'data'), path.join(fresh, 'data'), { recursive: true });
    await buildBundle({ root: fresh });
    expect(snapshotTree(path.join(root, 'dist'))).toEqual(snapshotTree(path.join(fresh, 'dist')));
  });

  it.each([
    ['a seed document', 'seeds/002_2b5886e53538d0e7.md'],
    ['a schema', 'schemas/figure.schema.json'],
    ['the config', 'demine.config.json'],
  ])('is invalidated by %s', async (_what, rel) => {
    const file = path.join(root, rel);
    if (rel === 'demine.config.json') writeFileSync(file, '{"out": "dist"}\n');
    else edit(file, (t) => `${t}\n`);
    expect((await buildBundle({ root })).fromCache).toBeUndefined();
    expect((await buildBundle({ root })).fromCache).toBe(true);
  });

  it('is invalidated by another version of demine', async () => {
    const cacheFile = path.join(root, '.demine/build-cache.json');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    writeFileSync(cacheFile, JSON.stringify({ ...cache, key: cache.key.replace(/demine \S+/, 'demine 0.0.0-older') }));
    expect((await buildBundle({ root })).fromCache).toBeUndefined();
  });

  it('is not trusted when the bundle was changed behind its back', async () => {
    appendFileSync(path.join(root, 'dist/manifest.json'), ' ');
    const result = await buildBundle({ root });
    expect(result.fromCache).toBeUndefined();
    expect(result.changes?.changed).toEqual(['manifest.json']);
  });

  it('never reads a manifest replaced by a link to an endless device; the build repairs it', async () => {
    rmSync(path.join(root, 'dist/manifest.json'));
    symlinkSync('/dev/zero', path.join(root, 'dist/manifest.json'));
    const result = await buildBundle({ root });
    expect(result.fromCache).toBeUndefined();
    expect(result.written).toBe(true);
    expect(lstatSync(path.join(root, 'dist/manifest.json')).isFile()).toBe(true);
  });

  it('is not used by --check, which compares every byte', async () => {
    appendFileSync(path.join(root, 'dist/index.md'), 'hand edit\n');
    const check = await buildBundle({ root, check: true });
    expect(check.changes?.changed).toEqual(['index.md']);
  });
});

describe('the build cache key', () => {
  it('fingerprints every module of demine, not only the build stage: a changed renderer is a new key', async () => {
    const { codeModules } = await import('../../src/pipeline/build/cache/build-cache.js');
    const modules = codeModules();
    // Before, the key read only the folder above the build's own module (pipeline/), so a renderer
    // or validator compiled anew kept serving the bundle the old code had made.
    for (const rel of ['cli/bin', 'bundle/render', 'records/validate', 'pipeline/build/build']) expect(modules.some((m) => m.replace(/\.[jt]s$/, '') === rel), rel).toBe(true);
    expect(modules.every((m) => !m.startsWith('/') && !m.includes('\\'))).toBe(true);
  });
});
