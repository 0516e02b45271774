import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleProblems } from '../helpers/bundle-integrity.js';
import { copyRepoKb, snapshotTree } from '../helpers/kb-copy.js';
import { BIN, runCli } from '../helpers/run-cli.js';

/** Starts a build, sends `signal` after `delay` ms, resolves to its exit code and signal. */
function interruptBuild(root: string, signal: NodeJS.Signals, delay: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'build', '--root', root], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill(signal), delay);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/** Whether a killed in-place update left its committed journal for the next run to finish. */
function hasJournal(root: string): boolean {
  return readdirSync(root).some((n) => n.startsWith('dist.demine-journal-'));
}

/** Changes every figure, so that a build rewrites a good part of the bundle. */
function touchData(root: string): void {
  const dir = path.join(root, 'data/figures');
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^measure: (.*)$/m, 'measure: $1 (revised)'));
  }
}

describe('an interrupted build leaves dist/ whole', () => {
  it('Ctrl-C (SIGINT) mid-build: exit 130, the previous bundle untouched, no staging left', async () => {
    const root = copyRepoKb({ withDist: true });
    const before = snapshotTree(path.join(root, 'dist'));
    touchData(root);
    const run = await interruptBuild(root, 'SIGINT', 350);
    const after = snapshotTree(path.join(root, 'dist'));
    if (run.code === 130) {
      expect(run.stderr).toContain('build interrupted; the previous bundle is left as it was');
      expect(after).toEqual(before);
    }
    expect(bundleProblems(path.join(root, 'dist'))).toEqual([]);
    expect(readdirSync(root).filter((n) => n.startsWith('dist.'))).toEqual([]);
  });

  it('killed (SIGKILL) at random moments: dist/ is always the old or the new bundle', async () => {
    const outcomes = { old: 0, new: 0, repaired: 0, finished: 0 };
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1500 }), async (delay) => {
        const root = copyRepoKb({ withDist: true });
        const dist = path.join(root, 'dist');
        const before = snapshotTree(dist);
        touchData(root);
        await interruptBuild(root, 'SIGKILL', delay);
        if (hasJournal(root)) {
          // Killed after the journal was committed (the changes are few enough to go in place):
          // the next run finishes its renames before anything else.
          outcomes.finished++;
          expect(runCli(['build', '--root', root]).code).toBe(0);
          expect(readdirSync(root).filter((n) => n.startsWith('dist.'))).toEqual([]);
        } else if (!existsSync(dist)) {
          // Killed between the two renames: the next run puts the old bundle back first.
          outcomes.repaired++;
          expect(readdirSync(root).some((n) => n.startsWith('dist.demine-previous-'))).toBe(true);
          expect(runCli(['validate', '--root', root]).code).toBe(0);
          expect(runCli(['build', '--root', root]).code).toBe(0);
        } else {
          const after = snapshotTree(dist);
          if (JSON.stringify([...after]) === JSON.stringify([...before])) outcomes.old++;
          else outcomes.new++;
        }
        expect(bundleProblems(dist)).toEqual([]);
      }),
      { numRuns: 12, seed: 20261126 },
    );
    expect(outcomes.old + outcomes.new + outcomes.repaired + outcomes.finished).toBe(12);
    if (process.env.DEMINE_TEST_VERBOSE) console.log("kill outcomes", outcomes);
  });

  it('killed (SIGKILL) during a small in-place update: the bundle is old, new, or finished by the next run', async () => {
    const outcomes = { old: 0, new: 0, finished: 0 };
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1200 }), async (delay) => {
        const root = copyRepoKb({ withDist: true });
        const dist = path.join(root, 'dist');
        const before = snapshotTree(dist);
        const figure = path.join(root, 'data/figures/cambodia-area-cleared.yaml');
        writeFileSync(figure, readFileSync(figure, 'utf8').replace(/^measure: (.*)$/m, 'measure: $1 (revised)'));
        await interruptBuild(root, 'SIGKILL', delay);
        if (hasJournal(root)) {
          outcomes.finished++;
          expect(runCli(['build', '--root', root]).code).toBe(0);
          expect(readdirSync(root).filter((n) => n.startsWith('dist.'))).toEqual([]);
        } else if (JSON.stringify([...snapshotTree(dist)]) === JSON.stringify([...before])) outcomes.old++;
        else outcomes.new++;
        expect(bundleProblems(dist)).toEqual([]);
      }),
      { numRuns: 10, seed: 20261127 },
    );
    expect(outcomes.old + outcomes.new + outcomes.finished).toBe(10);
    if (process.env.DEMINE_TEST_VERBOSE) console.log('in-place kill outcomes', outcomes);
  });
});
