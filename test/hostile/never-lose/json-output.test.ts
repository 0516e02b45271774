import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRepoKb } from '../../helpers/kb-copy.js';
import { runCli } from '../../helpers/run-cli.js';
import { runMain } from '../../helpers/run-main.js';

/**
 * Issue 9, case 9: `--format json` prints exactly one JSON value on stdout, for every command
 * and outcome. Before the fix `build --check --format json` printed two JSON arrays, and
 * `extract --dry-run --format json` an array followed by plain lines.
 */
const oneValue = (stdout: string): unknown => JSON.parse(stdout); // throws on two values or trailing lines

describe('machine output is one document', () => {
  it('build --check --format json with a stale bundle and data files extraction would write: one array', async () => {
    const root = copyRepoKb({ withDist: true });
    writeFileSync(path.join(root, 'dist/index.md'), 'edited\n');
    writeFileSync(path.join(root, 'seeds/new.md'), readFileSync(path.join(root, 'seeds/000_f3ed93ac45facebc.md'), 'utf8').replace(/Cambodia/g, 'Laos'));
    const run = await runMain(['build', '--check', '--format', 'json', '--root', root]);
    expect(run.code).toBe(1);
    const value = oneValue(run.stdout) as { file: string; rule: string }[];
    expect(value.some((d) => d.file === 'dist/index.md' && d.rule === 'build/stale')).toBe(true);
    expect(value.some((d) => d.file.startsWith('data/') && d.rule === 'build/stale')).toBe(true);
    rmSync(root, { recursive: true, force: true });
  });

  it('every outcome of every diagnostic-printing command', async () => {
    const root = copyRepoKb({ withDist: true });
    const runs = [
      runCli(['validate', '--format', 'json', '--root', root]), // once through the built CLI
      await runMain(['build', '--format', 'json', '--root', root]),
      await runMain(['build', '--check', '--format', 'json', '--root', root]),
      await runMain(['build', '--format', 'json', '--root', root, '--out', 'data']),
      await runMain(['extract', '--dry-run', '--format', 'json', '--root', root]),
      await runMain(['extract', '--format', 'json', '--root', root, 'elsewhere.md']),
    ];
    const file = path.join(root, 'data/actors/japan.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: japan', 'id: nippon'));
    runs.push(await runMain(['validate', '--format', 'json', '--root', root]), await runMain(['build', '--format', 'json', '--root', root]), await runMain(['extract', '--format', 'json', '--root', root]));
    for (const run of runs) {
      expect(() => oneValue(run.stdout), run.stdout).not.toThrow();
      expect(run.stderr).not.toMatch(/internal error/);
    }
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 2, 0, 1, 1, 1, 1]);
    rmSync(root, { recursive: true, force: true });
  });

  it('usage errors and failures that are not one file\'s: one JSON value too, the line still on stderr', async () => {
    const runs = [
      { run: await runMain(['validate', '--root', '/no/such/folder', '--format', 'json']), code: 2, rule: 'cli/usage' },
      { run: await runMain(['build', '--bogus', '--format', 'json']), code: 2, rule: 'cli/usage' },
      { run: await runMain(['show', 'actor:no-such-actor', '--json']), code: 1, rule: 'cli/error' },
    ];
    for (const { run, code, rule } of runs) {
      expect(run.code).toBe(code);
      expect((oneValue(run.stdout) as { rule: string }[]).map((d) => d.rule)).toEqual([rule]);
      expect(run.stderr).not.toBe('');
    }
    const extract = await runMain(['extract', '--root', '/no/such/folder', '--format', 'json']);
    expect(oneValue(extract.stdout)).toMatchObject({ writes: [], diagnostics: [{ rule: 'cli/usage' }] });
  });
});
