import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, START, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { critical } from '../../io/critical-section.js';
import { sweepStaleTemps, writeFileAtomic } from '../../io/write-atomic.js';
import { RECORD_TYPES } from '../../model/record-types.js';
import { DATA_DIR } from '../../model/layout.js';
import { stateAfter, type ExtractionPlan, type PlannedWrite } from './extract.js';
import { EXTRACT_STATE_FILE } from '../../model/layout.js';
import { writeExtractState } from './extract-state.js';

export interface AppliedExtraction {
  /** The files written, in order; all of the plan's unless a write failed. */
  written: PlannedWrite[];
  /** One `extract/write-failed` per failure (the run stops at the first). */
  diagnostics: Diagnostic[];
}

/**
 * Writes the planned files, each atomically, then records which document versions were
 * extracted. A new record never replaces a file that appeared meanwhile; an update of a
 * record that is a link inside the root is written at the link's target (never replacing the
 * link with a plain file). A write that fails (read-only, full disk, permissions) stops the
 * run with one diagnostic; the extraction state is then left as it was, so the next run
 * extracts the same documents again and completes what is missing (merging is idempotent).
 */
export async function applyExtraction(root: string, plan: ExtractionPlan, signal?: AbortSignal): Promise<AppliedExtraction> {
  return critical(() => writeAll(root, plan, signal));
}

async function writeAll(root: string, plan: ExtractionPlan, signal?: AbortSignal): Promise<AppliedExtraction> {
  const written: PlannedWrite[] = [];
  // What a killed run left half-written beside the drafts goes first (only demine's temporary names).
  for (const dir of [DATA_DIR, ...RECORD_TYPES.map((t) => `${DATA_DIR}/${t.folder}`)]) await sweepStaleTemps(path.join(root, dir));
  for (const write of plan.writes) {
    signal?.throwIfAborted();
    try {
      const target = write.kind === 'add' ? path.join(root, write.file) : writeTarget(root, write.file);
      await writeFileAtomic(target, write.content, { create: write.kind === 'add' });
      written.push(write);
    } catch (error) {
      return { written, diagnostics: [writeFailed(write.file, 'The draft', error)] };
    }
  }
  try {
    await writeExtractState(root, stateAfter(plan));
  } catch (error) {
    return { written, diagnostics: [writeFailed(EXTRACT_STATE_FILE, 'The extraction state', error)] };
  }
  return { written, diagnostics: [] };
}

/** Where an update of `rel` is written: the file itself, or the target of a link that stays inside the root. */
function writeTarget(root: string, rel: string): string {
  const abs = path.join(root, rel);
  if (!lstatSync(abs).isSymbolicLink()) return abs;
  const real = realpathSync(abs);
  const realRoot = realpathSync(root);
  if (path.relative(realRoot, real).startsWith('..')) throw Object.assign(new Error('it is a link out of the knowledge base'), { code: 'ELINK' });
  return real;
}

function writeFailed(file: string, what: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'a folder is in the way',
    ENOTDIR: 'a file is in the way of its folder',
    EEXIST: 'a file appeared at that path',
  };
  const reason = (code && why[code]) ?? (error as Error).message;
  return diagnostic(file, START, 'extract/write-failed', `${what} could not be written: ${reason}${code && why[code] ? ` (${code})` : ''}.`, 'Make data/ writable (and free some space), then run extract again; the drafts written so far are complete, and the next run adds the rest.');
}
