import path from 'node:path';
import { diagnostic, hasErrors, START, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { KnowledgeBase } from '../model/knowledge-base.js';
import { renderBundle } from '../bundle/render.js';
import { compareTree, isUnchanged, type TreeChanges } from '../publish/compare-tree.js';
import { acquireLock, LockedError } from '../publish/lock.js';
import { recoverTree, replaceTree } from '../publish/write-tree.js';
import { validateKnowledgeBase } from '../records/validate.js';
import { loadConfig } from './config.js';

export interface BuildOptions {
  root: string;
  /** The bundle folder (default: `out` from demine.config.json, else `<root>/dist`). */
  out?: string;
  /** Write nothing; report what would change. */
  check?: boolean;
  signal?: AbortSignal;
}

export interface BuildResult {
  diagnostics: Diagnostic[];
  /** Absent when validation failed. */
  changes?: TreeChanges;
  kb?: KnowledgeBase;
  /** Files in the bundle. */
  files: number;
  /** The bundle folder, relative to the root when inside it. */
  out: string;
  written: boolean;
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
    const validation = await validateKnowledgeBase(root);
    const result: BuildResult = { diagnostics: validation.diagnostics, files: 0, out: outLabel, written: false };
    if (!validation.kb || hasErrors(validation.diagnostics)) return result;
    result.kb = validation.kb;
    const seedsLinkBase = path.relative(out, root).split(path.sep).join('/') || '.';
    const files = renderBundle(validation.kb, { seedsLinkBase });
    result.files = files.size;
    result.changes = await compareTree(out, files);
    if (options.check || isUnchanged(result.changes)) return result;
    try {
      await replaceTree(out, files, result.changes, options.signal);
      result.written = true;
    } catch (error) {
      if (options.signal?.aborted) throw error;
      result.diagnostics.push(
        diagnostic(outLabel, START, 'build/write-failed', `The bundle could not be written: ${(error as Error).message}.`, 'Check that the output folder is writable and the disk has space; the previous bundle is unchanged.'),
      );
    }
    return result;
  } finally {
    if (release && !('diagnostics' in release)) await release();
  }
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

function labelOf(root: string, out: string): string {
  const rel = path.relative(root, out);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? out : rel.split(path.sep).join('/');
}
