import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * Every entry under a folder, for byte-for-byte comparisons of trees that hold what the
 * hostile corpus puts there: links (by target, never followed), pipes (never opened),
 * unreadable files (by mode). Regular files by their sha256.
 */
export function snapshotEntries(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    let names: string[];
    try {
      names = readdirSync(path.join(dir, rel)).sort();
    } catch (error) {
      out.set(rel || '.', `unlistable:${(error as NodeJS.ErrnoException).code}`);
      return;
    }
    for (const name of names) {
      const child = rel ? `${rel}/${name}` : name;
      const abs = path.join(dir, child);
      const info = lstatSync(abs);
      if (info.isSymbolicLink()) out.set(child, `link:${readlinkSync(abs)}`);
      else if (info.isDirectory()) walk(child);
      else if (!info.isFile()) out.set(child, `special:${info.mode.toString(8)}`);
      else {
        try {
          out.set(child, `file:${info.mode.toString(8)}:${createHash('sha256').update(readFileSync(abs)).digest('hex')}`);
        } catch (error) {
          out.set(child, `unreadable:${info.mode.toString(8)}:${info.size}:${(error as NodeJS.ErrnoException).code}`);
        }
      }
    }
  };
  walk('');
  return out;
}
