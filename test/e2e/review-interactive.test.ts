/**
 * `demine review --interactive` answered through a pipe, and on a real pseudo-terminal
 * (util-linux `script`), with $EDITOR opening the record in between.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const UKRAINE = '004_70e19c328a05e68d';

function kbWithDrafts(): string {
  const root = path.join(tempDir('interactive'), 'kb');
  expect(runCli(['init', root]).code).toBe(0);
  copyFileSync(path.join(REPO, 'seeds', `${UKRAINE}.md`), path.join(root, 'seeds', `${UKRAINE}.md`));
  expect(runCli(['extract', '--root', root, '--quiet']).code).toBe(0);
  return root;
}

const statusOf = (root: string, file: string) => /^status: (\w+)/m.exec(readFileSync(path.join(root, 'data', file), 'utf8'))?.[1];
const env = (extra: Record<string, string> = {}) => {
  const out: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...extra };
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out as NodeJS.ProcessEnv;
};

describe('demine review --interactive', () => {
  it('with piped answers: accept, an unknown answer asked again, skip, reject, and the end of input quits', () => {
    const root = kbWithDrafts();
    // Actors in id order: cambodia, japan, japan-international-cooperation-agency, japanese-military, kyodo-news, …
    const run = spawnSync(process.execPath, [BIN, 'review', '--interactive', '--type', 'actor', '--root', root], { input: 'a\nx\ns\ns\ns\nr\n', encoding: 'utf8', env: env() });
    expect(run.stdout).toContain('(1/14)\n  actor:cambodia  data/actors/cambodia.yaml\n');
    expect(run.stdout).toContain('  ? answer a, r, s, e or q\n');
    expect(run.stdout).toContain('accepted  actor:cambodia  data/actors/cambodia.yaml');
    expect(run.stdout).toContain('rejected  actor:kyodo-news  data/actors/kyodo-news.yaml');
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stderr).toContain('✔ review: 1 accepted, 1 rejected, 3 skipped, 9 drafts left for later');
    expect(run.status).toBe(0);
    expect([statusOf(root, 'actors/cambodia.yaml'), statusOf(root, 'actors/japan.yaml'), statusOf(root, 'actors/kyodo-news.yaml')]).toEqual(['reviewed', 'draft', 'rejected']);
  });

  it('a refused decision asks again about the same draft', () => {
    const root = kbWithDrafts();
    const run = spawnSync(process.execPath, [BIN, 'review', '--interactive', '--type', 'actor', '--root', root], { input: 's\nr\nq\n', encoding: 'utf8', env: env() });
    expect(run.stdout).toMatch(/refused {2}actor:japan {2}other records refer to it \(above\)\n {2}\[a\]ccept, \[r\]eject, \[s\]kip, \[e\]dit, \[q\]uit\? $/);
    expect(run.stderr).toContain('✖ review: 0 accepted, 0 rejected, 1 skipped, 1 refused, 13 drafts left for later');
    expect(run.status).toBe(1);
    expect(statusOf(root, 'actors/japan.yaml')).toBe('draft');
  });

  it('on a real terminal (script from util-linux): colour, $EDITOR opens the record, then accept', () => {
    const root = kbWithDrafts();
    const command = `"${process.execPath}" "${BIN}" review --interactive --type actor --root "${root}"`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { input: 'a\ne\na\nq\n', encoding: 'utf8', env: env({ EDITOR: "sed -i '1a # checked in the editor'", TERM: 'xterm' }) });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\u001b[33mactor:cambodia\u001b[39m'); // a terminal: coloured
    expect(run.stdout).toContain('accepted  actor:japan  data/actors/japan.yaml');
    const japan = readFileSync(path.join(root, 'data/actors/japan.yaml'), 'utf8');
    expect(japan.split('\n').slice(1, 3)).toEqual(['# checked in the editor', 'id: japan']);
    expect(statusOf(root, 'actors/japan.yaml')).toBe('reviewed');
    expect(statusOf(root, 'actors/cambodia.yaml')).toBe('reviewed');
    expect(statusOf(root, 'actors/japan-international-cooperation-agency.yaml')).toBe('draft');
  });
});
