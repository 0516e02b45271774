import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchBundle } from '../../src/watch/watch-bundle.js';
import type { FolderWatch } from '../../src/watch/watch-folders.js';
import { tempDir } from '../helpers/temp-dir.js';

const until = async (ok: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('the bundle watched folder by folder', () => {
  let dir: string | undefined;
  let watching: FolderWatch | undefined;
  afterEach(() => {
    watching?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('names the files changed in the folder and in its folders, skips temporary files, and makes everything suspect when a folder comes or goes', async () => {
    dir = tempDir('folders');
    mkdirSync(path.join(dir, 'actors'));
    writeFileSync(path.join(dir, 'actors', 'a.md'), 'a\n');
    writeFileSync(path.join(dir, 'index.md'), 'i\n');
    const seen: (string[] | 'all')[] = [];
    watching = watchBundle(dir, (rels) => seen.push(rels), (name) => name.includes('.demine-tmp-'));
    writeFileSync(path.join(dir, 'actors', '.a.md.demine-tmp-1'), 'x\n');
    writeFileSync(path.join(dir, 'actors', 'a.md'), 'b\n');
    writeFileSync(path.join(dir, 'index.md'), 'j\n');
    await until(() => seen.flat().includes('index.md') && seen.flat().includes('actors/a.md'));
    expect(seen.flat()).toContain('actors/a.md');
    expect(seen.flat()).toContain('index.md');
    expect(seen.flat().some((rel) => rel.includes('demine-tmp'))).toBe(false);
    expect(seen).not.toContain('all');
    mkdirSync(path.join(dir, 'figures'));
    await until(() => seen.includes('all'));
    expect(seen).toContain('all');
    // The folder made later is watched too.
    writeFileSync(path.join(dir, 'figures', 'f.md'), 'f\n');
    await until(() => seen.flat().includes('figures/f.md'));
    expect(seen.flat()).toContain('figures/f.md');
    seen.length = 0;
    rmSync(path.join(dir, 'actors'), { recursive: true });
    await until(() => seen.includes('all'));
    expect(seen).toContain('all');
  });
});
