import { readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBundle } from '../../src/pipeline/build/build.js';
import { copyRepoKb, snapshotTree } from '../helpers/kb-copy.js';
import { runMain } from '../helpers/run-main.js';

/**
 * Issue 9, case 6: the build cache never hides the truth. Before the fix it trusted
 * manifest.json alone, so after a bundle file was deleted or edited by hand `demine build`
 * said "up to date" forever while `build --check` said stale.
 */
describe('the build cache checks the bundle it remembers', () => {
  let root: string;
  let built: Map<string, string>;
  beforeEach(async () => {
    root = copyRepoKb();
    expect((await buildBundle({ root })).written).toBe(true);
    built = snapshotTree(path.join(root, 'dist'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const damage: Record<string, (dist: string) => void> = {
    'a fact sheet deleted': (dist) => rmSync(path.join(dist, 'actors/cambodia.md')),
    'a fact sheet edited (same size, same time)': (dist) => {
      const file = path.join(dist, 'index.md');
      const text = readFileSync(file, 'utf8');
      const { mtime } = { mtime: new Date(Date.now() - 60_000) };
      writeFileSync(file, text.replace('#', '%'));
      utimesSync(file, mtime, mtime);
    },
    'a fact sheet edited': (dist) => writeFileSync(path.join(dist, 'index.md'), 'edited by hand\n'),
    'a file added': (dist) => writeFileSync(path.join(dist, 'stray.md'), 'stray\n'),
    'a fact sheet replaced by a link': (dist) => {
      rmSync(path.join(dist, 'actors/cambodia.md'));
      symlinkSync('china.md', path.join(dist, 'actors/cambodia.md'));
    },
  };

  for (const [name, apply] of Object.entries(damage)) {
    it(`${name}: the next build restores it, and --check then passes`, async () => {
      apply(path.join(root, 'dist'));
      const run = await runMain(['build', '--root', root]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/built dist\//);
      expect(snapshotTree(path.join(root, 'dist'))).toEqual(built);
      expect((await runMain(['build', '--root', root, '--check'])).code).toBe(0);
      expect((await buildBundle({ root })).fromCache).toBe(true);
    });
  }

  it('a file touched but not changed: still trusted (its hash is checked), nothing written', async () => {
    const file = path.join(root, 'dist/index.md');
    const later = new Date(Date.now() + 10_000);
    utimesSync(file, later, later);
    const again = await buildBundle({ root });
    expect(again.written).toBe(false);
    expect(again.fromCache).toBe(true);
  });
});
