import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchInputs, type InputWatcher } from '../../src/watch/watch-inputs.js';
import { tempDir } from '../helpers/temp-dir.js';

const until = async (ok: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
};
const quiet = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the inputs watched folder by folder', () => {
  let root: string | undefined;
  let watching: InputWatcher | undefined;
  afterEach(async () => {
    await watching?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('names the input files changed, skips what is not an input, and names a folder that came, went or moved back', async () => {
    root = tempDir('inputs');
    for (const dir of ['seeds', 'schemas', 'data/figures', 'dist']) mkdirSync(path.join(root, dir), { recursive: true });
    const seen: string[] = [];
    watching = watchInputs(root, (paths) => seen.push(...paths), 20);
    await watching.ready;
    writeFileSync(path.join(root, 'data', 'figures', 'f1.yaml'), 'id: f1\n');
    writeFileSync(path.join(root, 'seeds', 'a.md'), 'a\n');
    writeFileSync(path.join(root, 'demine.config.json'), '{}\n');
    // Not inputs: the bundle, a file beside the inputs, a build's temporary file.
    writeFileSync(path.join(root, 'dist', 'index.md'), 'i\n');
    writeFileSync(path.join(root, 'notes.txt'), 'n\n');
    writeFileSync(path.join(root, 'seeds', '.a.md.demine-tmp-12'), 'x\n');
    await until(() => ['data/figures/f1.yaml', 'seeds/a.md', 'demine.config.json'].every((p) => seen.includes(p)));
    await quiet(60);
    expect([...new Set(seen)].sort()).toEqual(['data/figures/f1.yaml', 'demine.config.json', 'seeds/a.md']);

    // A type folder made later is watched from then on, and reported itself.
    seen.length = 0;
    mkdirSync(path.join(root, 'data', 'actors'));
    await until(() => seen.includes('data/actors'));
    writeFileSync(path.join(root, 'data', 'actors', 'a1.yaml'), 'id: a1\n');
    await until(() => seen.includes('data/actors/a1.yaml'));
    expect(seen).toEqual(expect.arrayContaining(['data/actors', 'data/actors/a1.yaml']));

    // A folder moved away and back is watched again where it is now, not where it went.
    seen.length = 0;
    renameSync(path.join(root, 'seeds'), path.join(root, 'away'));
    await until(() => seen.includes('seeds'));
    writeFileSync(path.join(root, 'away', 'c.md'), 'c\n');
    await quiet(60);
    expect(seen.some((p) => p.endsWith('c.md'))).toBe(false);
    renameSync(path.join(root, 'away'), path.join(root, 'seeds'));
    await quiet(60);
    seen.length = 0;
    writeFileSync(path.join(root, 'seeds', 'b.md'), 'b\n');
    await until(() => seen.includes('seeds/b.md'));
    expect(seen).toContain('seeds/b.md');
  });
});
