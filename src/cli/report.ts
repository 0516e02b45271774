import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { makeChalk } from './colour.js';
import { FORMATTERS, type FormatName } from './formatters/index.js';
import { EXIT, type CliIo } from './io.js';
import type { GlobalOptions } from './main.js';

/** Prints diagnostics in the chosen format on stdout and returns the exit code they call for. */
export function reportDiagnostics(io: CliIo, global: GlobalOptions, format: FormatName, diagnostics: readonly Diagnostic[]): number {
  const shown = global.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const chalk = makeChalk(io.stdout, io.env, global.color);
  const text = FORMATTERS[format](shown, { chalk });
  if (format === 'json' || text !== '') io.stdout.write(text);
  return hasErrors(diagnostics) ? EXIT.failed : EXIT.ok;
}

/** A one-line summary on stderr (nothing with --quiet). */
export function summarise(io: CliIo, global: GlobalOptions, line: string, ok: boolean): void {
  if (global.quiet) return;
  const chalk = makeChalk(io.stderr, io.env, global.color);
  io.stderr.write(`${ok ? chalk.green('✔') : chalk.red('✖')} ${line}\n`);
}

export function countProblems(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const parts = [plural(errors, 'error')];
  if (warnings > 0) parts.push(plural(warnings, 'warning'));
  return `${parts.join(' and ')} in ${plural(files, 'file')}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
