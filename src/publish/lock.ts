import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { isProcessAlive } from '../io/process-alive.js';
import path from 'node:path';

export const LOCK_DIR = '.demine';

export class LockedError extends Error {
  constructor(readonly holder: number) {
    super(`another demine build (process ${holder}) is running on this knowledge base`);
    this.name = 'LockedError';
  }
}

/**
 * Takes `<root>/.demine/build.lock` (created exclusively, holding the pid) and returns the
 * release function. A lock left by a process that no longer runs is taken over.
 */
export async function acquireLock(root: string, name = 'build'): Promise<() => Promise<void>> {
  const dir = path.join(root, LOCK_DIR);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return async () => {
        await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isProcessAlive(holder)) throw new LockedError(holder);
      await rm(file, { force: true });
    }
  }
  throw new LockedError(0);
}

