import { copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRepoKb } from '../../helpers/kb-copy.js';
import { REPO } from '../../helpers/run-cli.js';
import { runMain } from '../../helpers/run-main.js';
import { snapshotEntries } from '../snapshot.js';
import { tempDir } from '../../helpers/temp-dir.js';

/** A new knowledge base (`demine init`) holding the drafts of one document, so that a second document updates some of them. */
async function kbWithDrafts(): Promise<string> {
  const root = path.join(tempDir('extract-writes'), 'kb');
  expect((await runMain(['init', root])).code).toBe(0);
  copyFileSync(path.join(REPO, 'seeds/000_f3ed93ac45facebc.md'), path.join(root, 'seeds/000_f3ed93ac45facebc.md'));
  expect((await runMain(['extract', '--root', root])).code).toBe(0);
  copyFileSync(path.join(REPO, 'seeds/003_30085cb116ad6f39.md'), path.join(root, 'seeds/003_30085cb116ad6f39.md'));
  return root;
}

describe('extraction writes only where the user thinks', () => {
  it('case 3: a reviewed record mid-rename (japan.yaml holding id: nippon) is never written over; --dry-run says so too', async () => {
    const root = copyRepoKb();
    const file = path.join(root, 'data/actors/japan.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: japan', 'id: nippon'));
    const before = snapshotEntries(root);
    for (const args of [['extract', '--dry-run'], ['extract']]) {
      const run = await runMain([...args, '--root', root]);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout).toMatch(/^data\/actors\/japan\.yaml:\d+:\d+ {2}error .*\[record\/id-mismatch\]$/m);
      expect(run.stdout).not.toMatch(/add/);
      expect(run.stderr).toContain('nothing extracted');
    }
    expect(snapshotEntries(root)).toEqual(before);
    rmSync(root, { recursive: true, force: true });
  });

  it('case 5: a draft that is a link inside the root is updated at its target; the link stays a link', async () => {
    const root = await kbWithDrafts();
    const store = path.join(root, 'data/actors/.store');
    mkdirSync(store);
    renameSync(path.join(root, 'data/actors/japan.yaml'), path.join(store, 'japan.yaml'));
    symlinkSync('.store/japan.yaml', path.join(root, 'data/actors/japan.yaml'));
    const before = readFileSync(path.join(store, 'japan.yaml'), 'utf8');
    const run = await runMain(['extract', '--root', root]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^update {2}actor:japan {2}data\/actors\/japan\.yaml$/m);
    expect(lstatSync(path.join(root, 'data/actors/japan.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(root, 'data/actors/japan.yaml'))).toBe('.store/japan.yaml');
    const after = readFileSync(path.join(store, 'japan.yaml'), 'utf8');
    expect(after).not.toBe(before);
    expect(after).toContain('003_30085cb116ad6f39');
    expect((await runMain(['validate', '--root', root])).code).toBe(0);
    rmSync(path.dirname(root), { recursive: true, force: true });
  });

  it('case 14: `extract FILE` with a file outside seeds/ is refused, saying where documents go', async () => {
    const root = copyRepoKb();
    const elsewhere = path.join(root, 'inbox');
    mkdirSync(elsewhere);
    copyFileSync(path.join(REPO, 'seeds/000_f3ed93ac45facebc.md'), path.join(elsewhere, '000_f3ed93ac45facebc.md'));
    const before = snapshotEntries(root);
    const run = await runMain(['extract', '--root', root, path.join(elsewhere, '000_f3ed93ac45facebc.md')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/is not in seeds\/.*Documents go in seeds\/.*\[source\/unknown\]$/m);
    expect(snapshotEntries(root)).toEqual(before);
    rmSync(root, { recursive: true, force: true });
  });

  it('case 9: extract --dry-run --format json prints exactly one JSON value, with the plan', async () => {
    const root = await kbWithDrafts();
    const run = await runMain(['extract', '--root', root, '--dry-run', '--format', 'json']);
    expect(run.code).toBe(0);
    const value = JSON.parse(run.stdout) as { dryRun: boolean; writes: { kind: string; file: string }[]; diagnostics: unknown[] };
    expect(value.dryRun).toBe(true);
    expect(value.writes.some((w) => w.kind === 'update' && w.file === 'data/actors/japan.yaml')).toBe(true);
    expect(value.diagnostics).toEqual([]);
    rmSync(path.dirname(root), { recursive: true, force: true });
  });

  it('case 12: a seed whose name cannot be a source id is skipped alone; the good documents are extracted', async () => {
    const root = path.join(tempDir('extract-names'), 'kb');
    expect((await runMain(['init', root])).code).toBe(0);
    copyFileSync(path.join(REPO, 'seeds/000_f3ed93ac45facebc.md'), path.join(root, 'seeds/000_f3ed93ac45facebc.md'));
    for (const bad of ['a b.md', 'x#y.md', 'ün.md', '-dash.md']) copyFileSync(path.join(REPO, 'seeds/003_30085cb116ad6f39.md'), path.join(root, 'seeds', bad));
    const run = await runMain(['extract', '--root', root]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^add {5}actor:japan {2}data\/actors\/japan\.yaml$/m);
    const warnings = run.stdout.split('\n').filter((l) => l.includes('[source/bad-name]'));
    expect(warnings).toHaveLength(4);
    for (const w of warnings) expect(w).toMatch(/^seeds\/.+\.md:1:1 {2}warning {2}.*It was not extracted\./);
    expect(run.stdout).not.toMatch(/extract\/invalid-draft|bug in the extractor/);
    const validate = await runMain(['validate', '--root', root]);
    expect(validate.code).toBe(1);
    expect(validate.stdout.split('\n').filter((l) => /^seeds\/.+ {2}error {2}.*\[source\/bad-name\]$/.test(l))).toHaveLength(4);
    rmSync(path.dirname(root), { recursive: true, force: true });
  });

  it('case 14: `init --root DIR` creates the knowledge base in DIR, not in the current folder', async () => {
    const cwd = tempDir('init-root');
    const run = await runMain(['init', '--root', 'kb'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(cwd)).toEqual(['kb']);
    expect(readdirSync(path.join(cwd, 'kb'))).toContain('seeds');
    const both = await runMain(['init', 'other', '--root', 'kb2'], { cwd });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/two folders/);
    expect(readdirSync(cwd)).toEqual(['kb']);
    rmSync(cwd, { recursive: true, force: true });
  });
});
