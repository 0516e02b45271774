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

/** Paths in the order of their UTF-16 code units (as `sort()` gives), the manifest's order. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function renderManifest(ctx: BundleContext, files: ReadonlyMap<string, string>): string {
  const hashes = new Map<string, string>();
  for (const [path, content] of files) if (path !== MANIFEST_FILE) hashes.set(path, sha256Hex(content));
  return renderManifestOfHashes(ctx, hashes);
}

/** The same manifest from each file's sha256 (hex), for builds that do not hold every file. */
export function renderManifestOfHashes(ctx: BundleContext, hexByPath: ReadonlyMap<string, string>): string {
  const paths = [...hexByPath.keys()].filter((path) => path !== MANIFEST_FILE).sort(byCodeUnits);
  return manifestFromLines(ctx, paths.map((path) => manifestLine(path, hexByPath.get(path)!)));
}

/** One file's line of the manifest, as `JSON.stringify(…, null, 2)` writes it (bundle paths are never integer-like keys). */
export function manifestLine(path: string, hex: string): string {
  return `    ${JSON.stringify(path)}: ${JSON.stringify(`sha256:${hex}`)}`;
}

/** The manifest from its file lines, in path order (`manifestLine`); a watched build patches the lines and joins them here. */
export function manifestFromLines(ctx: BundleContext, lines: readonly string[]): string {
  const counts: Record<string, number> = { sources: ctx.sources.length };
  for (const info of RECORD_TYPES) counts[info.plural] = ctx.records[info.type].length;
  const head = JSON.stringify({ schemaVersion: MANIFEST_SCHEMA_VERSION, counts, files: {} }, null, 2);
  if (lines.length === 0) return `${head}\n`;
  return `${head.slice(0, -'{}\n}'.length)}{\n${lines.join(',\n')}\n  }\n}\n`;
}
