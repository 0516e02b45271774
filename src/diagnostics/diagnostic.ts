/**
 * The one located-problem type that every stage produces and only the CLI prints.
 * Location is data, never baked into the message text.
 */
import type { RuleId } from './rules.js';

export type Severity = 'error' | 'warning';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column (in UTF-16 code units, as editors count). */
  column: number;
}

export interface Diagnostic {
  /** Path relative to the knowledge-base root, with `/` separators. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Permanent rule id, e.g. `schema/unknown-field` (see `rules.ts`). */
  rule: string;
  severity: Severity;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

export interface Span {
  start: Position;
  end?: Position;
}

export function diagnostic(
  file: string,
  span: Span,
  rule: RuleId,
  message: string,
  hint?: string,
  severity: Severity = 'error',
): Diagnostic {
  const d: Diagnostic = { file: oneLine(file), line: span.start.line, column: span.start.column, rule, severity, message: oneLine(message) };
  if (span.end) {
    d.endLine = span.end.line;
    d.endColumn = span.end.column;
  }
  if (hint) d.hint = oneLine(hint);
  return d;
}

/**
 * Control characters (line breaks, escape sequences that would drive a terminal) and
 * bidirectional overrides that a quoted value or a file name may carry, written as `\n`,
 * `\u001b`…, so a diagnostic stays one line and prints as the characters it names.
 */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) =>
    ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export const START: Span = { start: { line: 1, column: 1 } };

/** Stable order: by file, then line, column, rule and message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
