import { copyFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPO } from '../../helpers/run-cli.js';
import { runMain } from '../../helpers/run-main.js';
import { snapshotEntries } from '../snapshot.js';
import { tempDir } from '../../helpers/temp-dir.js';

/**
 * Issue 9, case 7: on a read-only or full disk `demine extract` printed "3 added", then died
 * with exit 3 (internal error EROFS/ENOSPC), some drafts written and its state not updated.
 * Now: one `extract/write-failed` line after the attempt, exit 1, the lines printed name
 * exactly the drafts written, and the state file untouched, so the next run completes.
 * Running as root, chmod does not stop writes: the calls into data/ are made to fail.
 */
const fault = vi.hoisted(() => ({ failing: undefined as undefined | ((op: string, target: string) => NodeJS.ErrnoException | undefined) }));

vi.mock('node:fs/promises', async (importOriginal) => (await import('../../helpers/fs-faults.js')).faultyFsPromises(importOriginal, fault));

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

async function newKb(): Promise<string> {
  const root = path.join(tempDir('extract-faults'), 'kb');
  expect((await runMain(['init', root])).code).toBe(0);
  copyFileSync(path.join(REPO, 'seeds/000_f3ed93ac45facebc.md'), path.join(root, 'seeds/000_f3ed93ac45facebc.md'));
  return root;
}

afterEach(() => {
  fault.failing = undefined;
});

describe('extraction on a disk that fails', () => {
  for (const code of ['EROFS', 'ENOSPC', 'EACCES', 'EISDIR', 'ENOTDIR']) {
    it(`${code} after three drafts: one line, exit 1, the three listed, the state untouched; the next run completes`, async () => {
      const root = await newKb();
      let writes = 0;
      fault.failing = (op, target) => (op === 'writeFile' && target.includes(`${path.sep}data${path.sep}`) && ++writes > 3 ? errno(code) : undefined);
      const run = await runMain(['extract', '--root', root]);
      fault.failing = undefined;
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).not.toMatch(/internal error/);
      const lines = run.stdout.split('\n').filter((l) => l !== '');
      expect(lines.filter((l) => l.startsWith('add '))).toHaveLength(3);
      const problems = lines.filter((l) => !l.startsWith('add '));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^data/\\w+/[\\w-]+\\.yaml:1:1 {2}error {2}The draft could not be written: .*\\(${code}\\).*\\[extract/write-failed\\]$`));
      expect(existsSync(path.join(root, 'data/extracted.yaml'))).toBe(false);
      // No temporary file left behind in data/.
      expect([...snapshotEntries(path.join(root, 'data')).keys()].filter((k) => k.includes('.demine-tmp-'))).toEqual([]);
      const again = await runMain(['extract', '--root', root]);
      expect(again.code).toBe(0);
      expect(existsSync(path.join(root, 'data/extracted.yaml'))).toBe(true);
      expect((await runMain(['validate', '--root', root])).code).toBe(0);
      expect((await runMain(['extract', '--root', root])).stdout).toBe('');
      rmSync(path.dirname(root), { recursive: true, force: true });
    });
  }

  it('the state file cannot be written: one line, exit 1, the drafts whole', async () => {
    const root = await newKb();
    fault.failing = (op, target) => (op === 'writeFile' && target.includes('extracted.yaml') ? errno('ENOSPC') : undefined);
    const run = await runMain(['extract', '--root', root]);
    fault.failing = undefined;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^data\/extracted\.yaml:1:1 {2}error {2}The extraction state could not be written: the disk is full \(ENOSPC\)/m);
    expect((await runMain(['validate', '--root', root])).code).toBe(0);
    rmSync(path.dirname(root), { recursive: true, force: true });
  });
});
