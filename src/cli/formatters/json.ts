import type { Diagnostic } from '../../diagnostics/diagnostic.js';

/** A stable JSON array: fixed key order, sorted as given. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return `${JSON.stringify(diagnosticRows(diagnostics), null, 2)}\n`;
}

/** Each diagnostic as plain JSON, keys in a fixed order. */
export function diagnosticRows(diagnostics: readonly Diagnostic[]): Record<string, unknown>[] {
  return diagnostics.map((d) => ({
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
}
