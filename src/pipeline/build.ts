import path from 'node:path';
import { diagnostic, hasErrors, START, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { KnowledgeBase } from '../model/knowledge-base.js';
import { compareByHash, compareTree, isUnchanged, type TreeChanges } from '../publish/compare-tree.js';
import { acquireLock, LockedError } from '../publish/lock.js';
import { IN_PLACE_LIMIT, recoverTree, writeTree } from '../publish/write-tree.js';
import { VERSION } from '../version.js';
import { bundleMatchesCache, cacheKey, fingerprintInputs, readBuildCache, sameInputs, writeBuildCache, type BuildCache } from './build-cache.js';
import { loadConfig } from './config.js';
import type { SchemaSet } from '../records/schemas.js';
import type { ExtractionPlan } from './extract.js';
import { NO_PROGRESS, type ProgressSink } from './progress.js';

export interface BuildOptions {
  root: string;
  /** The bundle folder (default: `out` from demine.config.json, else `<root>/dist`). */
  out?: string;
  /** Write nothing; report what would change. */
  check?: boolean;
  signal?: AbortSignal;
  /** Up to this many changed files the bundle is updated in place, else swapped whole (default `IN_PLACE_LIMIT`). */
  inPlaceLimit?: number;
  /** Told what phase the build is in, and how far (for a progress line). */
  onProgress?: ProgressSink;
}

export interface BuildResult {
  diagnostics: Diagnostic[];
  /** What extraction added to data/ first (or would add, with `check`). */
  extraction?: ExtractionPlan;
  /** Absent when validation failed. */
  changes?: TreeChanges;
  kb?: KnowledgeBase;
  /** Files in the bundle. */
  files: number;
  /** The bundle folder, relative to the root when inside it. */
  out: string;
  written: boolean;
  /** True when the build cache showed that no input changed, so nothing was read or rendered. */
  fromCache?: boolean;
  /** Fact sheets rendered by this build (the others were reused from the last one). */
  rendered?: number;
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
  if (configProblems.length > 0) return { diagnostics: configProblems, files: 0, out: outLabel, written: false };
  const release = options.check ? undefined : await lockOrReport(root);
  if (release && 'diagnostics' in release) return { diagnostics: release.diagnostics, files: 0, out: outLabel, written: false };
  try {
    if (!options.check) await recoverTree(out);
    // Fingerprint before reading, so that a file changed during the build is seen by the next one.
    let inputs = options.check ? undefined : await fingerprintInputs(root);
    const key = cacheKey(VERSION, out);
    const cache = options.check ? undefined : await usableCache(root, out, key);
    const incremental = await import('./build-incremental.js');
    const previous = cache ? { outputs: cache.outputs, state: incremental.readIncrementalState(root) } : undefined;
    // Every remembered output checked on disk (size and time, else its hash) before it is trusted.
    const trusted = previous ? incremental.trustedOutputs(out, previous) : {};
    const intact = cache !== undefined && Object.keys(trusted).length === Object.keys(cache.outputs).length;
    if (cache && intact && inputs && sameInputs(cache.inputs, inputs)) {
      return { diagnostics: cache.warnings ?? [], changes: { added: [], changed: [], removed: [] }, files: Object.keys(cache.outputs).length, out: outLabel, written: false, fromCache: true };
    }
    const { validateKnowledgeBase } = await import('../records/validate.js');
    const onProgress = options.onProgress ?? NO_PROGRESS;
    const { openParseCache } = await import('./build-parse-cache.js');
    // Files unchanged since the last build are neither read nor parsed again (not with --check, which reads everything).
    let parsed = inputs ? openParseCache(root, key, inputs) : undefined;
    let validation = await validateKnowledgeBase(root, onProgress, parsed ?? {});
    await parsed?.save().catch(() => undefined);
    if (config.extractOnBuild) onProgress('extracting from new or changed documents');
    const extraction = config.extractOnBuild && validation.kb && validation.schemas ? await extractNewDocuments(root, validation.kb, validation.schemas, options.check === true) : undefined;
    if (extraction && extraction.plan.writes.length > 0 && !options.check) {
      inputs = await fingerprintInputs(root);
      parsed = openParseCache(root, key, inputs);
      validation = await validateKnowledgeBase(root, onProgress, parsed);
      await parsed.save().catch(() => undefined);
    }
    const result: BuildResult = { diagnostics: [...validation.diagnostics], files: 0, out: outLabel, written: false };
    if (extraction) {
      result.extraction = extraction.plan;
      result.diagnostics.push(...extraction.diagnostics);
    }
    if (!validation.kb || hasErrors(validation.diagnostics)) return result;
    result.kb = validation.kb;
    const seedsLinkBase = path.relative(out, root).split(path.sep).join('/') || '.';
    const { BundleContext } = await import('../bundle/context.js');
    const render = await incremental.renderIncrementally(new BundleContext(validation.kb), { seedsLinkBase }, `${key} ${seedsLinkBase}`, previous, trusted, onProgress);
    const outputs = render.outputs;
    result.files = Object.keys(outputs).length;
    result.rendered = render.rendered;
    result.changes = cache ? changesAgainst(cache.outputs, trusted, outputs) : await compareTree(out, render.files);
    if (options.check) return result;
    if (!isUnchanged(result.changes)) {
      try {
        const inPlaceLimit = options.inPlaceLimit ?? IN_PLACE_LIMIT;
        const count = result.changes.added.length + result.changes.changed.length + result.changes.removed.length;
        onProgress(`writing ${count} changed files`);
        const files = count > inPlaceLimit && render.files.size < result.files ? incremental.completeFiles(out, render) : render.files;
        await writeTree(out, files, result.changes, options.signal, inPlaceLimit);
        result.written = true;
      } catch (error) {
        if (options.signal?.aborted) throw error;
        result.diagnostics.push(
          diagnostic(outLabel, START, 'build/write-failed', `The bundle could not be written: ${(error as Error).message}.`, 'Check that the output folder is writable and the disk has space; the previous bundle is unchanged.'),
        );
        return result;
      }
    }
    await incremental.writeIncrementalState(root, out, render).catch(() => undefined);
    await writeBuildCache(root, { key, inputs: inputs!, outputs, warnings: result.diagnostics }).catch(() => undefined);
    return result;
  } finally {
    if (release && !('diagnostics' in release)) await release();
  }
}

/** The cache of the last build, when it was made by this version for this bundle folder and the bundle is as it left it. */
async function usableCache(root: string, out: string, key: string): Promise<BuildCache | undefined> {
  const cache = await readBuildCache(root);
  if (!cache || cache.key !== key) return undefined;
  return (await bundleMatchesCache(out, cache)) ? cache : undefined;
}

/**
 * Extracts drafts from documents that are new (no record cites them) or changed since they
 * were extracted. With `check`, writes nothing and reports each data file that would change.
 */
async function extractNewDocuments(root: string, kb: KnowledgeBase, schemas: SchemaSet, check: boolean): Promise<{ plan: ExtractionPlan; diagnostics: Diagnostic[] } | undefined> {
  const { applyExtraction, planExtraction } = await import('./extract.js');
  const plan = await planExtraction(root, schemas, { kind: 'new-or-changed' }, kb);
  if (hasErrors(plan.diagnostics)) return undefined; // validation reports the same problems
  if (check) {
    const stale = plan.writes.map((w) =>
      diagnostic(w.file, START, 'build/stale', `Extraction from new or changed documents would ${w.kind === 'add' ? 'add' : 'update'} this record.`, 'Run `demine build` (or `demine extract`), review the drafts and commit them.'),
    );
    return { plan, diagnostics: [...plan.diagnostics, ...stale] };
  }
  if (plan.documents.length > 0) await applyExtraction(root, plan);
  return { plan, diagnostics: plan.diagnostics };
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

function labelOf(root: string, out: string): string {
  const rel = path.relative(root, out);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? out : rel.split(path.sep).join('/');
}
