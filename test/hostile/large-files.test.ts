import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { validateKnowledgeBase } from '../../src/records/validate.js';
import { cleanUp, hostileCases, materialiseHostile } from './corpus.js';

/**
 * Huge files are refused by their size, never read: every call that could read a file's
 * content (readFile, open, createReadStream, readSync) is recorded, and none may name the huge file.
 */
const opened = vi.hoisted(() => [] as string[]);

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = ((file: Parameters<typeof real.readFile>[0], ...rest: unknown[]) => {
    opened.push(String(file));
    return (real.readFile as (...args: unknown[]) => Promise<unknown>)(file, ...rest);
  }) as typeof real.readFile;
  const open: typeof real.open = (file, ...rest) => {
    opened.push(String(file));
    return real.open(file, ...rest);
  };
  const mocked = { ...real, readFile, open };
  return { ...mocked, default: mocked };
});

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const readFileSync: typeof real.readFileSync = ((file: Parameters<typeof real.readFileSync>[0], ...rest: unknown[]) => {
    opened.push(String(file));
    return (real.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof real.readFileSync;
  const createReadStream: typeof real.createReadStream = (file, ...rest) => {
    opened.push(String(file));
    return real.createReadStream(file, ...rest);
  };
  // Opening to fstat is allowed; reading from the descriptor is what is recorded.
  const pathOfFd = new Map<number, string>();
  const openSync = ((file: Parameters<typeof real.openSync>[0], ...rest: unknown[]) => {
    const fd = (real.openSync as (...args: unknown[]) => number)(file, ...rest);
    pathOfFd.set(fd, String(file));
    return fd;
  }) as typeof real.openSync;
  const readSync = ((fd: number, ...rest: unknown[]) => {
    opened.push(pathOfFd.get(fd) ?? `fd:${fd}`);
    return (real.readSync as (...args: unknown[]) => number)(fd, ...rest);
  }) as typeof real.readSync;
  const mocked = { ...real, readFileSync, createReadStream, openSync, readSync };
  return { ...mocked, default: mocked };
});

describe('huge files are refused by size, without being read', () => {
  for (const [name, file, bytes] of [
    ['file-too-large-record', 'data/actors/huge.yaml', 50 * 1024 * 1024],
    ['file-too-large-seed', 'seeds/huge.md', 17 * 1024 * 1024],
  ] as const) {
    it(`${file} (${bytes / 1024 / 1024} MiB)`, async () => {
      const c = hostileCases().find((x) => x.name === name)!;
      const root = materialiseHostile(c);
      try {
        expect(statSync(path.join(root, file)).size).toBe(bytes);
        opened.length = 0;
        const result = await validateKnowledgeBase(root);
        expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([`${file}:1:1 file/too-large`]);
        expect(opened.filter((f) => f.endsWith(path.basename(file)))).toEqual([]);
        // The other files were read through the recorded calls, so the recording works.
        expect(opened.some((f) => f.endsWith('ministry-of-demining.yaml'))).toBe(true);
      } finally {
        cleanUp(root, c);
      }
    });
  }
});
