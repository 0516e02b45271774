import { hasErrors } from '../../diagnostics/diagnostic.js';
import { buildBundle } from '../../pipeline/build.js';
import { diagnostic, START, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { isUnchanged, type TreeChanges } from '../../publish/compare-tree.js';
import type { ExtractionPlan } from '../../pipeline/extract.js';
import { RECORD_TYPES } from '../../model/record-types.js';
import type { FormatName } from '../formatters/index.js';
import { EXIT, UsageError } from '../io.js';
import type { CommandRunner } from '../main.js';
import { countProblems, plural, reportDiagnostics, summarise } from '../report.js';
import { startProgress } from '../progress.js';
import { resolveRoot } from '../root.js';

export interface BuildCommandOptions {
  format: FormatName;
  out?: string;
  check?: boolean;
  watch?: boolean;
}

export const buildCommand: CommandRunner<BuildCommandOptions> = async (io, global, options) => {
  const root = await resolveRoot(io, global);
  if (options.watch) {
    if (options.check) throw new UsageError('--watch and --check cannot be used together.', 'Use --check once in CI, --watch while editing.');
    const { watchBuild } = await import('./build-watch.js');
    return watchBuild(io, global, root, { format: options.format, out: options.out });
  }
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let result;
  const progress = startProgress(io, global, options.format);
  try {
    result = await buildBundle({ root, out: options.out, check: options.check, signal: controller.signal, ...(progress ? { onProgress: progress.sink } : {}) });
  } catch (error) {
    if (controller.signal.aborted) {
      io.stderr.write('demine: build interrupted; the previous bundle is left as it was.\n');
      return EXIT.interrupted;
    }
    throw error;
  } finally {
    progress?.end();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const staleData = result.diagnostics.filter((d) => d.rule === 'build/stale');
  const code = reportDiagnostics(io, global, options.format, result.diagnostics);
  if (result.extraction && result.extraction.documents.length > 0 && !options.check) summarise(io, global, extractionLine(result.extraction), true);
  if (hasErrors(result.diagnostics.filter((d) => d.rule !== 'build/stale')) || !result.changes) {
    summarise(io, global, `${countProblems(result.diagnostics)}; ${result.out}/ left as it was`, false);
    return EXIT.failed;
  }
  const { added, changed, removed } = result.changes;
  const tally = `${added.length} added, ${changed.length} changed, ${removed.length} removed`;
  if (options.check) {
    if (staleData.length > 0 || !isUnchanged(result.changes)) {
      reportDiagnostics(io, global, options.format, staleDiagnostics(result.out, result.changes));
      const parts = [];
      if (staleData.length > 0) parts.push(`${plural(staleData.length, 'data file')} would be written by extraction`);
      if (!isUnchanged(result.changes)) parts.push(`${result.out}/ is stale (${tally})`);
      summarise(io, global, `${parts.join('; ')}; run \`demine build\` to update`, false);
      return EXIT.failed;
    }
    summarise(io, global, `${result.out}/ is up to date (${plural(result.files, 'file')})`, true);
    return code;
  }
  if (!result.written) summarise(io, global, `${result.out}/ is up to date (${plural(result.files, 'file')})`, true);
  else summarise(io, global, `built ${result.out}/: ${tally} (${plural(result.files, 'file')})`, true);
  return code;
};

/** `--check` reports each stale file as a diagnostic, so CI formats (github, json) show them too. */
function staleDiagnostics(out: string, changes: TreeChanges): Diagnostic[] {
  const stale = (file: string, what: string) =>
    diagnostic(`${out}/${file}`, START, 'build/stale', `This file would be ${what} by \`demine build\`.`, 'Run `demine build` and commit the result.');
  return [...changes.added.map((f) => stale(f, 'added')), ...changes.changed.map((f) => stale(f, 'changed')), ...changes.removed.map((f) => stale(f, 'removed'))].sort((a, b) =>
    a.file < b.file ? -1 : 1,
  );
}

function extractionLine(plan: ExtractionPlan): string {
  const parts = RECORD_TYPES.map((t) => ({ t, c: plan.counts[t.type] }))
    .filter(({ c }) => c.added + c.updated > 0)
    .map(({ t, c }) => `${t.plural} ${c.added} added${c.updated ? `, ${c.updated} updated` : ''}`);
  return `extracted ${plural(plan.documents.length, 'new or changed document')}: ${parts.length ? parts.join('; ') : 'no new facts'} (drafts in data/, review them)`;
}
