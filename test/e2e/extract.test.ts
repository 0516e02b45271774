import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyRepoKb, snapshotTree } from '../helpers/kb-copy.js';
import { BIN, REPO, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

function newKb(seeds: string[]): string {
  const root = path.join(tempDir('extract'), 'kb');
  expect(runCli(['init', root]).code).toBe(0);
  for (const seed of seeds) copyFileSync(path.join(REPO, 'seeds', seed), path.join(root, 'seeds', seed));
  return root;
}

const records = (root: string) =>
  ['actors', 'figures', 'initiatives', 'pillars'].flatMap((folder) => readdirSync(path.join(root, 'data', folder)).filter((n) => n.endsWith('.yaml')).map((n) => `${folder}/${n}`));

describe('demine extract and build on new documents (the built CLI)', () => {
  it('an analyst drops a document into seeds/, runs demine build, and sees its facts in the bundle', () => {
    const root = newKb(['002_2b5886e53538d0e7.md']);
    const build = runCli(['build', '--root', root]);
    expect(build.code).toBe(0);
    expect(build.stderr).toMatch(/✔ extracted 1 new or changed document: .*actors \d+ added/);
    const files = records(root);
    expect(files).toContain('actors/natsuo-yamaguchi.yaml');
    const yamaguchi = parse(readFileSync(path.join(root, 'data/actors/natsuo-yamaguchi.yaml'), 'utf8'));
    expect(yamaguchi).toMatchObject({ status: 'draft', kind: 'person' });
    expect(readFileSync(path.join(root, 'dist/actors/natsuo-yamaguchi.md'), 'utf8')).toContain('Natsuo Yamaguchi');
    expect(runCli(['validate', '--root', root]).code).toBe(0);
    // Nothing new: the next build extracts nothing and changes nothing.
    const before = snapshotTree(root);
    const again = runCli(['build', '--root', root]);
    expect(again.stderr).not.toContain('extracted');
    expect(again.stderr).toContain('is up to date');
    const after = snapshotTree(root);
    for (const cache of [...after.keys()].filter((f) => f.startsWith('.demine/'))) {
      after.delete(cache);
      before.delete(cache);
    }
    expect(after).toEqual(before);
    expect(readFileSync(path.join(root, 'data/extracted.yaml'), 'utf8')).toMatch(/^002_2b5886e53538d0e7:\n {2}sha256: [0-9a-f]{64}\n {2}proposed:\n {4}- actor:/m);
  });

  it('extract twice: the second run changes nothing', () => {
    const root = newKb(['000_f3ed93ac45facebc.md', '001_f25bd94aa32dfcc8.md', '003_30085cb116ad6f39.md', '004_70e19c328a05e68d.md']);
    expect(runCli(['extract', '--root', root]).code).toBe(0);
    const data = snapshotTree(path.join(root, 'data'));
    const second = runCli(['extract', '--root', root]);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('');
    expect(snapshotTree(path.join(root, 'data'))).toEqual(data);
  });

  it('--dry-run prints the changes and writes nothing', () => {
    const root = newKb(['004_70e19c328a05e68d.md']);
    const before = snapshotTree(root);
    const run = runCli(['extract', '--root', root, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^would add +figure:\S+ {2}data\/figures\/\S+\.yaml$/m);
    expect(run.stderr).toContain('dry run, nothing written');
    expect(snapshotTree(root)).toEqual(before);
  });

  it('never changes a reviewed record, and gives curated drafts new sources only', () => {
    const root = copyRepoKb();
    const reviewed = records(root).filter((f) => /status: reviewed/.test(readFileSync(path.join(root, 'data', f), 'utf8')));
    const before = new Map(reviewed.map((f) => [f, readFileSync(path.join(root, 'data', f), 'utf8')]));
    expect(reviewed.length).toBeGreaterThan(50);
    expect(runCli(['extract', '--root', root]).code).toBe(0);
    for (const [file, text] of before) expect(readFileSync(path.join(root, 'data', file), 'utf8'), file).toBe(text);
    expect(runCli(['validate', '--root', root]).code).toBe(0);
  });

  it('build --check reports the drafts a new document would add, and writes nothing', () => {
    const root = copyRepoKb({ withDist: true });
    writeFileSync(
      path.join(root, 'seeds/005_new.md'),
      '---\ntitle: HALO Trust clears minefields in Angola\ndate: 2025-03-03\nkind: news\n---\nThe HALO Trust said on Monday it had cleared more than 120 square kilometres in Angola since 2002.\n',
    );
    const before = snapshotTree(root);
    const run = runCli(['build', '--root', root, '--check']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^data\/figures\/\S+\.yaml:1:1 {2}error {2}Extraction from new or changed documents would add this record\./m);
    expect(run.stderr).toContain('would be written by extraction');
    expect(snapshotTree(root)).toEqual(before);
    expect(run.stdout).toMatch(/^data\/extracted\.yaml:1:1 {2}error {2}Extraction would record what it read from 005_new\./m);
    expect(existsSync(path.join(root, 'data/extracted.yaml'))).toBe(false);
  });

  it('reads a bare "$" as the dollar of the publisher\'s country, from the front matter', () => {
    const root = newKb([]);
    writeFileSync(
      path.join(root, 'seeds/grant.md'),
      '---\ntitle: New grant for survey\ndate: 2025-05-02\nurl: https://www.example.gov.au/news/survey-grant\n---\nThe programme will give $4 million to survey teams.\n',
    );
    expect(runCli(['build', '--root', root]).code).toBe(0);
    const figures = readdirSync(path.join(root, 'data/figures')).filter((n) => n.endsWith('.yaml')).map((n) => parse(readFileSync(path.join(root, 'data/figures', n), 'utf8')));
    expect(figures.map((f) => [f.value, f.unit])).toEqual([[4e6, 'AUD']]);
  });

  it('stops quietly when the reader of its output goes away (list | head)', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" list | head -n 1; exit "\${PIPESTATUS:-0}"`], { cwd: REPO, encoding: 'utf8' });
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toBe('');
  });
});
