import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, type CliIo } from './io.js';
import type { GlobalOptions } from './main.js';

/** The knowledge-base root, resolved against the working folder; it must be a folder. */
export async function resolveRoot(io: CliIo, global: GlobalOptions): Promise<string> {
  const root = path.resolve(io.cwd, global.root ?? '.');
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new UsageError(`--root ${global.root}: no such folder.`, 'Pass the folder that holds data/ and seeds/ (or run `demine init <dir>`).');
  }
  return root;
}
