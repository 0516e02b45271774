import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];

/** A fresh folder under the system's temporary folder, removed when the test file ends (see test/setup/remove-temp-dirs.ts). */
export function tempDir(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `demine-${name}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made in this test file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
