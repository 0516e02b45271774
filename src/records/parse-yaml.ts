import { isAlias, isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { diagnostic, type Diagnostic, type Span } from '../diagnostics/diagnostic.js';
import type { RuleId } from '../diagnostics/rules.js';

/** Deeper nesting than any record needs; deeper input is refused before it can exhaust the stack. */
export const MAX_DEPTH = 32;

export type PathSegment = string | number;

/** Finds the span of a value (or of its key) in the file, by its path in the record. */
export type Locator = (path: readonly PathSegment[], target?: 'key' | 'value') => Span;

export interface ParsedYaml {
  /** The plain JavaScript value, or undefined when the file could not be parsed. */
  value: unknown;
  locate: Locator;
  diagnostics: Diagnostic[];
}

const YAML_RULES: Record<string, RuleId> = { DUPLICATE_KEY: 'yaml/duplicate-key' };

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'Remove one of the two entries.',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  MULTIPLE_DOCS: 'Keep one record per file; remove the extra `---` document.',
  BAD_INDENT: 'Align the entries of one mapping or list at the same column.',
  MISSING_CHAR: 'Close the quote or bracket that is left open.',
};

/**
 * Parses one YAML record file, keeping source positions for every node so that later
 * stages can blame the exact key or value. Anchors, aliases, deep nesting and anything
 * but a single mapping are reported here.
 */
export function parseRecordYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const spanOf = (start: number, end?: number): Span => {
    const s = lineCounter.linePos(start);
    const span: Span = { start: { line: s.line, column: s.col } };
    if (end !== undefined && end > start) {
      const e = lineCounter.linePos(end);
      span.end = { line: e.line, column: e.col };
    }
    return span;
  };
  const tooDeep = nestingBeyond(text, MAX_DEPTH);
  if (tooDeep !== undefined) {
    // Positions need the line counter, which a parse fills; count lines by hand instead.
    const before = text.slice(0, tooDeep);
    const line = before.split('\n').length;
    const column = tooDeep - before.lastIndexOf('\n');
    diagnostics.push(
      diagnostic(file, { start: { line, column } }, 'yaml/too-deep', `The YAML nests deeper than ${MAX_DEPTH} levels.`, 'Records need only a few levels; flatten the structure.'),
    );
    return { value: undefined, locate: () => ({ start: { line, column } }), diagnostics };
  }

  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, keepSourceTokens: false });
  } catch (error) {
    diagnostics.push(diagnostic(file, spanOf(0), 'yaml/syntax', `The YAML could not be parsed: ${firstLine(String((error as Error).message))}.`));
    return { value: undefined, locate: () => spanOf(0), diagnostics };
  }

  const locate = makeLocator(doc, spanOf);
  for (const error of doc.errors) {
    const rule = YAML_RULES[error.code] ?? 'yaml/syntax';
    const message =
      error.code === 'DUPLICATE_KEY' ? `The key \`${keyAt(text, error.pos[0])}\` appears twice in one mapping.` : sentence(error.message);
    diagnostics.push(diagnostic(file, spanOf(error.pos[0], error.pos[1]), rule, message, YAML_HINTS[error.code]));
  }
  if (doc.errors.length > 0) return { value: undefined, locate, diagnostics };

  let hasAlias = false;
  visit(doc, {
    Alias(_key, node) {
      hasAlias = true;
      const [start, end] = node.range ?? [0, 0];
      diagnostics.push(
        diagnostic(file, spanOf(start, end), 'yaml/alias', `YAML alias \`*${node.source}\` is not allowed in records.`, 'Write the value out in full.'),
      );
    },
    Node(_key, node) {
      if (node.anchor) {
        hasAlias = true;
        const [start] = node.range ?? [0];
        diagnostics.push(
          diagnostic(file, spanOf(start), 'yaml/alias', `YAML anchor \`&${node.anchor}\` is not allowed in records.`, 'Remove the anchor and write values out in full.'),
        );
      }
    },
  });
  if (hasAlias) return { value: undefined, locate, diagnostics };

  const contents = doc.contents;
  if (!isMap(contents)) {
    const what = contents === null || (isScalar(contents) && contents.value === null) ? 'nothing' : isSeq(contents) ? 'a list' : 'a single value';
    const rule: RuleId = what === 'nothing' ? 'file/empty' : 'yaml/not-a-mapping';
    const start = contents?.range?.[0] ?? 0;
    diagnostics.push(
      diagnostic(file, spanOf(start), rule, `The file holds ${what}, not a record.`, 'A record file holds one mapping of fields, e.g. `id: …`.'),
    );
    return { value: undefined, locate, diagnostics };
  }
  return { value: doc.toJS({ maxAliasCount: 0 }), locate, diagnostics };
}

function makeLocator(doc: Document.Parsed, spanOf: (start: number, end?: number) => Span): Locator {
  return (path, target = 'value') => {
    let node: unknown = doc.contents;
    let keyNode: Node | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        keyNode = isScalar(pair.key) ? pair.key : undefined;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        keyNode = undefined;
        node = node.items[segment];
      } else {
        break;
      }
    }
    const chosen = target === 'key' && keyNode ? keyNode : node;
    const range = isScalar(chosen) || isCollection(chosen) || isAlias(chosen) ? chosen.range : undefined;
    if (!range) return spanOf(0);
    return spanOf(range[0], range[1]);
  };
}

/**
 * Offset of the first character that opens a collection deeper than `max`, or undefined.
 * Counts flow brackets and block indentation steps; a cheap guard run before parsing.
 */
function nestingBeyond(text: string, max: number): number | undefined {
  let flow = 0;
  let inQuote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuote) {
      if (ch === inQuote) inQuote = undefined;
      else if (ch === '\n') inQuote = undefined;
      continue;
    }
    if (ch === '#') {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const prev = text[i - 1];
      if (prev === undefined || prev === ' ' || prev === '[' || prev === '{' || prev === ',' || prev === ':' || prev === '\n' || prev === '-') inQuote = ch;
    } else if (ch === '[' || ch === '{') {
      if (++flow > max) return i;
    } else if (ch === ']' || ch === '}') {
      flow = Math.max(0, flow - 1);
    }
  }
  let lineStart = 0;
  while (lineStart < text.length) {
    let indent = 0;
    while (text[lineStart + indent] === ' ' || text[lineStart + indent] === '-') indent++;
    if (indent > max * 4) return lineStart + indent;
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return undefined;
}

/** The key text starting at an offset, up to its `:`. */
function keyAt(text: string, offset: number): string {
  return (text.slice(offset).split(/:(\s|$)|\n/)[0] ?? '').trim();
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/[.:]\s*$/, '');
}

function sentence(message: string): string {
  const line = firstLine(message);
  return line.endsWith('.') ? line : `${line}.`;
}
