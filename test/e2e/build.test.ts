import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRepoKb, snapshotTree } from '../helpers/kb-copy.js';
import { REPO, runCli } from '../helpers/run-cli.js';

describe('demine build (the built CLI)', () => {
  it('the committed dist/ is the build of the committed data/', () => {
    const run = runCli(['build', '--check']);
    expect(run.stderr).toMatch(/✔ dist\/ is up to date \(\d+ files\)/);
    expect(run.code).toBe(0);
  });

  it('builds the seeds into a bundle identical to the committed one, byte for byte, twice', () => {
    const root = copyRepoKb();
    const first = runCli(['build', '--root', root]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/✔ built dist\/: \d+ added, 0 changed, 0 removed/);
    const once = snapshotTree(path.join(root, 'dist'));
    expect(once).toEqual(snapshotTree(path.join(REPO, 'dist')));
    rmSync(path.join(root, 'dist'), { recursive: true });
    expect(runCli(['build', '--root', root]).code).toBe(0);
    expect(snapshotTree(path.join(root, 'dist'))).toEqual(once);
    const again = runCli(['build', '--root', root]);
    expect(again.stderr).toMatch(/✔ dist\/ is up to date/);
  });

  it('--check fails on a stale dist/, lists the files, writes nothing', () => {
    const root = copyRepoKb({ withDist: true });
    const figure = path.join(root, 'data/figures/cambodia-area-cleared.yaml');
    writeFileSync(figure, readFileSync(figure, 'utf8').replace('value: 3000', 'value: 3001'));
    const before = snapshotTree(root);
    const run = runCli(['build', '--root', root, '--check']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('dist/figures/cambodia-area-cleared.md:1:1  error  This file would be changed by `demine build`.');
    expect(run.stdout).toContain('dist/briefing.json:1:1');
    expect(run.stderr).toContain('run `demine build` to update');
    expect(snapshotTree(root)).toEqual(before);
    const github = runCli(['build', '--root', root, '--check', '--format', 'github']);
    expect(github.stdout).toMatch(/^::error file=dist\/briefing\.json,line=1,col=1,title=build\/stale::/m);
  });

  it('a build that fails validation leaves dist/ exactly as it was', () => {
    const root = copyRepoKb({ withDist: true });
    const before = snapshotTree(path.join(root, 'dist'));
    appendFileSync(path.join(root, 'data/actors/japan.yaml'), 'tilte: oops\n');
    const run = runCli(['build', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/data\/actors\/japan\.yaml:\d+:1 {2}error {2}Unknown field `tilte`/);
    expect(run.stderr).toContain('dist/ left as it was');
    expect(snapshotTree(path.join(root, 'dist'))).toEqual(before);
  });

  it('a second build while one holds the lock is refused with a clear message', () => {
    const root = copyRepoKb();
    // A lock held by a live process (this test runner).
    const lockDir = path.join(root, '.demine');
    runCli(['build', '--root', root]);
    writeFileSync(path.join(lockDir, 'build.lock'), String(process.pid));
    const run = runCli(['build', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Another demine build (process ${process.pid}) is running on this knowledge base.`);
    // A lock left by a dead process is taken over.
    writeFileSync(path.join(lockDir, 'build.lock'), '999999999');
    expect(runCli(['build', '--root', root]).code).toBe(0);
    expect(existsSync(path.join(lockDir, 'build.lock'))).toBe(false);
  });

  it('--out writes elsewhere, with source links that still resolve', () => {
    const root = copyRepoKb();
    expect(runCli(['build', '--root', root, '--out', 'public/briefing']).code).toBe(0);
    const sheet = readFileSync(path.join(root, 'public/briefing/figures/cambodia-area-cleared.md'), 'utf8');
    const link = /\]\((\.\.\/[^)#]*seeds\/[^)#]+)#L\d+\)/.exec(sheet)?.[1];
    expect(link).toBeDefined();
    expect(existsSync(path.resolve(root, 'public/briefing/figures', decodeURIComponent(link!)))).toBe(true);
  });
});
