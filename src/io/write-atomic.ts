import { link, lstat, mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isProcessAlive } from './process-alive.js';

/** The mark in the name of every temporary file demine writes beside a file: `.<name>.demine-tmp-<pid>`. */
const TEMP_NAME = /^\.(.+)\.demine-tmp-(\d+)$/;

const tempOf = (file: string): string => path.join(path.dirname(file), `.${path.basename(file)}.demine-tmp-${process.pid}`);

/**
 * Writes a file so that a reader (or a crash) only ever sees the old content or the whole
 * new content: the text goes to a temporary file beside it, which is then renamed over it.
 * With `create`, the file must not exist yet: the temporary file is hard-linked into place,
 * which fails (EEXIST) rather than replace anything that appeared there meanwhile. The content
 * may come in pieces, written one after another (a large file never held whole).
 */
export async function writeFileAtomic(file: string, content: string | Iterable<string>, options: { create?: boolean } = {}): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = tempOf(file);
  try {
    if (typeof content === 'string') await writeFile(temp, content);
    else await writePieces(temp, content);
    if (options.create) {
      await link(temp, file);
      await rm(temp, { force: true });
    } else await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

async function writePieces(file: string, pieces: Iterable<string>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (const piece of pieces) {
      const bytes = Buffer.from(piece, 'utf8');
      for (let done = 0; done < bytes.length; ) done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Removes, in `dir`, the temporary files of writes that a killed demine (SIGKILL, a power cut)
 * left behind: only regular files with demine's temporary name whose process is gone. Nothing
 * else is touched; a folder that cannot be read is left alone.
 */
export async function sweepStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || isProcessAlive(Number(match[2]))) continue;
    const file = path.join(dir, name);
    const info = await lstat(file).catch(() => undefined);
    if (info?.isFile()) await rm(file, { force: true }).catch(() => undefined);
  }
}
