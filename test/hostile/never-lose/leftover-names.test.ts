import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRepoKb, snapshotTree } from '../../helpers/kb-copy.js';
import { runMain } from '../../helpers/run-main.js';
import { snapshotEntries } from '../snapshot.js';

/**
 * Issue 9, case 2: names that merely start like the build's staging, backup or journal names
 * are a person's own and are left alone. Before the fix, `build` deleted `dist.staging-plan.md`
 * and renamed `dist.previous-release/` into `dist/` when dist/ was missing.
 */
function withOwnFiles(root: string): void {
  mkdirSync(path.join(root, 'dist.previous-release'));
  writeFileSync(path.join(root, 'dist.previous-release', 'index.md'), '# last year\n');
  writeFileSync(path.join(root, 'dist.staging-plan.md'), 'my plan\n');
  writeFileSync(path.join(root, 'dist.journal-2026.json'), '{"staging":"dist.previous-release","moves":["index.md"],"removes":[]}\n');
  mkdirSync(path.join(root, 'dist.demine-previous-notes'));
  writeFileSync(path.join(root, 'dist.demine-previous-notes', 'n.txt'), 'n\n');
  mkdirSync(path.join(root, 'dist.demine-previous-12'));
  writeFileSync(path.join(root, 'dist.demine-previous-12', 'mine.txt'), 'not a bundle\n');
}

const own = (root: string) => new Map([...snapshotEntries(root)].filter(([rel]) => rel.startsWith('dist.')));

describe('a build touches only the leftovers it made', () => {
  it('with dist/ present, names like its own are left alone', async () => {
    const root = copyRepoKb({ withDist: true });
    withOwnFiles(root);
    const before = own(root);
    const run = await runMain(['build', '--root', root]);
    expect(run.code, run.stderr).toBe(0);
    expect(own(root)).toEqual(before);
    rmSync(root, { recursive: true, force: true });
  });

  it('with dist/ missing, a person\'s dist.previous-release/ is not taken for the old bundle', async () => {
    const root = copyRepoKb();
    withOwnFiles(root);
    const before = own(root);
    const run = await runMain(['build', '--root', root]);
    expect(run.code, run.stderr).toBe(0);
    expect(own(root)).toEqual(before);
    expect(snapshotTree(path.join(root, 'dist')).get('index.md')).toBeDefined();
    expect(snapshotTree(path.join(root, 'dist')).has('mine.txt')).toBe(false);
    rmSync(root, { recursive: true, force: true });
  });

  it('its own leftovers are still recovered: a bundle moved aside is put back, a stray staging folder removed', async () => {
    const root = copyRepoKb({ withDist: true });
    const dist = snapshotTree(path.join(root, 'dist'));
    // What a crash between the two renames of a swap leaves.
    const { renameSync } = await import('node:fs');
    renameSync(path.join(root, 'dist'), path.join(root, 'dist.demine-previous-999999'));
    mkdirSync(path.join(root, 'dist.demine-staging-999999'));
    const run = await runMain(['build', '--root', root, '--check']);
    expect(run.code).toBe(1); // --check repairs nothing
    expect((await runMain(['build', '--root', root])).code).toBe(0);
    expect(snapshotTree(path.join(root, 'dist'))).toEqual(dist);
    expect(readdirSync(root).filter((n) => n.startsWith('dist.'))).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });
});
