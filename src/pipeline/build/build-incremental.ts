/**
 * The incremental render: which fact sheets a build must redo, and the state that lets the
 * next build know (`.demine/incremental.json`, local, never committed).
 *
 * Every fact sheet is rendered while its `BundleContext` records what it reads: records (or
 * their absence), the lists of records pointing at one, sources. A sheet is rendered again
 * only when one of those changed since the build that wrote it, or when its file in the
 * bundle is no longer what that build wrote. In `briefing.json` the same holds record by
 * record (`briefing-incremental.ts`). The other files that summarise the knowledge base
 * (indexes, listings) are rendered on every build; the manifest is made from the hashes.
 * The result is byte for byte what a clean build renders (a property test holds it).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BundleContext } from '../../bundle/context.js';
import { refOf } from '../../bundle/context.js';
import { MANIFEST_FILE, renderManifestOfHashes, sha256Hex } from '../../bundle/pages/manifest.js';
import { BRIEFING_FILE, eachAggregate, sheetPaths, type RenderedSheet, type RenderOptions } from '../../bundle/render.js';
import { renderBriefing, type BriefingParts } from './briefing-incremental.js';
import type { CacheStore } from './cache-file.js';
import { RECORD_TYPES } from '../../model/record-types.js';
import { NO_PROGRESS, type ProgressSink } from '../progress.js';
import { renderSheetsParallel } from './render-parallel.js';

export const INCREMENTAL_FILE = 'incremental.json';

/** The one bundle file an incremental build reads back (record by record, see `briefing-incremental.ts`). */
export { BRIEFING_FILE };

export interface IncrementalState {
  /** The build cache key and the link base of sources: anything else and nothing is reused. */
  key: string;
  /** Dependency key (`r:<ref>`, `b:<ref>`, `s:<id>`) → short hash of what it stood for. */
  hashes: Record<string, string>;
  /** Fact sheet path → the dependency keys it was rendered from. */
  sheets: Record<string, string[]>;
  /** Where each record's text stands in `briefing.json`, and what it was rendered from. */
  briefing?: BriefingParts;
}

export interface Previous {
  /** Bundle path → sha256 hex, as the last build wrote them (from the build cache). */
  outputs: Record<string, string>;
  state?: IncrementalState;
  /** A file of the bundle as the last build wrote it (only asked for files in `trusted`), or undefined when it cannot be read. */
  read?: (rel: string) => string | undefined;
}

export interface IncrementalRender {
  /** The files rendered by this build: the changed or suspect sheets and every aggregate. */
  files: Map<string, string>;
  /** Every bundle file → sha256 hex: rendered ones hashed, the others as last built. */
  outputs: Record<string, string>;
  /** The previous outputs still on disk as that build wrote them (compare against these). */
  trusted: Record<string, string>;
  /** Fact sheets rendered (the others were reused). */
  rendered: number;
  /** Records whose text in `briefing.json` was rendered (the others were reused). */
  briefingRendered: number;
  state: IncrementalState;
}

const shortHash = (text: string): string => createHash('sha1').update(text).digest('base64url').slice(0, 16);

/**
 * A record's hash, remembered for the record object: the builds of one process (`--watch`) get
 * the same objects back from the parse cache for files that did not change. Records are never
 * changed once loaded.
 */
const recordHashes = new WeakMap<object, string>();
function recordHash(record: object): string {
  let hash = recordHashes.get(record);
  if (hash === undefined) recordHashes.set(record, (hash = shortHash(JSON.stringify(record))));
  return hash;
}

/** A source document's hash, remembered for the object like a record's (watching, an unchanged document is the same object). */
const sourceHashes = new WeakMap<object, string>();
function sourceHash(source: BundleContext['sources'][number]): string {
  let hash = sourceHashes.get(source);
  if (hash === undefined) {
    const { text, ...rest } = source;
    sourceHashes.set(source, (hash = createHash('sha1').update(JSON.stringify(rest)).update('\0').update(text).digest('base64url').slice(0, 16)));
  }
  return hash;
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
  for (const [ref, referrers] of ctx.referrerLists()) {
    const parts = referrers.map((r) => `${r.type}:${r.record.id}|${r.path}|${hashes.get(`r:${refOf(r.type, r.record.id)}`)}`);
    hashes.set(`b:${ref}`, shortHash(parts.join('\n')));
  }
  return hashes;
}

/** For a build that writes (or compares) each file as it is rendered instead of holding the bundle. */
export interface RenderStream {
  /** Takes every rendered file as it comes (fact sheets, then the aggregates and the manifest); `files` then holds none. */
  sink: (rel: string, content: string) => void;
  /** False for `--check`: no dependency hashes and no reads kept, as no state is saved for a next build. */
  bookkeeping?: boolean;
  signal?: AbortSignal;
}

/** Renders what changed (everything when there is no previous build) and hashes the bundle. */
export async function renderIncrementally(
  ctx: BundleContext,
  options: RenderOptions,
  key: string,
  previous: Previous | undefined,
  trusted: Record<string, string>,
  onProgress: ProgressSink = NO_PROGRESS,
  stream?: RenderStream,
): Promise<IncrementalRender> {
  const keep = stream?.bookkeeping !== false;
  const hashes = keep ? dependencyHashes(ctx) : new Map<string, string>();
  const paths = sheetPaths(ctx);
  const state = previous?.state?.key === key ? previous.state : undefined;
  const changed = state ? changedKeys(state.hashes, hashes) : new Set<string>();
  const redo = new Set<string>();
  for (const rel of paths) {
    const reads = state?.sheets[rel];
    if (!reads || trusted[rel] === undefined || (changed.size > 0 && reads.some((k) => changed.has(k)))) redo.add(rel);
  }
  const fresh = new Map<string, { hash: string; reads: string[]; content?: string }>();
  // One string per dependency key, shared by every sheet that read it (each sheet, above all one from a worker, brings its own copies).
  const keys = new Map<string, string>();
  const shared = (key: string): string => keys.get(key) ?? (keys.set(key, key), key);
  const take = (sheet: RenderedSheet): void => {
    fresh.set(sheet.path, { hash: sha256Hex(sheet.content), reads: keep ? sheet.reads.map(shared) : [], ...(stream ? {} : { content: sheet.content }) });
    stream?.sink(sheet.path, sheet.content);
  };
  await renderSheetsParallel(ctx, options, redo.size === paths.length ? undefined : redo, take, {}, onProgress, stream?.signal);
  onProgress('rendering the briefing and listings');
  const oldBriefing = state?.briefing && trusted[BRIEFING_FILE] !== undefined ? previous?.read?.(BRIEFING_FILE) : undefined;
  let briefing: Omit<ReturnType<typeof renderBriefing>, 'content'> | undefined;
  const briefingText = (): string => {
    const { content, ...rest } = renderBriefing(ctx, oldBriefing !== undefined ? { text: oldBriefing, parts: state!.briefing!, changed } : undefined);
    briefing = rest;
    return content;
  };
  // Streaming, each aggregate is handed on and let go before the next is rendered (briefing.json alone is 25 MB at 50,000 records).
  const files = new Map<string, string>();
  const outputs: Record<string, string> = {};
  for (const [rel, content] of eachAggregate(ctx, options, briefingText)) {
    outputs[rel] = sha256Hex(content);
    if (stream) stream.sink(rel, content);
    else files.set(rel, content);
  }
  const sheetReads: Record<string, string[]> = {};
  for (const rel of paths) {
    const sheet = fresh.get(rel);
    if (sheet) {
      if (sheet.content !== undefined) files.set(rel, sheet.content);
      outputs[rel] = sheet.hash;
      sheetReads[rel] = sheet.reads;
    } else {
      outputs[rel] = trusted[rel]!;
      sheetReads[rel] = state!.sheets[rel]!;
    }
  }
  const manifest = renderManifestOfHashes(ctx, new Map(Object.entries(outputs)));
  outputs[MANIFEST_FILE] = sha256Hex(manifest);
  if (stream) stream.sink(MANIFEST_FILE, manifest);
  else files.set(MANIFEST_FILE, manifest);
  return { files, outputs, trusted, rendered: fresh.size, briefingRendered: briefing!.rendered, state: { key, hashes: Object.fromEntries(hashes), sheets: sheetReads, briefing: briefing!.parts } };
}

/**
 * Every bundle file with its content, the ones not rendered read back from the bundle (they
 * were verified by the build cache, `bundleMatchesOutputs`): for a build that swaps the whole tree.
 */
export function completeFiles(out: string, render: IncrementalRender): Map<string, string> {
  const all = new Map<string, string>();
  for (const rel of Object.keys(render.outputs).sort()) all.set(rel, render.files.get(rel) ?? readFileSync(path.join(out, rel), 'utf8'));
  return all;
}

export function readIncrementalState(store: CacheStore): IncrementalState | undefined {
  return store.read<IncrementalState>(INCREMENTAL_FILE, (value) => typeof value.key === 'string' && Boolean(value.hashes && value.sheets));
}

/** Records the new state: what each fact sheet and each entry of `briefing.json` was rendered from. */
export async function writeIncrementalState(store: CacheStore, render: IncrementalRender): Promise<void> {
  await store.write(INCREMENTAL_FILE, render.state);
}
