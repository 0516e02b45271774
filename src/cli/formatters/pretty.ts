import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { FormatOptions } from './index.js';

/** `path:line:col  severity  message  [rule]`, one line each, with the hint after the message. */
export function formatPretty(diagnostics: readonly Diagnostic[], { chalk }: FormatOptions): string {
  return diagnostics
    .map((d) => {
      const where = chalk.bold(`${d.file}:${d.line}:${d.column}`);
      const severity = d.severity === 'error' ? chalk.red('error') : chalk.yellow('warning');
      const hint = d.hint ? chalk.dim(` ${d.hint}`) : '';
      return `${where}  ${severity}  ${d.message}${hint}  ${chalk.dim(`[${d.rule}]`)}\n`;
    })
    .join('');
}
