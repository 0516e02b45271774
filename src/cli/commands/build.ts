import { diagnostic, hasErrors, START, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { buildBundle } from '../../pipeline/build/build.js';
import { isUnchanged, type TreeChanges } from '../../publish/compare-tree.js';
import type { ExtractionPlan } from '../../pipeline/extract/extract.js';
import { RECORD_TYPES } from '../../model/record-types.js';
import type { FormatName } from '../formatters/index.js';
import { EXIT, UsageError } from '../io.js';
import type { CommandRunner } from '../main.js';
import { countProblems, plural, reportDiagnostics, summarise } from '../report.js';
import { startProgress } from '../progress.js';
import { resolveRoot } from '../root.js';
import { interruptible } from '../signals.js';

export interface BuildCommandOptions {
  format: FormatName;
  out?: string;
  check?: boolean;
  reviewedOnly?: boolean;
  watch?: boolean;
}

export const buildCommand: CommandRunner<BuildCommandOptions> = async (io, global, options) => {
  const root = await resolveRoot(io, global);
  if (options.watch) {
    if (options.check) throw new UsageError('--watch and --check cannot be used together.', 'Use --check once in CI, --watch while editing.');
    const { watchBuild } = await import('./build-watch.js');
    return watchBuild(io, global, root, { format: options.format, out: options.out, reviewedOnly: options.reviewedOnly });
  }
  const progress = startProgress(io, global, options.format);
  let run;
  try {
    run = await interruptible((signal) => buildBundle({ root, out: options.out, check: options.check, reviewedOnly: options.reviewedOnly, signal, ...(progress ? { onProgress: progress.sink } : {}) }));
  } finally {
    progress?.end();
  }
  if (!run.done) {
    io.stderr.write('demine: build interrupted; the previous bundle is left as it was.\n');
    return run.code;
  }
  const result = run.value;
  const staleData = result.diagnostics.filter((d) => d.rule === 'build/stale');
  const staleBundle = options.check && result.changes ? staleDiagnostics(result.out, result.changes) : [];
  // One report, so that `--format json` prints exactly one JSON value.
  const code = reportDiagnostics(io, global, options.format, [...result.diagnostics, ...staleBundle]);
  if (result.diagnostics.some((d) => d.rule === 'build/unsafe-out')) {
    summarise(io, global, 'the bundle folder was refused; nothing was written', false);
    return EXIT.usage;
  }
  if (result.extraction && result.extraction.documents.length > 0 && !options.check) summarise(io, global, extractionLine(result.extraction), true);
  if (hasErrors(result.diagnostics.filter((d) => d.rule !== 'build/stale')) || !result.changes) {
    summarise(io, global, `${countProblems(result.diagnostics)}; ${result.out}/ left as it was`, false);
    return EXIT.failed;
  }
  const { added, changed, removed } = result.changes;
  const tally = `${added.length} added, ${changed.length} changed, ${removed.length} removed`;
  if (options.check) {
    if (staleData.length > 0 || !isUnchanged(result.changes)) {
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
