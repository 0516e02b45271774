/**
 * What an output of the bundle depends on, by key: `r:<ref>` a record (or its absence),
 * `b:<ref>` the list of records pointing at one, `s:<id>` a source document; each with a short
 * hash of what it stood for (see `BundleContext.track`).
 */
import { createHash } from 'node:crypto';
import type { BundleContext, Referrer } from '../../../bundle/context.js';
import { refOf } from '../../../bundle/context.js';
import { RECORD_TYPES } from '../../../model/record-types.js';

const shortHash = (text: string): string => createHash('sha1').update(text).digest('base64url').slice(0, 16);

/**
 * A record's hash, remembered for the record object: the builds of one process (`--watch`) get
 * the same objects back from the parse cache for files that did not change. Records are never
 * changed once loaded.
 */
const recordHashes = new WeakMap<object, string>();
export function recordHash(record: object): string {
  let hash = recordHashes.get(record);
  if (hash === undefined) recordHashes.set(record, (hash = shortHash(JSON.stringify(record))));
  return hash;
}

/** Makes `hash` the hash of `record` (its `recordHash` as a build that parsed it made it: `.demine/parsed.json`). */
export function knownRecordHash(record: object, hash: string): void {
  recordHashes.set(record, hash);
}

/** A source document's hash, remembered for the object like a record's (watching, an unchanged document is the same object). */
const sourceHashes = new WeakMap<object, string>();
export function sourceHash(source: BundleContext['sources'][number]): string {
  let hash = sourceHashes.get(source);
  if (hash === undefined) {
    const { text, ...rest } = source;
    sourceHashes.set(source, (hash = createHash('sha1').update(JSON.stringify(rest)).update('\0').update(text).digest('base64url').slice(0, 16)));
  }
  return hash;
}

/** Makes `hash` the hash of `copy` (a copy of a source made without its text, which hashes as the source it was made from). */
export function knownSourceHash(copy: object, hash: string): void {
  sourceHashes.set(copy, hash);
}

/** The hash of a `b:<ref>` key: who points at the record, through which field, and what each of them is. */
export function referrersHash(referrers: readonly Referrer[]): string {
  return shortHash(referrers.map((r) => `${r.type}:${r.record.id}|${r.path}|${recordHash(r.record)}`).join('\n'));
}

/** The dependency keys whose hash is not what it was (new and gone ones too): what a reused output must not have read. */
export function changedKeys(before: Readonly<Record<string, string>>, now: ReadonlyMap<string, string>): Set<string> {
  const changed = new Set<string>();
  for (const [key, hash] of now) if (before[key] !== hash) changed.add(key);
  for (const key of Object.keys(before)) if (!now.has(key)) changed.add(key);
  return changed;
}

/** The hash of everything a renderer can read through the context, by dependency key. */
export function dependencyHashes(ctx: BundleContext): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const info of RECORD_TYPES) {
    for (const record of ctx.records[info.type]) hashes.set(`r:${refOf(info.type, record.id)}`, recordHash(record));
  }
  for (const source of ctx.sources) hashes.set(`s:${source.id}`, sourceHash(source));
  for (const [ref, referrers] of ctx.referrerLists()) hashes.set(`b:${ref}`, referrersHash(referrers));
  return hashes;
}
