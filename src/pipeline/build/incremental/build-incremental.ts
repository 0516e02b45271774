/**
 * The incremental render: which fact sheets a build must redo, and the state that lets the
 * next build know (`.demine/incremental.json`, local, never committed).
 *
 * Every fact sheet is rendered while its `BundleContext` records what it reads: records (or
 * their absence), the lists of records pointing at one, sources. A sheet is rendered again
 * only when one of those changed since the build that wrote it, or when its file in the
 * bundle is no longer what that build wrote. In `briefing.json` the same holds record by
 * record (`briefing-incremental.ts`), and in the per-type listings line by line
 * (`listing-incremental.ts`). The other files that summarise the knowledge base (the index,
 * the sources' listing) are rendered on every build; the manifest is made from the hashes.
 * The result is byte for byte what a clean build renders (a property test holds it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BundleContext } from '../../../bundle/context.js';
import { MANIFEST_FILE, renderManifestOfHashes, sha256Hex } from '../../../bundle/pages/manifest.js';
import { BRIEFING_FILE, eachAggregate, sheetPaths, type RenderedSheet, type RenderOptions } from '../../../bundle/render.js';
import type { TreeChanges } from '../../../publish/compare-tree.js';
import type { ManifestPatch } from './manifest-kept.js';
import { KeptBriefing, renderBriefing, type BriefingParts, type BriefingPatch } from './briefing-incremental.js';
import { ListingRender, type ListingParts } from './listing-incremental.js';
import type { CacheStore } from '../cache/cache-file.js';
import { NO_PROGRESS, type ProgressSink } from '../../progress.js';
import { collectGarbage } from '../../../io/collect-garbage.js';
import { renderSheetsParallel } from '../render/render-parallel.js';
import { changedKeys, dependencyHashes } from './dependency-hashes.js';
import { isKeptState, type RenderDelta, type RenderMemory, type RenderPatch } from './render-memory.js';

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
  /** Where each record's line stands on its type's listing, and what it was rendered from. */
  listings?: ListingParts;
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
  /** Records whose line on a listing was serialised (the others were reused). */
  listingRendered: number;
  state: IncrementalState;
  /** Patched from the kept render (see `RenderMemory`): what writing changes, against `trusted`, found without comparing every file. */
  changes?: TreeChanges;
  /** Watching: what `writeIncrementalState` makes the kept render (`RenderMemory`) once the bundle is written. */
  patch?: RenderPatch;
}

export { changedKeys, dependencyHashes } from './dependency-hashes.js';

/** For a build that writes (or compares) each file as it is rendered instead of holding the bundle. */
export interface RenderStream {
  /** Takes every rendered file as it comes (fact sheets, then the aggregates and the manifest); `files` then holds none. */
  sink: (rel: string, content: string) => void;
  /** False for `--check`: no dependency hashes and no reads kept, as no state is saved for a next build. */
  bookkeeping?: boolean;
  signal?: AbortSignal;
}

/**
 * Renders what changed (everything when there is no previous build) and hashes the bundle.
 * Watching, `memory` is what the last build of the process rendered: when the state and
 * outputs read back are its own, only the records and sources that are new objects are looked
 * at, and only the sheets that read what they change are redone (no pass over every sheet).
 */
export async function renderIncrementally(
  ctx: BundleContext,
  options: RenderOptions,
  key: string,
  previous: Previous | undefined,
  trusted: Record<string, string>,
  onProgress: ProgressSink = NO_PROGRESS,
  stream?: RenderStream,
  memory?: RenderMemory,
): Promise<IncrementalRender> {
  const keep = stream?.bookkeeping !== false;
  const state = previous?.state?.key === key ? previous.state : undefined;
  const delta: RenderDelta | undefined = keep && memory?.holds(state, trusted, key) ? memory.delta(ctx) : undefined;
  const hashes = delta || !keep ? undefined : dependencyHashes(ctx);
  const paths = delta ? undefined : sheetPaths(ctx);
  const changed = delta ? delta.changed : state && hashes ? changedKeys(state.hashes, hashes) : new Set<string>();
  const redo = delta ? delta.redo : new Set<string>();
  if (paths) {
    for (const rel of paths) {
      const reads = state?.sheets[rel];
      if (!reads || trusted[rel] === undefined || (changed.size > 0 && reads.some((k) => changed.has(k)))) redo.add(rel);
    }
  }
  const fresh = new Map<string, { hash: string; reads: string[]; content?: string }>();
  // One string per dependency key, shared by every sheet that read it (each sheet, above all one from a worker, brings its own copies).
  const keys = new Map<string, string>();
  const shared = (key: string): string => keys.get(key) ?? (keys.set(key, key), key);
  const take = (sheet: RenderedSheet): void => {
    fresh.set(sheet.path, { hash: sha256Hex(sheet.content), reads: keep ? sheet.reads.map(shared) : [], ...(stream ? {} : { content: sheet.content }) });
    stream?.sink(sheet.path, sheet.content);
  };
  await renderSheetsParallel(ctx, options, paths && redo.size === paths.length ? undefined : redo, take, {}, onProgress, stream?.signal);
  onProgress('rendering the briefing and listings');
  let briefingRendered = 0;
  let briefingParts: BriefingParts | undefined;
  let briefingPatch: BriefingPatch | undefined;
  const briefingText = (): string => {
    if (delta) {
      const patched = memory!.briefing.render(ctx, delta);
      briefingPatch = patched.patch;
      briefingRendered = patched.rendered;
      return patched.content;
    }
    const oldBriefing = state?.briefing && trusted[BRIEFING_FILE] !== undefined ? previous?.read?.(BRIEFING_FILE) : undefined;
    const { content, parts, rendered } = renderBriefing(ctx, oldBriefing !== undefined ? { text: oldBriefing, parts: state!.briefing!, changed } : undefined);
    briefingParts = parts;
    briefingRendered = rendered;
    if (memory && keep) briefingPatch = KeptBriefing.whole(ctx, content, parts, memory.briefing.entries);
    return content;
  };
  // Watching and patched, the lines kept for the records' objects (`listingLine`); otherwise those of the last build's pages.
  const oldListings = !delta && state?.listings ? { read: (rel: string) => (trusted[rel] !== undefined ? previous?.read?.(rel) : undefined), parts: state.listings, changed } : undefined;
  const listings = new ListingRender(ctx, oldListings);
  // Streaming, each aggregate is handed on and let go before the next is rendered (briefing.json alone is 25 MB at 50,000 records).
  const files = new Map<string, string>();
  const aggregates: Record<string, string> = {};
  for (const [rel, content] of eachAggregate(ctx, options, briefingText, (type) => listings.page(type))) {
    aggregates[rel] = sha256Hex(content);
    if (stream) stream.sink(rel, content);
    else files.set(rel, content);
  }
  const sheetReads: Record<string, string[]> = {};
  const sheets = new Map<string, string[] | undefined>();
  // The aggregates first, then the sheets in bundle order (or, patched, the last build's order).
  const outputs: Record<string, string> = paths ? aggregates : Object.assign({}, trusted, aggregates);
  if (paths) {
    for (const rel of paths) {
      const sheet = fresh.get(rel);
      if (sheet) {
        if (sheet.content !== undefined) files.set(rel, sheet.content);
        outputs[rel] = sheet.hash;
        sheetReads[rel] = sheet.reads;
        if (memory) sheets.set(rel, sheet.reads);
      } else {
        outputs[rel] = trusted[rel]!;
        sheetReads[rel] = state!.sheets[rel]!;
        if (memory) sheets.set(rel, sheetReads[rel]);
      }
    }
  } else {
    // The last build's outputs, with the aggregates, the redone sheets and the gone ones patched.
    delete outputs[MANIFEST_FILE];
    for (const rel of delta!.gone) {
      delete outputs[rel];
      sheets.set(rel, undefined);
    }
    for (const [rel, sheet] of fresh) {
      if (sheet.content !== undefined) files.set(rel, sheet.content);
      outputs[rel] = sheet.hash;
      sheets.set(rel, sheet.reads);
    }
  }
  // From the command line, the aggregates' garbage (the last briefing.json and listings read back, 30 MB at
  // 50,000 records, and what was cut from them) goes before the manifest and the caches are made.
  if (!memory) collectGarbage();
  // Patched, the manifest from its kept lines, and what writing changes from what was rendered.
  const manifestPatch: ManifestPatch = new Map();
  let changes: TreeChanges | undefined;
  if (delta) {
    for (const rel of delta.gone) manifestPatch.set(rel, undefined);
    for (const [rel, hash] of Object.entries(aggregates)) manifestPatch.set(rel, hash);
    for (const [rel, sheet] of fresh) manifestPatch.set(rel, sheet.hash);
  }
  const manifest = delta ? memory!.manifest.render(ctx, manifestPatch) : renderManifestOfHashes(ctx, new Map(Object.entries(outputs)));
  outputs[MANIFEST_FILE] = sha256Hex(manifest);
  if (delta) changes = changesOf(trusted, [...manifestPatch.keys(), MANIFEST_FILE], outputs);
  if (stream) stream.sink(MANIFEST_FILE, manifest);
  else files.set(MANIFEST_FILE, manifest);
  const render = { files, outputs, trusted, rendered: fresh.size, briefingRendered, listingRendered: listings.rendered, ...(changes ? { changes } : {}) };
  if (memory && keep) {
    const patch: RenderPatch = { delta, ctx, hashes, sheets, briefing: briefingPatch!, listings, manifest: manifestPatch, key, outputs };
    return { ...render, state: memory.state(key), patch };
  }
  return { ...render, state: { key, hashes: hashes ? Object.fromEntries(hashes) : {}, sheets: sheetReads, briefing: briefingParts!, ...(keep ? { listings: listings.parts } : {}) } };
}

/** What writing `next` changes against `before` when only `candidates` can differ (sorted, like `compareByHash`). */
function changesOf(before: Readonly<Record<string, string>>, candidates: readonly string[], next: Readonly<Record<string, string>>): TreeChanges {
  const changes: TreeChanges = { added: [], changed: [], removed: [] };
  for (const rel of new Set(candidates)) {
    const was = before[rel];
    const now = next[rel];
    if (now === undefined) {
      if (was !== undefined) changes.removed.push(rel);
    } else if (was === undefined) changes.added.push(rel);
    else if (was !== now) changes.changed.push(rel);
  }
  changes.added.sort();
  changes.changed.sort();
  changes.removed.sort();
  return changes;
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
  // A state kept by the watch (`RenderMemory`) makes its maps only when asked: not asked here.
  return store.read<IncrementalState>(INCREMENTAL_FILE, (value) => typeof value.key === 'string' && (isKeptState(value) || Boolean(value.hashes && value.sheets)));
}

/** Records the new state: what each fact sheet and each entry of `briefing.json` was rendered from. */
export async function writeIncrementalState(store: CacheStore, render: IncrementalRender, memory?: RenderMemory): Promise<void> {
  if (memory && render.patch) memory.commit(render.patch, render.state);
  await store.write(INCREMENTAL_FILE, render.state);
}
