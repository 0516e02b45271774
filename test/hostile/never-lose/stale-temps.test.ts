import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../helpers/run-cli.js';
import { runMain } from '../../helpers/run-main.js';
import { tempDir } from '../../helpers/temp-dir.js';

/** The pid of a process that has ended (so no live demine can own a temporary file of that pid). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid!;
}

/**
 * A build killed by SIGKILL (which no process can catch) may leave the hidden temporary file of
 * the draft it was writing. Such files carry demine's mark (`.<name>.demine-tmp-<pid>`); the next
 * extraction removes those whose process is gone, and nothing else.
 */
describe('temporary files a killed run left beside the drafts', () => {
  it('are removed by the next extraction; a live run\'s, and a person\'s look-alike files, stay', async () => {
    const root = path.join(tempDir('stale-temps'), 'kb');
    expect((await runMain(['init', root])).code).toBe(0);
    const actors = path.join(root, 'data/actors');
    const stale = path.join(actors, `.japan.yaml.demine-tmp-${deadPid()}`);
    const live = path.join(actors, `.zz-being-written.yaml.demine-tmp-${process.pid}`);
    const mine = [path.join(actors, '.japan.yaml.123.tmp'), path.join(root, 'data/.notes.demine-tmp-x')];
    for (const file of [stale, live, ...mine]) writeFileSync(file, 'half a draft\n');
    copyFileSync(path.join(REPO, 'seeds/000_f3ed93ac45facebc.md'), path.join(root, 'seeds/000_f3ed93ac45facebc.md'));
    const run = await runMain(['extract', '--root', root]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    for (const file of mine) expect(readFileSync(file, 'utf8')).toBe('half a draft\n');
    // The drafts themselves were written, and their own temporary files are gone.
    expect(readdirSync(actors).filter((n) => n.endsWith('.yaml')).length).toBeGreaterThan(0);
    expect(readdirSync(actors).filter((n) => n.includes('.demine-tmp-'))).toEqual([path.basename(live)]);
    rmSync(path.dirname(root), { recursive: true, force: true });
  });
});
