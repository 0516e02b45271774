import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StagedTree } from '../../src/publish/staged-tree.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A bundle written as it is rendered (`build` without a cache, `build --check`). */
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function bundleWith(files: Record<string, string>): { parent: string; dir: string } {
  const parent = tempDir('staged');
  made.push(parent);
  const dir = path.join(parent, 'dist');
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return { parent, dir };
}

const OLD = { 'index.md': 'old index\n', 'actors/a.md': 'same\n', 'actors/b.md': 'b\n', 'gone.md': 'gone\n' };
const NEW = { 'index.md': 'new index\n', 'actors/a.md': 'same\n', 'actors/b.md': 'b\n', 'added/c.md': 'c é\n' };

function put(tree: StagedTree, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) tree.put(rel, content);
}

function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[path.relative(dir, path.join(e.parentPath, e.name))] = readFileSync(path.join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

describe('StagedTree', () => {
  it('comparing only: reports added, changed and removed files, and writes nothing anywhere', async () => {
    const { parent, dir } = bundleWith(OLD);
    const tree = await StagedTree.open(dir, false);
    put(tree, NEW);
    expect(tree.changes()).toEqual({ added: ['added/c.md'], changed: ['index.md'], removed: ['gone.md'] });
    expect(contents(dir)).toEqual(OLD);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('staged as it is put, swapped whole past the in-place limit: unchanged files are hard links to the old ones', async () => {
    const { parent, dir } = bundleWith(OLD);
    const inode = statSync(path.join(dir, 'actors/a.md')).ino;
    const tree = await StagedTree.open(dir, true);
    put(tree, NEW);
    // Changed and added files are on disk beside the bundle before the commit.
    const staging = readdirSync(parent).find((n) => n.includes('demine-staging'))!;
    expect(readFileSync(path.join(parent, staging, 'added/c.md'), 'utf8')).toBe('c é\n');
    expect(await tree.commit(undefined, 0)).toEqual({ added: ['added/c.md'], changed: ['index.md'], removed: ['gone.md'] });
    expect(contents(dir)).toEqual(NEW);
    expect(statSync(path.join(dir, 'actors/a.md')).ino).toBe(inode);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('a few changes are made in place: unchanged files are not touched', async () => {
    const { parent, dir } = bundleWith(OLD);
    const before = statSync(path.join(dir, 'actors/b.md'));
    const tree = await StagedTree.open(dir, true);
    put(tree, NEW);
    await tree.commit(undefined, 256);
    expect(contents(dir)).toEqual(NEW);
    const after = statSync(path.join(dir, 'actors/b.md'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('no bundle yet: the staged tree becomes it', async () => {
    const { parent, dir } = bundleWith({});
    const tree = await StagedTree.open(dir, true);
    put(tree, NEW);
    expect((await tree.commit()).added).toEqual(['actors/a.md', 'actors/b.md', 'added/c.md', 'index.md']);
    expect(contents(dir)).toEqual(NEW);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('a write that fails while staging: commit throws it and the old bundle is left as it was, nothing beside it', async () => {
    const { parent, dir } = bundleWith(OLD);
    const tree = await StagedTree.open(dir, true);
    tree.put('index.md', 'new index\n'); // the staging folder exists now
    const staging = path.join(parent, readdirSync(parent).find((n) => n.includes('demine-staging'))!);
    writeFileSync(path.join(staging, 'added'), 'a file where a folder must go'); // as a full disk would, the write fails
    put(tree, NEW);
    await expect(tree.commit(undefined, 0)).rejects.toThrow();
    expect(contents(dir)).toEqual(OLD);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('discarded (an aborted build): the staging folder goes, the bundle stays', async () => {
    const { parent, dir } = bundleWith(OLD);
    const tree = await StagedTree.open(dir, true);
    put(tree, NEW);
    const abort = new AbortController();
    abort.abort(new Error('interrupted'));
    await expect(tree.commit(abort.signal, 0)).rejects.toThrow('interrupted');
    expect(contents(dir)).toEqual(OLD);
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});
