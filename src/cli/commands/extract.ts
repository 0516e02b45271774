import path from 'node:path';
import { compareDiagnostics, diagnostic, hasErrors, START, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { RECORD_TYPES } from '../../model/record-types.js';
import { applyExtraction, planExtraction, type ExtractionPlan, type PlannedWrite } from '../../pipeline/extract/extract.js';
import { acquireLock, LockedError } from '../../publish/lock.js';
import { loadSchemas } from '../../records/schemas.js';
import type { FormatName } from '../formatters/index.js';
import { formatJson } from '../formatters/json.js';
import { EXIT, type CliIo } from '../io.js';
import type { CommandRunner, GlobalOptions } from '../main.js';
import { countProblems, plural, reportDiagnostics, summarise } from '../report.js';
import { resolveRoot } from '../root.js';
import { interruptible } from '../signals.js';

export interface ExtractCommandOptions {
  dryRun?: boolean;
  format: FormatName;
}

interface Outcome {
  plan?: ExtractionPlan;
  /** What was written (or, with --dry-run, would be). */
  writes: PlannedWrite[];
  diagnostics: Diagnostic[];
}

export const extractCommand: CommandRunner<ExtractCommandOptions> = async (io, global, options, args) => {
  const root = await resolveRoot(io, global);
  const dryRun = options.dryRun === true;
  const run = await interruptible((signal) => extract(root, io, args, dryRun, signal));
  if (!run.done) {
    io.stderr.write('demine: extraction interrupted; every file is as it was or complete.\n');
    return run.code;
  }
  const { plan, writes, diagnostics } = run.value;
  const code = report(io, global, options.format, writes, diagnostics, dryRun);
  if (!plan || (hasErrors(diagnostics) && writes.length === 0)) {
    summarise(io, global, `${countProblems(diagnostics)}; nothing extracted, data/ left as it was`, false);
    return EXIT.failed;
  }
  const perType = RECORD_TYPES.map((t) => {
    const added = writes.filter((w) => w.type === t.type && w.kind === 'add').length;
    const updated = writes.filter((w) => w.type === t.type && w.kind === 'update').length;
    return `${t.plural} ${added} added, ${updated} updated`;
  }).join('; ');
  const failed = hasErrors(diagnostics);
  summarise(io, global, `${dryRun ? 'dry run, nothing written: ' : ''}${plural(plan.documents.length, 'document')} extracted${failed ? ', then a write failed' : ''}: ${perType}`, !failed);
  return code;
};

async function extract(root: string, io: CliIo, args: string[], dryRun: boolean, signal: AbortSignal): Promise<Outcome> {
  const schemas = await loadSchemas(root);
  if (!schemas.ok) return { writes: [], diagnostics: schemas.diagnostics };
  let release: (() => Promise<void>) | undefined;
  if (!dryRun) {
    try {
      release = await acquireLock(root);
    } catch (error) {
      if (!(error instanceof LockedError)) throw error;
      return { writes: [], diagnostics: [diagnostic('.demine/build.lock', START, 'build/locked', `Another demine build (process ${error.holder}) is running on this knowledge base.`, 'Wait for it to finish, then run extract again.')] };
    }
  }
  try {
    const selection = args.length > 0 ? { kind: 'files' as const, files: args.map((f) => path.resolve(io.cwd, f)) } : { kind: 'all' as const };
    const plan = await planExtraction(root, schemas.schemas, selection);
    signal.throwIfAborted();
    if (hasErrors(plan.diagnostics)) return { writes: [], diagnostics: plan.diagnostics };
    if (dryRun) return { plan, writes: plan.writes, diagnostics: plan.diagnostics };
    const applied = await applyExtraction(root, plan, signal);
    return { plan, writes: applied.written, diagnostics: [...plan.diagnostics, ...applied.diagnostics].sort(compareDiagnostics) };
  } finally {
    await release?.();
  }
}

/**
 * Prints, after the attempt, what was written (or would be) and the diagnostics. With
 * `--format json`, one JSON object: `{"dryRun", "writes": [{kind, type, id, file}], "diagnostics": [...]}`.
 */
function report(io: CliIo, global: GlobalOptions, format: FormatName, writes: PlannedWrite[], diagnostics: Diagnostic[], dryRun: boolean): number {
  if (format === 'json') {
    const shown = global.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
    const rows = writes.map((w) => ({ kind: w.kind, type: w.type, id: w.id, file: w.file }));
    const json = { dryRun, writes: rows, diagnostics: JSON.parse(formatJson(shown)) as unknown[] };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return hasErrors(diagnostics) ? EXIT.failed : EXIT.ok;
  }
  if (!global.quiet) for (const write of writes) io.stdout.write(`${dryRun ? 'would ' : ''}${write.kind === 'add' ? 'add   ' : 'update'}  ${write.type}:${write.id}  ${write.file}\n`);
  return reportDiagnostics(io, global, format, diagnostics);
}
