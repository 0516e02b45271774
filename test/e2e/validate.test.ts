import { describe, expect, it } from 'vitest';
import { materialise } from '../helpers/fixture-kb.js';
import { runCli } from '../helpers/run-cli.js';

describe('demine validate (the built CLI)', () => {
  it('passes on the repository’s own data', () => {
    const run = runCli(['validate']);
    expect(run.stderr).toMatch(/✔ \d+ records and 5 sources: no problems/);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
  });

  it('reports a broken record with file:line:col, exit 1, no stack trace, no colour in a pipe', () => {
    const root = materialise('validate', 'schema-unknown-field');
    const run = runCli(['validate', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('data/actors/ministry-of-demining.yaml:3:1  error  Unknown field `nmae`; did you mean `name`?');
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(run.stderr).toMatch(/✖ 2 errors in 1 file/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints GitHub annotations and JSON', () => {
    const root = materialise('validate', 'ref-dangling');
    const github = runCli(['validate', '--root', root, '--format', 'github']);
    expect(github.stdout).toMatch(/^::error file=data\/figures\/ministry-area-cleared\.yaml,line=7,col=8,.*title=ref\/dangling::/);
    const json = runCli(['validate', '--root', root, '--format', 'json', '--quiet']);
    expect(JSON.parse(json.stdout)).toMatchObject([{ file: 'data/figures/ministry-area-cleared.yaml', line: 7, column: 8, rule: 'ref/dangling' }]);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(1);
  });

  it('colours only when forced, never with NO_COLOR', () => {
    const root = materialise('validate', 'ref-dangling');
    expect(runCli(['validate', '--root', root], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(runCli(['validate', '--root', root], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('usage errors exit 2', () => {
    expect(runCli(['validate', '--format', 'xml']).code).toBe(2);
    expect(runCli(['frobnicate']).code).toBe(2);
    const missing = runCli(['validate', '--root', '/nonexistent/kb']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--root /nonexistent/kb: no such folder.');
  });

  it('--help lists the commands with examples and exit codes', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('validate');
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('Exit codes:');
  });
});
