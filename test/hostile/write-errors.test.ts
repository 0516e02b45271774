import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBundle } from '../../src/pipeline/build/build.js';
import { materialise } from '../helpers/fixture-kb.js';
import { snapshotTree } from '../helpers/kb-copy.js';

/**
 * A full disk and a read-only output folder, simulated in-process: running as root in CI,
 * chmod does not stop writes, so the file-system calls the bundle writer makes are made to
 * fail. `failing` decides, per call, which error (if any) a call into the bundle's staging
 * folder, or the swap that renames it into place, meets.
 */
const fault = vi.hoisted(() => ({ failing: undefined as undefined | ((op: string, target: string) => NodeJS.ErrnoException | undefined) }));

vi.mock('node:fs/promises', async (importOriginal) => (await import('../helpers/fs-faults.js')).faultyFsPromises(importOriginal, fault));

// The bundle writer writes files with the synchronous calls (cheaper for many small files): fail those the same way.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const guard =
    <A extends unknown[], R>(op: string, fn: (...args: A) => R, target: (...args: A) => string) =>
    (...args: A): R => {
      const error = fault.failing?.(op, target(...args));
      if (error) throw error;
      return fn(...args);
    };
  const writeFileSync = guard('writeFile', real.writeFileSync, (file) => String(file));
  const linkSync = guard('link', real.linkSync, (_from, to) => String(to));
  const mkdirSync = guard('mkdir', real.mkdirSync, (dir) => String(dir));
  const mocked = { ...real, writeFileSync, linkSync, mkdirSync };
  return { ...mocked, default: mocked };
});

function errno(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** A knowledge base with a built dist/, then one record changed so that the next build rewrites part of the bundle. */
async function builtKb(): Promise<{ root: string; dist: string }> {
  const root = materialise('validate', 'bom-crlf-valid');
  writeFileSync(path.join(root, 'demine.config.json'), JSON.stringify({ out: 'dist', extractOnBuild: false }));
  const first = await buildBundle({ root });
  expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(first.written).toBe(true);
  const figure = path.join(root, 'data/figures/ministry-area-cleared.yaml');
  writeFileSync(figure, readFileSync(figure, 'utf8').replace('measure: area cleared since 2010', 'measure: area cleared since 2010 (revised)'));
  return { root, dist: path.join(root, 'dist') };
}

function leftovers(root: string): string[] {
  return readdirSync(root).filter((n) => n.startsWith('dist.'));
}

afterEach(() => {
  fault.failing = undefined;
});

describe('a bundle that cannot be written', () => {
  const scenarios: { name: string; failing: (op: string, target: string) => NodeJS.ErrnoException | undefined; inPlaceLimit?: number }[] = [
    {
      name: 'full disk (ENOSPC) while writing the new files',
      failing: (op, target) => ((op === 'writeFile' || op === 'link') && target.includes('dist.demine-staging-') ? errno('ENOSPC', 'no space left on device, write') : undefined),
    },
    {
      name: 'full disk (ENOSPC) after some files were written',
      failing: (() => {
        let writes = 0;
        return (op: string, target: string) => (op === 'writeFile' && target.includes('dist.demine-staging-') && ++writes > 2 ? errno('ENOSPC', 'no space left on device, write') : undefined);
      })(),
    },
    {
      name: 'read-only output folder (EROFS): the staging folder cannot be made',
      failing: (op, target) => (op === 'mkdir' && target.includes('dist.demine-staging-') ? errno('EROFS', 'read-only file system, mkdir') : undefined),
    },
    {
      name: 'the swap fails (EACCES) after the old bundle was moved aside: it is put back',
      failing: (op, target) => (op === 'rename' && target.includes('dist.demine-staging-') ? errno('EACCES', 'permission denied, rename') : undefined),
      inPlaceLimit: 0,
    },
    {
      name: 'full disk (ENOSPC) while the journal of an in-place update is written',
      failing: (op, target) => (op === 'writeFile' && target.includes('dist.demine-journal-') ? errno('ENOSPC', 'no space left on device, write') : undefined),
    },
    {
      name: 'read-only knowledge base (EROFS): the build lock cannot be taken',
      failing: (op, target) => (op === 'mkdir' && target.endsWith('.demine') ? errno('EROFS', 'read-only file system, mkdir') : undefined),
    },
  ];

  for (const scenario of scenarios) {
    it(`${scenario.name}: one build/write-failed, dist/ byte-identical, no staging folder left`, async () => {
      const { root, dist } = await builtKb();
      const before = snapshotTree(dist);
      fault.failing = scenario.failing;
      const result = await buildBundle({ root, ...(scenario.inPlaceLimit !== undefined ? { inPlaceLimit: scenario.inPlaceLimit } : {}) });
      fault.failing = undefined;
      const failures = result.diagnostics.filter((d) => d.rule === 'build/write-failed');
      expect(failures).toHaveLength(1);
      expect(failures[0]!.message).not.toMatch(/\n/);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual(failures);
      expect(result.written).toBe(false);
      expect(snapshotTree(dist)).toEqual(before);
      expect(leftovers(root)).toEqual([]);
      expect(existsSync(path.join(root, '.demine/build.lock'))).toBe(false);
      // Once the disk is writable again, the next build goes through.
      const retry = await buildBundle({ root });
      expect(retry.written).toBe(true);
      expect(leftovers(root)).toEqual([]);
    });
  }
});
