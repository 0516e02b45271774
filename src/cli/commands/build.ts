import { hasErrors } from '../../diagnostics/diagnostic.js';
import { buildBundle } from '../../pipeline/build.js';
import { diagnostic, START, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { isUnchanged, type TreeChanges } from '../../publish/compare-tree.js';
import type { FormatName } from '../formatters/index.js';
import { EXIT } from '../io.js';
import type { CommandRunner } from '../main.js';
import { countProblems, plural, reportDiagnostics, summarise } from '../report.js';
import { resolveRoot } from '../root.js';

export interface BuildCommandOptions {
  format: FormatName;
  out?: string;
  check?: boolean;
}

export const buildCommand: CommandRunner<BuildCommandOptions> = async (io, global, options) => {
  const root = await resolveRoot(io, global);
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let result;
  try {
    result = await buildBundle({ root, out: options.out, check: options.check, signal: controller.signal });
  } catch (error) {
    if (controller.signal.aborted) {
      io.stderr.write('demine: build interrupted; the previous bundle is left as it was.\n');
      return EXIT.interrupted;
    }
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const code = reportDiagnostics(io, global, options.format, result.diagnostics);
  if (hasErrors(result.diagnostics) || !result.changes) {
    summarise(io, global, `${countProblems(result.diagnostics)}; ${result.out}/ left as it was`, false);
    return EXIT.failed;
  }
  const { added, changed, removed } = result.changes;
  const tally = `${added.length} added, ${changed.length} changed, ${removed.length} removed`;
  if (options.check) {
    if (isUnchanged(result.changes)) {
      summarise(io, global, `${result.out}/ is up to date (${plural(result.files, 'file')})`, true);
      return code;
    }
    reportDiagnostics(io, global, options.format, staleDiagnostics(result.out, result.changes));
    summarise(io, global, `${result.out}/ is stale (${tally}); run \`demine build\` to update it`, false);
    return EXIT.failed;
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
