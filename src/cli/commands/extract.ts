import path from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { RECORD_TYPES } from '../../model/record-types.js';
import { applyExtraction, planExtraction, type ExtractionPlan } from '../../pipeline/extract.js';
import { acquireLock, LockedError } from '../../publish/lock.js';
import { loadSchemas } from '../../records/schemas.js';
import type { FormatName } from '../formatters/index.js';
import { EXIT, UserError, type CliIo } from '../io.js';
import type { CommandRunner, GlobalOptions } from '../main.js';
import { countProblems, plural, reportDiagnostics, summarise } from '../report.js';
import { resolveRoot } from '../root.js';

export interface ExtractCommandOptions {
  dryRun?: boolean;
  format: FormatName;
}

export const extractCommand: CommandRunner<ExtractCommandOptions> = async (io, global, options, args) => {
  const root = await resolveRoot(io, global);
  const schemas = await loadSchemas(root);
  if (!schemas.ok) return reportDiagnostics(io, global, options.format, schemas.diagnostics);
  const release = options.dryRun ? undefined : await acquireLock(root).catch((error: unknown) => {
    if (error instanceof LockedError) throw new UserError(`${error.message}.`, 'Wait for it to finish, then run extract again.');
    throw error;
  });
  try {
    const selection = args.length > 0 ? { kind: 'files' as const, files: args.map((f) => path.resolve(io.cwd, f)) } : { kind: 'all' as const };
    const plan = await planExtraction(root, schemas.schemas, selection);
    const code = reportDiagnostics(io, global, options.format, plan.diagnostics);
    if (hasErrors(plan.diagnostics)) {
      summarise(io, global, `${countProblems(plan.diagnostics)}; nothing extracted, data/ left as it was`, false);
      return EXIT.failed;
    }
    printPlan(io, global, plan, options.dryRun === true);
    if (!options.dryRun) await applyExtraction(root, plan);
    return code;
  } finally {
    await release?.();
  }
};

function printPlan(io: CliIo, global: GlobalOptions, plan: ExtractionPlan, dryRun: boolean): void {
  if (!global.quiet) for (const write of plan.writes) io.stdout.write(`${dryRun ? 'would ' : ''}${write.kind === 'add' ? 'add   ' : 'update'}  ${write.type}:${write.id}  ${write.file}\n`);
  const perType = RECORD_TYPES.map((t) => {
    const c = plan.counts[t.type];
    return `${t.plural} ${c.added} added, ${c.updated} updated`;
  }).join('; ');
  summarise(io, global, `${dryRun ? 'dry run, nothing written: ' : ''}${plural(plan.documents.length, 'document')} extracted: ${perType}`, true);
}
