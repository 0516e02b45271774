import type { Diagnostic } from '../../diagnostics/diagnostic.js';

/** A stable JSON array: fixed key order, sorted as given. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const rows = diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine ?? d.line,
    endColumn: d.endColumn ?? d.column,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    hint: d.hint ?? null,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
