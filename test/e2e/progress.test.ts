/**
 * The progress line, on a real pseudo-terminal (`script` from util-linux, which every Debian
 * machine has) and through pipes: shown and wiped on a terminal; absent with CI set, --quiet,
 * --format json|github, and whenever stderr is not a terminal; no colour with NO_COLOR.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepoKb } from '../helpers/kb-copy.js';
import { BIN, runCli } from '../helpers/run-cli.js';

const SCRIPT = '/usr/bin/script';
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs `demine <args>` with stdin, stdout and stderr on a pseudo-terminal; returns what the terminal showed. */
function onTerminal(args: string[], env: Record<string, string | undefined>): { code: number | null; screen: string } {
  const full: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const key of Object.keys(full)) if (full[key] === undefined) delete full[key];
  const command = [process.execPath, BIN, ...args].map(quote).join(' ');
  const run = spawnSync(SCRIPT, ['-qec', command, '/dev/null'], { env: full, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, screen: run.stdout };
}

let root: string;
/** Every phase shows at once, so that a small knowledge base shows progress too. */
const NOW = { DEMINE_PROGRESS_AFTER_MS: '0', CI: undefined, NO_COLOR: undefined, FORCE_COLOR: undefined };

beforeAll(() => {
  root = copyRepoKb();
  writeFileSync(path.join(root, 'demine.config.json'), '{"extractOnBuild": false}\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const fresh = () => rmSync(path.join(root, '.demine'), { recursive: true, force: true });

describe.skipIf(!existsSync(SCRIPT))('progress on a terminal', () => {
  it('shows each long phase in place and wipes the line before the summary', () => {
    fresh();
    const { code, screen } = onTerminal(['build', '--root', root], NOW);
    expect(code).toBe(0);
    const plain = screen.replace(/\x1b\[\d+m/g, '');
    expect(plain).toMatch(/\rreading and validating data\/actors [\d,]+ of [\d,]+…/);
    expect(plain).toMatch(/\rrendering fact sheets [\d,]+ of [\d,]+…/);
    expect(plain).toMatch(/\r {10,}\r✔ built dist\/: \d+ added/); // wiped before the summary
  });

  it('is dim only when colour is on, and plain with NO_COLOR', () => {
    fresh();
    const coloured = onTerminal(['build', '--root', root, '--check'], { ...NOW, FORCE_COLOR: '1' }).screen;
    expect(coloured).toMatch(/\x1b\[2m(reading|rendering)/);
    fresh();
    const plain = onTerminal(['build', '--root', root, '--check'], { ...NOW, NO_COLOR: '1' }).screen;
    expect(plain).toMatch(/\rrendering fact sheets/);
    expect(plain).not.toContain('\x1b');
  });

  it.each([
    ['CI is set', [], { CI: 'true' }],
    ['--quiet', ['--quiet'], {}],
    ['--format json', ['--format', 'json'], {}],
    ['--format github', ['--format', 'github'], {}],
  ])('is absent when %s', (_what, extra, env) => {
    fresh();
    const { screen } = onTerminal(['build', '--root', root, '--check', ...extra], { ...NOW, ...env });
    expect(screen).not.toContain('rendering');
    expect(screen).not.toContain('\r ');
  });
});

describe('progress through pipes', () => {
  it('never reaches a pipe: no phase, no carriage return, no escape code', () => {
    fresh();
    const run = runCli(['build', '--root', root, '--check'], { env: { ...NOW, FORCE_COLOR: '1' } as Record<string, string> });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('rendering');
    expect(run.stderr).not.toContain('\r');
    expect(run.stdout + run.stderr).not.toMatch(/\x1b\[2m/);
  });
});
