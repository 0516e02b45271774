import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleProblems } from '../../helpers/bundle-integrity.js';
import { copyRepoKb, snapshotTree } from '../../helpers/kb-copy.js';
import { BIN, runCli } from '../../helpers/run-cli.js';

/**
 * Issue 9, case 8: SIGTERM (and Ctrl-C) stop any phase. While demine computes, no handler is
 * installed, so the signal ends it at once (the shell reports 143); while it writes, the
 * handler aborts the write and the command exits 143 itself. Either way the bundle is the old
 * or the new one, and nothing is left beside it. Before the fix a long validation ignored
 * the signal until it finished. A signal that comes after the bundle is committed (while the
 * caches are saved) leaves the new bundle, complete: a fresh `build --check` finds it up to date.
 */
function terminate(root: string, delay: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'build', '--root', root], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), delay);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

describe('SIGTERM', () => {
  for (const delay of [100, 400, 900]) {
    it(`after ${delay} ms: exit 143 (or ended by the signal), the old bundle or the new, nothing left beside it`, async () => {
      const root = copyRepoKb({ withDist: true });
      const before = JSON.stringify([...snapshotTree(path.join(root, 'dist'))]);
      for (const name of readdirSync(path.join(root, 'data/figures'))) {
        const file = path.join(root, 'data/figures', name);
        writeFileSync(file, readFileSync(file, 'utf8').replace(/^measure: (.*)$/m, 'measure: $1 (revised)'));
      }
      const run = await terminate(root, delay);
      expect(run.stderr).not.toMatch(/internal error/);
      if (run.code !== 0) expect(run.code === 143 || run.signal === 'SIGTERM', JSON.stringify(run)).toBe(true);
      if (run.code === 143) expect(run.stderr).toContain('interrupted');
      expect(bundleProblems(path.join(root, 'dist'))).toEqual([]);
      if (run.code !== 0 && JSON.stringify([...snapshotTree(path.join(root, 'dist'))]) !== before) {
        const check = runCli(['build', '--check', '--root', root]);
        expect(check.code, `neither the old bundle nor the new: ${check.stdout}${check.stderr}`).toBe(0);
      }
      expect(readdirSync(root).filter((n) => n.startsWith('dist.'))).toEqual([]);
      rmSync(root, { recursive: true, force: true });
    });
  }
});
