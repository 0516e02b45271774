import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../src/pipeline/build/build.js';
import { bundleProblems } from '../../helpers/bundle-integrity.js';
import { copyRepoKb } from '../../helpers/kb-copy.js';
import { runMain } from '../../helpers/run-main.js';
import { snapshotEntries } from '../snapshot.js';
import { tempDir } from '../../helpers/temp-dir.js';

/**
 * Issue 9, case 5: a symbolic link inside dist/ (`dist/actors -> /elsewhere`) is replaced by
 * a real folder, never followed. Before the fix the build renamed 30 fact sheets into the
 * link's target outside the root, overwriting what was there, then deleted the link.
 */
function elsewhere(): string {
  const dir = tempDir('elsewhere');
  writeFileSync(path.join(dir, 'cambodia.md'), 'a file that is not demine\'s\n');
  writeFileSync(path.join(dir, 'keep.txt'), 'keep me\n');
  return dir;
}

describe('links inside the bundle', () => {
  for (const limit of ['in place', 'swap'] as const) {
    it(`dist/actors -> a folder outside the root: replaced, the target untouched (${limit})`, async () => {
      const root = copyRepoKb({ withDist: true });
      const outside = elsewhere();
      const before = snapshotEntries(outside);
      rmSync(path.join(root, 'dist/actors'), { recursive: true });
      symlinkSync(outside, path.join(root, 'dist/actors'));
      for (const name of readdirSync(path.join(root, 'data/figures'))) {
        const file = path.join(root, 'data/figures', name);
        writeFileSync(file, readFileSync(file, 'utf8').replace(/^measure: (.*)$/m, 'measure: $1 (revised)'));
      }
      // In place: the few changed files renamed into dist/; swap: the whole bundle written beside it (unchanged files hard-linked).
      const result = await buildBundle({ root, inPlaceLimit: limit === 'swap' ? 0 : undefined });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.written).toBe(true);
      expect(snapshotEntries(outside)).toEqual(before);
      expect(lstatSync(path.join(root, 'dist/actors')).isDirectory()).toBe(true);
      expect(bundleProblems(path.join(root, 'dist'))).toEqual([]);
      expect((await runMain(['build', '--root', root, '--check'])).code).toBe(0);
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    });
  }

  it('a fact sheet replaced by a link to a file outside: the link is replaced, its target untouched', async () => {
    const root = copyRepoKb({ withDist: true });
    const outside = elsewhere();
    const before = snapshotEntries(outside);
    rmSync(path.join(root, 'dist/actors/cambodia.md'));
    symlinkSync(path.join(outside, 'cambodia.md'), path.join(root, 'dist/actors/cambodia.md'));
    expect((await runMain(['build', '--root', root])).code).toBe(0);
    expect(snapshotEntries(outside)).toEqual(before);
    expect(lstatSync(path.join(root, 'dist/actors/cambodia.md')).isFile()).toBe(true);
    expect(bundleProblems(path.join(root, 'dist'))).toEqual([]);
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('dist itself a link: refused (exit 2), the target untouched', async () => {
    const root = copyRepoKb();
    const outside = elsewhere();
    const before = snapshotEntries(outside);
    mkdirSync(path.join(root, 'x'));
    symlinkSync(outside, path.join(root, 'dist'));
    const run = await runMain(['build', '--root', root]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/symbolic link.*\[build\/unsafe-out\]/);
    expect(snapshotEntries(outside)).toEqual(before);
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
});
