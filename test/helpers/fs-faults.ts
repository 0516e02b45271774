/** Decides, per file-system call, which error (if any) it meets: `op` is the call, `target` the path it writes. */
export type Failing = (op: string, target: string) => NodeJS.ErrnoException | undefined;

/**
 * `node:fs/promises` with its writing calls (writeFile, link, mkdir, rename) made to fail as
 * `fault.failing` decides: a full disk or a read-only folder, simulated where chmod does not
 * stop writes (root in CI). For `vi.mock('node:fs/promises', (orig) => faultyFsPromises(orig, fault))`.
 */
export async function faultyFsPromises(importOriginal: <T>() => Promise<T>, fault: { failing?: Failing }): Promise<Record<string, unknown>> {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const guard =
    <A extends unknown[], R>(op: string, fn: (...args: A) => Promise<R>, target: (...args: A) => string) =>
    async (...args: A): Promise<R> => {
      const error = fault.failing?.(op, target(...args));
      if (error) throw error;
      return fn(...args);
    };
  const writeFile = guard('writeFile', real.writeFile, (file) => String(file));
  const link = guard('link', real.link, (_from, to) => String(to));
  const mkdir = guard('mkdir', real.mkdir, (dir) => String(dir));
  const rename = guard('rename', real.rename, (from, to) => `${String(from)} -> ${String(to)}`);
  const mocked = { ...real, writeFile, link, mkdir, rename };
  return { ...mocked, default: mocked };
}
