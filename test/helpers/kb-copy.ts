import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './run-cli.js';
import { tempDir } from './temp-dir.js';

/** A throw-away copy of the repository's knowledge base (seeds, data, schemas, dist when asked). */
export function copyRepoKb(options: { withDist?: boolean } = {}): string {
  const dir = tempDir('kb');
  for (const part of ['seeds', 'data', 'schemas', ...(options.withDist ? ['dist'] : [])]) {
    cpSync(path.join(REPO, part), path.join(dir, part), { recursive: true });
  }
  return dir;
}

/** Every file under a folder with its bytes, for byte-for-byte comparisons. */
export function snapshotTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const child = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else out.set(child, readFileSync(path.join(dir, child)).toString('base64'));
    }
  };
  walk('');
  return out;
}
