import path from 'node:path';
import { diagnostic, hasErrors, START, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { KnowledgeBase } from '../../model/knowledge-base.js';
import { EXTRACT_STATE_FILE } from '../../model/layout.js';
import { compareByHash, isUnchanged, type TreeChanges } from '../../publish/compare-tree.js';
import { StagedTree } from '../../publish/staged-tree.js';
import { acquireLock, LockedError } from '../../publish/lock.js';
import { IN_PLACE_LIMIT, recoverTree, writeTree } from '../../publish/write-tree.js';
import { collectGarbage } from '../../io/collect-garbage.js';
import { critical } from '../../io/critical-section.js';
import { readTextSync } from '../../io/read-text.js';
import { VERSION } from '../../version.js';
import { bundleMatchesOutputs, bundleStats, MAX_BUNDLE_FILE_BYTES, cacheKey, digestStats, fingerprintInputs, readBuildCache, readBuildOutputs, scanInputs, writeBuildCache, type BuildCache, type BuildOutputs } from './cache/build-cache.js';
import { readyScan, scanBundle, startBundleScan, type BundleScan, type BundleScanJob, type ScanSummary } from './cache/bundle-scan.js';
import { checkOut, loadConfig } from '../config.js';
import { diskCache } from './cache/cache-file.js';
import type { BuildMemory } from './incremental/build-memory.js';
import type { BundleContext } from '../../bundle/context.js';
import type { SchemaSet } from '../../records/schemas.js';
import type { ExtractionPlan } from '../extract/extract.js';
import { NO_PROGRESS, type ProgressSink } from '../progress.js';

export interface BuildOptions {
  root: string;
  /** The bundle folder (default: `out` from demine.config.json, else `<root>/dist`). */
  out?: string;
  /** Write nothing; report what would change. */
  check?: boolean;
  signal?: AbortSignal;
  /** Leave drafts out of the bundle (also `reviewedOnly` in demine.config.json). */
  reviewedOnly?: boolean;
  /** Up to this many changed files the bundle is updated in place, else swapped whole (default `IN_PLACE_LIMIT`). */
  inPlaceLimit?: number;
  /** Told what phase the build is in, and how far (for a progress line). */
  onProgress?: ProgressSink;
  /** What earlier builds in this process remember (`demine build --watch`): caches kept in memory, not re-read. */
  memory?: BuildMemory;
  /** With `memory`: the only inputs (root-relative paths) that may have changed since its last build, as a watcher saw them. */
  changed?: readonly string[];
}

export interface BuildResult {
  diagnostics: Diagnostic[];
  /** What extraction added to data/ first (or would add, with `check`). */
  extraction?: ExtractionPlan;
  /** Absent when validation failed. */
  changes?: TreeChanges;
  /** Files in the bundle. */
  files: number;
  /** The bundle folder, relative to the root when inside it. */
  out: string;
  written: boolean;
  /** True when the build cache showed that no input changed, so nothing was read or rendered. */
  fromCache?: boolean;
  /** Fact sheets rendered by this build (the others were reused from the last one). */
  rendered?: number;
  /** Records whose text in `briefing.json` this build rendered (the others were reused). */
  briefingRendered?: number;
  /** Records whose line on a listing page this build serialised (the others were reused). */
  listingRendered?: number;
}

/**
 * Validates, renders the bundle, and swaps it in when anything changed. With `check`,
 * compares only and writes nothing. Any validation error leaves the bundle untouched.
 */
export async function buildBundle(options: BuildOptions): Promise<BuildResult> {
  const root = path.resolve(options.root);
  const { config, diagnostics: configProblems } = await loadConfig(root);
  const out = path.resolve(root, options.out ?? config.out);
  const outLabel = labelOf(root, out);
  // The bundle folder is demine's alone: refused before anything is read, recovered or written.
  const store = options.memory?.cache ?? diskCache(root);
  const head = readBuildCache(store);
  const remembered = head?.key.endsWith(` -> ${out}`) === true;
  const refused = checkOut(root, options.out ?? config.out, options.out !== undefined ? '--out' : outLabel, remembered);
  if (refused) return { diagnostics: [refused], files: 0, out: outLabel, written: false };
  if (configProblems.length > 0) return { diagnostics: configProblems, files: 0, out: outLabel, written: false };
  const release = options.check ? undefined : await lockOrReport(root);
  if (release && 'diagnostics' in release) return { diagnostics: release.diagnostics, files: 0, out: outLabel, written: false };
  try {
    if (!options.check) await critical(() => recoverTree(out));
    const reviewedOnly = options.reviewedOnly === true || config.reviewedOnly;
    const key = `${cacheKey(VERSION, out)}${reviewedOnly ? ':reviewed-only' : ''}`;
    // The bundle is scanned on a second thread while this one fingerprints the inputs. Watching, it is
    // the bundle as the last build left it, with only the files the watcher saw change looked at again.
    const memory = options.memory;
    const scanning = options.check || head?.key !== key ? undefined : memory ? readyScan(() => memory.bundleScan(out) ?? scanBundle(out)) : startBundleScan(out);
    // Fingerprint before reading, so that a file changed during the build is seen by the next one.
    const fingerprints = options.check || memory ? undefined : scanInputs(root);
    let inputs = options.check ? undefined : memory ? memory.fingerprint(root, options.changed) : undefined;
    let inputsDigest = fingerprints ? fingerprints.digest : inputs ? digestStats(inputs) : undefined;
    const sameInputs = head !== undefined && head.inputs === inputsDigest;
    const summary = head && scanning && sameInputs ? await scanning.summary() : undefined;
    if (head && summary?.plain && head.bundle === summary.digest) {
      if (memory) memory.rememberBundle(out, (await scanning!.full()).stats);
      scanning!.stop();
      return upToDate(head, summary.files, outLabel);
    }
    const cached = scanning ? readBuildOutputs(store, key) : undefined;
    const scan = scanning ? await scanOrRecorded(scanning, summary ?? (await scanning.summary()), cached) : undefined;
    inputs ??= fingerprints?.record();
    const cache = scan && cached && bundleMatchesOutputs(out, scan, cached) ? cached : undefined;
    if (head && scan && cache && sameInputs) {
      // Only the bundle's times differ (touched, copied back), and every hash is right: remember the new times.
      await writeBuildCache(store, { key, inputs: head.inputs, ...(head.warnings ? { warnings: head.warnings } : {}) }, { key, outputs: cache.outputs, stats: scan.stats }).catch(() => undefined);
      options.memory?.rememberBundle(out, scan.stats);
      return upToDate(head, Object.keys(scan.stats).length, outLabel);
    }
    const incremental = await import('./incremental/build-incremental.js');
    // A usable cache means every remembered output was checked on disk (the exact set of files, each
    // with its size and time, else its hash: `bundleMatchesOutputs`), so all of them can be trusted.
    const trusted = cache ? cache.outputs : {};
    const { validateKnowledgeBase } = await import('../../records/validate.js');
    const onProgress = options.onProgress ?? NO_PROGRESS;
    const { openParseCache } = await import('./cache/build-parse-cache.js');
    // Files unchanged since the last build are neither read nor parsed again (not with --check, which reads everything).
    let parsed = inputs ? openParseCache(store, key, inputs, options.memory?.documents) : undefined;
    let validation = await validateKnowledgeBase(root, onProgress, parsed ?? {});
    await parsed?.save().catch(() => undefined);
    if (config.extractOnBuild) onProgress('extracting from new or changed documents');
    const extraction = config.extractOnBuild && validation.kb && validation.schemas ? await extractNewDocuments(root, validation.kb, validation.schemas, options.check === true, options.signal) : undefined;
    if (extraction && extraction.plan.documents.length > 0 && !options.check) {
      inputs = await fingerprintInputs(root);
      inputsDigest = digestStats(inputs);
      options.memory?.remember(inputs);
      parsed = openParseCache(store, key, inputs, options.memory?.documents);
      validation = await validateKnowledgeBase(root, onProgress, parsed);
      await parsed.save().catch(() => undefined);
    }
    options.signal?.throwIfAborted();
    // What validation keeps for other commands (every parsed file with its text, the checks' indexes) is let go before rendering.
    parsed = undefined;
    validation = { diagnostics: validation.diagnostics, counts: validation.counts, ...(validation.kb ? { kb: validation.kb } : {}) };
    const result: BuildResult = { diagnostics: [...validation.diagnostics], files: 0, out: outLabel, written: false };
    if (extraction) {
      result.extraction = extraction.plan;
      result.diagnostics.push(...extraction.diagnostics);
    }
    // Extraction's own failures (a draft that could not be written) stop the build too.
    if (!validation.kb || hasErrors(result.diagnostics.filter((d) => d.rule !== 'build/stale'))) return result;
    const seedsLinkBase = path.relative(out, root).split(path.sep).join('/') || '.';
    const ctx = await renderContext(validation.kb, reviewedOnly, options.memory, options.check === true);
    validation = { diagnostics: validation.diagnostics, counts: validation.counts };
    // Validation's garbage (and the sources' texts) is dead: collected before rendering allocates on top of it.
    if (!options.memory) collectGarbage();
    // Read only now, not through validation: the last build's render state (50,000 sheets' reads) is ~50 MB of heap.
    let previous = cache ? { outputs: cache.outputs, state: incremental.readIncrementalState(store), read: (rel: string) => options.memory?.bundleText(rel, cache.outputs[rel]) ?? readBundleFile(out, rel) } : undefined;
    // Without a usable cache everything is rendered: each file is compared with the bundle (and,
    // unless checking, staged beside it) as it comes, so that the bundle is never held whole.
    const tree = cache ? undefined : await StagedTree.open(out, !options.check);
    const stream = tree ? { sink: (rel: string, content: string) => tree.put(rel, content), bookkeeping: !options.check, ...(options.signal ? { signal: options.signal } : {}) } : undefined;
    const renderAll = () => incremental.renderIncrementally(ctx, { seedsLinkBase }, `${key} ${seedsLinkBase}`, previous, trusted, onProgress, stream, options.memory?.render);
    let render: Awaited<ReturnType<typeof renderAll>>;
    try {
      render = tree && !options.check ? await critical(renderAll) : await renderAll();
      previous = undefined; // the last build's render state: replaced by the new one
      options.signal?.throwIfAborted();
    } catch (error) {
      await tree?.discard().catch(() => undefined);
      throw error;
    }
    const outputs = render.outputs;
    result.files = Object.keys(outputs).length;
    result.rendered = render.rendered;
    result.briefingRendered = render.briefingRendered;
    result.listingRendered = render.listingRendered;
    result.changes = cache ? (render.changes ?? changesAgainst(cache.outputs, trusted, outputs)) : tree!.changes();
    if (options.check) return result;
    let written: Set<string> | undefined = new Set();
    if (!isUnchanged(result.changes)) {
      try {
        const inPlaceLimit = options.inPlaceLimit ?? IN_PLACE_LIMIT;
        const count = result.changes.added.length + result.changes.changed.length + result.changes.removed.length;
        onProgress(`writing ${count} changed files`);
        options.memory?.forgetBundle();
        if (tree) await critical(() => tree.commit(options.signal, inPlaceLimit));
        else {
          const files = count > inPlaceLimit && render.files.size < result.files ? incremental.completeFiles(out, render) : render.files;
          await critical(() => writeTree(out, files, result.changes!, options.signal, inPlaceLimit));
        }
        // Swapped whole, every file is new; updated in place, only the changed ones.
        written = count > inPlaceLimit ? undefined : new Set([...result.changes.added, ...result.changes.changed]);
        result.written = true;
      } catch (error) {
        if (options.signal?.aborted) throw error;
        result.diagnostics.push(
          diagnostic(outLabel, START, 'build/write-failed', `The bundle could not be written: ${(error as Error).message}.`, 'Check that the output folder is writable and the disk has space; the previous bundle is unchanged.'),
        );
        return result;
      }
    } else await tree?.discard();
    await incremental.writeIncrementalState(store, render, options.memory?.render).catch(() => undefined);
    const stats = bundleStats(out, outputs, cache ? scan?.stats : undefined, written);
    await writeBuildCache(store, { key, inputs: inputsDigest!, warnings: result.diagnostics }, { key, outputs, stats }).catch(() => undefined);
    // A bundle swapped whole is a new folder: the watch looks at it afresh (see `BuildMemory`).
    if (written !== undefined) options.memory?.rememberBundle(out, stats);
    options.memory?.keepBundleText(incremental.BRIEFING_FILE, outputs[incremental.BRIEFING_FILE], render.files.get(incremental.BRIEFING_FILE));
    return result;
  } finally {
    if (release && !('diagnostics' in release)) await release();
  }
}

/**
 * The context the bundle is rendered from. Watching, the last build's, patched by the records that
 * changed (it finds quotes' lines in the texts as they are asked for: a rebuild redoes few). From
 * the command line, one made without the sources' texts (every quote's line found first, ~0.1 s at
 * 50,000 records): once this returns, nothing holds them (the caller lets go of `validated`).
 */
async function renderContext(validated: KnowledgeBase, reviewedOnly: boolean, memory: BuildMemory | undefined, check: boolean): Promise<BundleContext> {
  const { BundleContext } = await import('../../bundle/context.js');
  const kb = reviewedOnly ? (await import('../../review/reviewed-only.js')).reviewedOnly(validated) : validated;
  if (memory) return memory.bundleContext((before) => new BundleContext(kb, before));
  if (check) return BundleContext.withoutTexts(kb); // no dependency hashes: no state is saved
  // Each copy hashes as its source, text and all, for the incremental render.
  const { knownSourceHash, sourceHash } = await import('./incremental/dependency-hashes.js');
  return BundleContext.withoutTexts(kb, (copy, source) => knownSourceHash(copy, sourceHash(source)));
}

/** The result of a build that found nothing changed: the last build's warnings again. */
function upToDate(head: BuildCache, files: number, out: string): BuildResult {
  return { diagnostics: head.warnings ?? [], changes: { added: [], changed: [], removed: [] }, files, out, written: false, fromCache: true };
}

/**
 * The bundle's scan. When its digest is the one of the stats the last build recorded, every file
 * is as that build left it, and those very stats stand for the scan: the scan's own list is never
 * made into a map, nor compared file by file.
 */
async function scanOrRecorded(scanning: BundleScanJob, summary: ScanSummary, cached: BuildOutputs | undefined): Promise<BundleScan> {
  if (summary.plain && cached?.statsDigest !== undefined && cached.statsDigest === summary.digest) {
    scanning.stop();
    return { stats: cached.stats, plain: true };
  }
  return scanning.full();
}

/**
 * Extracts drafts from documents that are new (no record cites them) or changed since they
 * were extracted. With `check`, writes nothing and reports each data file that would change.
 */
async function extractNewDocuments(root: string, kb: KnowledgeBase, schemas: SchemaSet, check: boolean, signal?: AbortSignal): Promise<{ plan: ExtractionPlan; diagnostics: Diagnostic[] } | undefined> {
  const { applyExtraction, planExtraction } = await import('../extract/extract.js');
  const plan = await planExtraction(root, schemas, { kind: 'new-or-changed' }, kb);
  // Validation passed (extraction runs only then), so these are extraction's own refusals.
  if (hasErrors(plan.diagnostics)) return { plan: { ...plan, documents: [], writes: [] }, diagnostics: plan.diagnostics };
  if (check) {
    const stale = plan.writes.map((w) =>
      diagnostic(w.file, START, 'build/stale', `Extraction from new or changed documents would ${w.kind === 'add' ? 'add' : 'update'} this record.`, 'Run `demine build` (or `demine extract`), review the drafts and commit them.'),
    );
    if (plan.documents.length > 0) {
      const names = plan.documents.map((d) => d.id).join(', ');
      stale.push(diagnostic(EXTRACT_STATE_FILE, START, 'build/stale', `Extraction would record what it read from ${names}.`, 'Run `demine build` (or `demine extract`) and commit data/extracted.yaml with the drafts.'));
    }
    return { plan, diagnostics: [...plan.diagnostics, ...stale] };
  }
  if (plan.documents.length === 0) return { plan, diagnostics: plan.diagnostics };
  const applied = await applyExtraction(root, plan, signal);
  return { plan: { ...plan, writes: applied.written }, diagnostics: [...plan.diagnostics, ...applied.diagnostics] };
}

async function lockOrReport(root: string): Promise<(() => Promise<void>) | { diagnostics: Diagnostic[] }> {
  try {
    return await acquireLock(root);
  } catch (error) {
    if (error instanceof LockedError) {
      return { diagnostics: [diagnostic('.demine/build.lock', START, 'build/locked', `Another demine build (process ${error.holder}) is running on this knowledge base.`, 'Wait for it to finish, then run the build again.')] };
    }
    return { diagnostics: [diagnostic('.demine/build.lock', START, 'build/write-failed', `The build lock could not be taken: ${(error as Error).message}.`, 'Check that the knowledge-base folder is writable.')] };
  }
}

/**
 * What writing `next` changes, from the hashes the last build wrote: a file that is no longer
 * as that build left it (`trusted` lacks it) is written again, as changed.
 */
function changesAgainst(previous: Record<string, string>, trusted: Record<string, string>, next: Record<string, string>): TreeChanges {
  const changes = compareByHash(trusted, next);
  const again = new Set(changes.added.filter((rel) => Object.hasOwn(previous, rel)));
  return {
    added: changes.added.filter((rel) => !again.has(rel)),
    changed: [...changes.changed, ...again].sort(),
    removed: Object.keys(previous).filter((rel) => !Object.hasOwn(next, rel)).sort(),
  };
}

/** A bundle file the build cache vouched for, read back (a regular file only, with a size limit). */
function readBundleFile(out: string, rel: string): string | undefined {
  const read = readTextSync(path.join(out, rel), rel, MAX_BUNDLE_FILE_BYTES);
  return read.ok ? read.text : undefined;
}

function labelOf(root: string, out: string): string {
  const rel = path.relative(root, out);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? out : rel.split(path.sep).join('/');
}
