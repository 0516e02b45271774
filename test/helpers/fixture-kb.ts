import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp-dir.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** Copies `fixtures/<group>/_base` into a fresh temporary folder and lays `<group>/<case>` over it. */
export function materialise(group: string, name: string): string {
  const dir = tempDir(`${name}`);
  cpSync(path.join(FIXTURES, group, '_base'), dir, { recursive: true });
  cpSync(path.join(FIXTURES, group, name), dir, { recursive: true, filter: (src) => path.basename(src) !== 'expected.json' });
  return dir;
}

export function caseNames(group: string): string[] {
  return readdirSync(path.join(FIXTURES, group)).filter((n) => !n.startsWith('_')).sort();
}
