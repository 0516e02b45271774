/** `manifest.json`: record counts and the sha256 of every other file of the bundle, sorted by path. */
import { createHash } from 'node:crypto';
import { RECORD_TYPES } from '../../model/record-types.js';
import type { BundleContext } from '../context.js';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_SCHEMA_VERSION = 1;

/** The sha256 of a file's UTF-8 bytes, in hex. */
export function sha256Hex(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

export function sha256(content: string): string {
  return `sha256:${sha256Hex(content)}`;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function renderManifest(ctx: BundleContext, files: ReadonlyMap<string, string>): string {
  const hashes = new Map<string, string>();
  for (const [path, content] of files) if (path !== MANIFEST_FILE) hashes.set(path, sha256Hex(content));
  return renderManifestOfHashes(ctx, hashes);
}

/** The same manifest from each file's sha256 (hex), for builds that do not hold every file. */
export function renderManifestOfHashes(ctx: BundleContext, hexByPath: ReadonlyMap<string, string>): string {
  const counts: Record<string, number> = { sources: ctx.sources.length };
  for (const info of RECORD_TYPES) counts[info.plural] = ctx.records[info.type].length;
  const hashes: Record<string, string> = {};
  for (const path of [...hexByPath.keys()].sort(byCodeUnits)) {
    if (path !== MANIFEST_FILE) hashes[path] = `sha256:${hexByPath.get(path)!}`;
  }
  return `${JSON.stringify({ schemaVersion: MANIFEST_SCHEMA_VERSION, counts, files: hashes }, null, 2)}\n`;
}
