import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/pipeline/config.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('demine init', () => {
  it('makes an empty knowledge base that validates and builds', () => {
    const dir = path.join(tempDir('init'), 'kb');
    const init = runCli(['init', dir]);
    expect(init.code).toBe(0);
    for (const rel of ['seeds', 'data/actors', 'data/figures', 'data/initiatives', 'data/pillars', 'schemas/figure.schema.json', 'demine.config.json', '.gitignore']) {
      expect(existsSync(path.join(dir, rel)), rel).toBe(true);
    }
    expect(runCli(['validate', '--root', dir]).code).toBe(0);
    expect(runCli(['build', '--root', dir]).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'dist/briefing.json'), 'utf8'))).toMatchObject({ initiatives: [], actors: [] });
  });

  it('refuses a folder that is not empty, and changes nothing there', () => {
    const dir = tempDir('init');
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    const init = runCli(['init', dir]);
    expect(init.code).toBe(1);
    expect(init.stderr).toContain('is not empty');
    expect(existsSync(path.join(dir, 'seeds'))).toBe(false);
  });
});

describe('demine.config.json', () => {
  it('is optional, and its mistakes are reported', async () => {
    const dir = tempDir('config');
    expect((await loadConfig(dir)).config).toEqual({ out: 'dist', extractOnBuild: true, reviewedOnly: false });
    writeFileSync(path.join(dir, 'demine.config.json'), '{"out": "public", "extractOnBuild": false, "reviewedOnly": true}');
    expect((await loadConfig(dir)).config).toEqual({ out: 'public', extractOnBuild: false, reviewedOnly: true });
    writeFileSync(path.join(dir, 'demine.config.json'), '{"reviewedOnly": "yes"}');
    expect((await loadConfig(dir)).diagnostics[0]).toMatchObject({ rule: 'config/invalid', message: '`reviewedOnly` has the wrong type.' });
    writeFileSync(path.join(dir, 'demine.config.json'), '{"outt": "public"}');
    expect((await loadConfig(dir)).diagnostics[0]).toMatchObject({ rule: 'config/invalid', file: 'demine.config.json', message: expect.stringContaining('Unknown setting `outt`') });
    writeFileSync(path.join(dir, 'demine.config.json'), '{');
    expect((await loadConfig(dir)).diagnostics[0]?.message).toMatch(/not valid JSON/);
    rmSync(path.join(dir, 'demine.config.json'));
    mkdirSync(path.join(dir, 'demine.config.json'));
    expect((await loadConfig(dir)).diagnostics[0]).toMatchObject({ rule: 'file/unreadable', file: 'demine.config.json' });
  });
});
