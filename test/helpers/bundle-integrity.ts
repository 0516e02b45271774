import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleBriefingProblems } from './briefing-schema.js';
import { snapshotTree } from './kb-copy.js';

/**
 * A bundle is whole when its manifest lists exactly the other files in it and every
 * listed file has the listed sha256, and its briefing.json conforms to
 * schemas/briefing.schema.json. Returns the problems found (none: whole).
 */
export function bundleProblems(dist: string): string[] {
  if (!existsSync(path.join(dist, 'manifest.json'))) return ['manifest.json is missing'];
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as { files: Record<string, string> };
  const problems: string[] = [];
  const present = new Set([...snapshotTree(dist).keys()].filter((f) => f !== 'manifest.json'));
  for (const [file, hash] of Object.entries(manifest.files)) {
    if (!present.has(file)) {
      problems.push(`${file} is missing`);
      continue;
    }
    const actual = `sha256:${createHash('sha256').update(readFileSync(path.join(dist, file))).digest('hex')}`;
    if (actual !== hash) problems.push(`${file} does not match the manifest`);
    present.delete(file);
  }
  for (const extra of present) problems.push(`${extra} is not in the manifest`);
  if (existsSync(path.join(dist, 'briefing.json'))) problems.push(...bundleBriefingProblems(dist).map((p) => `briefing.json breaks schemas/briefing.schema.json: ${p}`));
  return problems;
}
