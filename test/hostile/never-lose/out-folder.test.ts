import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyRepoKb } from '../../helpers/kb-copy.js';
import { runCli } from '../../helpers/run-cli.js';
import { runMain } from '../../helpers/run-main.js';
import { snapshotEntries } from '../snapshot.js';

/**
 * Issue 9, cases 1 and 8: a bundle folder that is the knowledge base, holds it, lies in a
 * folder of what people wrote, is empty, a file, a path under a file, a special path or a
 * person's own folder is refused (exit 2, one line naming it), and nothing anywhere changes.
 * Before the fix, `--out data` replaced data/ with the bundle ("22 added, 0 changed, 23 removed").
 */
const root = copyRepoKb({ withDist: true });
mkdirSync(path.join(root, 'mine'));
writeFileSync(path.join(root, 'mine', 'letter.txt'), 'my own file\n');
writeFileSync(path.join(root, 'README.md'), '# my knowledge base\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const BAD = ['data', 'seeds', 'schemas', '.', '..', '', 'data/actors', 'seeds/../data', root, 'mine', 'dist/index.md', 'dist/index.md/under', '/dev/null', '/proc/self', '.demine', '.git/x'];

function expectRefused(run: { code: number | null; stdout: string; stderr: string }, label: string): void {
  expect(run.code, `${label}: ${run.stdout}${run.stderr}`).toBe(2);
  const lines = run.stdout.split('\n').filter((l) => l !== '');
  expect(lines, label).toHaveLength(1);
  expect(lines[0]).toMatch(/ {2}error {2}The bundle folder `.*` .*\[build\/unsafe-out\]$/);
  expect(run.stdout + run.stderr).not.toMatch(/internal error|^\s+at /m);
}

describe('the bundle folder is demine\'s alone', () => {
  it.each(BAD)('build --out %j is refused and changes nothing', async (out) => {
    const before = snapshotEntries(root);
    const run = await runMain(['build', '--root', root, '--out', out], { cwd: root });
    expectRefused(run, out);
    expect(snapshotEntries(root)).toEqual(before);
  });

  it.each(['data', '.', '..', 'seeds/../data', 'mine', '/dev/null'])('"out": %j in demine.config.json is refused by build (exit 2) and by validate (exit 1)', async (out) => {
    writeFileSync(path.join(root, 'demine.config.json'), JSON.stringify({ out }));
    try {
      const before = snapshotEntries(root);
      expectRefused(await runMain(['build', '--root', root]), out);
      const validate = await runMain(['validate', '--root', root]);
      expect(validate.code).toBe(1);
      expect(validate.stdout).toMatch(/^demine\.config\.json:1:1 {2}error .*\[build\/unsafe-out\]$/m);
      expect(snapshotEntries(root)).toEqual(before);
    } finally {
      rmSync(path.join(root, 'demine.config.json'));
    }
  });

  it('through the built CLI too: one line, exit 2', () => {
    const before = snapshotEntries(root);
    expectRefused(runCli(['build', '--root', root, '--out', 'data']), 'data');
    expect(snapshotEntries(root)).toEqual(before);
  });

  it('a new folder, and a folder demine made, are accepted', () => {
    const run = runCli(['build', '--root', root, '--out', 'public']);
    expect(run.code, run.stderr).toBe(0);
    expect(runCli(['build', '--root', root, '--out', 'public']).code).toBe(0);
    expect(runCli(['build', '--root', root, '--check']).code).toBe(0);
    rmSync(path.join(root, 'public'), { recursive: true });
  });
});
