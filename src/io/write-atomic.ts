import { link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file so that a reader (or a crash) only ever sees the old content or the whole
 * new content: the text goes to a temporary file beside it, which is then renamed over it.
 * With `create`, the file must not exist yet: the temporary file is hard-linked into place,
 * which fails (EEXIST) rather than replace anything that appeared there meanwhile.
 */
export async function writeFileAtomic(file: string, content: string, options: { create?: boolean } = {}): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, content);
    if (options.create) {
      await link(temp, file);
      await rm(temp, { force: true });
    } else await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
