import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './run-cli.js';
import { removeTempDirs, tempDir } from './temp-dir.js';

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'fixtures' ? [] : testFiles(file);
    return name.endsWith('.ts') ? [file] : [];
  });
}

describe('temporary folders of the tests', () => {
  it('are removed, with what is in them, by removeTempDirs', () => {
    const a = tempDir('probe');
    const b = tempDir('probe');
    expect(a).not.toBe(b);
    expect(path.basename(a)).toMatch(/^demine-probe-/);
    removeTempDirs();
    expect(existsSync(a)).toBe(false);
    expect(existsSync(b)).toBe(false);
  });

  it('are made only through tempDir, so that the setup file removes every one', () => {
    const makers = testFiles(path.join(REPO, 'test'))
      .filter((file) => !/helpers[/\\]temp-dir(\.test)?\.ts$/.test(file))
      .filter((file) => /\bmkdtemp(Sync)?\s*\(/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(REPO, file));
    expect(makers).toEqual([]);
  });

  it('are removed after every test file: the setup file is registered', () => {
    const config = readFileSync(path.join(REPO, 'vitest.config.ts'), 'utf8');
    expect(config).toContain("setupFiles: ['test/setup/remove-temp-dirs.ts']");
  });
});
