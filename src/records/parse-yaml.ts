import { Composer, isAlias, isCollection, isMap, isScalar, isSeq, LineCounter, Parser, visit, YAMLParseError, type Document, type Node } from 'yaml';
import { diagnostic, START, type Diagnostic, type Span } from '../diagnostics/diagnostic.js';
import type { RuleId } from '../diagnostics/rules.js';
import { collectionBeyond, countValues, nestingBeyond, positionAt } from './yaml-limits.js';

/** Deeper nesting than any record needs; deeper input is refused before it can exhaust the stack. */
export const MAX_DEPTH = 32;

/**
 * The most YAML text parsed at once (a record file, a document's front matter). Records are
 * a few KiB; the parsed tree takes a few hundred times the text, so a bigger file could
 * exhaust memory.
 */
export const MAX_YAML_LENGTH = 1024 * 1024;

/** More values (scalars, lists, mappings) than any record holds. */
export const MAX_VALUES = 10_000;

export type { PathSegment } from '../model/record-paths.js';
import type { PathSegment } from '../model/record-paths.js';

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
 * How records are read: YAML 1.2 core whatever a `%YAML 1.1` directive says (so `yes`, `y`
 * and `2024-07-06` stay text), no merge keys, no YAML 1.1 tags (`!!binary`, `!!timestamp`…),
 * and the library never writes warnings to the console.
 */
const PARSE_OPTIONS = {
  uniqueKeys: false, // checked below in linear time; the parser's own check is quadratic
  prettyErrors: false,
  strict: true,
  keepSourceTokens: false,
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
  logLevel: 'error',
} as const;

/** Explicit tags that only restate what a plain value already is; every other tag is refused. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * Parses one YAML record file, keeping source positions for every node so that later
 * stages can blame the exact key or value. Anchors, aliases, tags, keys that are not
 * text, deep nesting and anything but a single mapping are reported here.
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
  if (text.length > MAX_YAML_LENGTH) {
    diagnostics.push(
      diagnostic(file, START, 'file/too-large', `The YAML is ${text.length} characters long, more than the ${MAX_YAML_LENGTH} demine parses at once.`, 'Split it, or shorten it.'),
    );
    return { value: undefined, locate: () => START, diagnostics };
  }
  const tooDeep = (at: Span): ParsedYaml => {
    diagnostics.push(diagnostic(file, at, 'yaml/too-deep', `The YAML nests deeper than ${MAX_DEPTH} levels.`, 'Records need only a few levels; flatten the structure.'));
    return { value: undefined, locate: () => at, diagnostics };
  };
  // Before parsing: the parser recurses once per level, so deep input must never reach it.
  const beyond = nestingBeyond(text, MAX_DEPTH);
  if (beyond !== undefined) {
    // The text before that point is shallow enough to parse, and shows where nesting first went too deep.
    let at = beyond;
    try {
      at = Math.min(collectionBeyond(parseOne(text.slice(0, beyond), lineCounter), MAX_DEPTH) ?? beyond, beyond);
    } catch {
      return tooDeep(positionAt(text, beyond));
    }
    return tooDeep(spanOf(at));
  }

  let doc: Document.Parsed;
  try {
    doc = parseOne(text, lineCounter);
  } catch (error) {
    diagnostics.push(diagnostic(file, spanOf(0), 'yaml/syntax', `The YAML could not be parsed: ${firstLine(String((error as Error).message))}.`));
    return { value: undefined, locate: () => spanOf(0), diagnostics };
  }
  const deepest = collectionBeyond(doc, MAX_DEPTH);
  if (deepest !== undefined) return tooDeep(spanOf(deepest));
  if (countValues(doc, MAX_VALUES) > MAX_VALUES) {
    diagnostics.push(diagnostic(file, START, 'file/too-large', `The YAML holds more than ${MAX_VALUES} values, more than any record needs.`, 'Split it into several records.'));
    return { value: undefined, locate: () => START, diagnostics };
  }

  const locate = makeLocator(doc, spanOf);
  for (const error of doc.errors) {
    const rule = YAML_RULES[error.code] ?? 'yaml/syntax';
    const opener = error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT' ? openerOf(doc, error.message, error.pos[0]) : undefined;
    const message = opener ? opener.message : sentence(error.message);
    // Problems found at a line's indentation are shown where its content starts.
    const at = opener ? opener.at : error.pos[0] + (/^ +/.exec(text.slice(error.pos[0], error.pos[0] + 256))?.[0].length ?? 0);
    const span = opener ? spanOf(at, at + 1) : spanOf(at, Math.max(at, error.pos[1]));
    diagnostics.push(diagnostic(file, span, rule, message, YAML_HINTS[error.code]));
  }
  if (doc.errors.length > 0) return { value: undefined, locate, diagnostics };

  let refused = false;
  // Each anchor once and each alias name once (at its first use): an alias bomb is one problem per name, never expanded.
  const aliasUses = new Map<string, { start: number; end: number; count: number }>();
  visit(doc, {
    Alias(_key, node) {
      refused = true;
      const [start, end] = node.range ?? [0, 0];
      const seen = aliasUses.get(node.source);
      if (seen) seen.count++;
      else aliasUses.set(node.source, { start, end, count: 1 });
    },
    Node(_key, node) {
      const [start] = node.range ?? [0];
      if (node.anchor) {
        refused = true;
        diagnostics.push(
          diagnostic(file, spanOf(start), 'yaml/alias', `YAML anchor \`&${node.anchor}\` is not allowed in records.`, 'Remove the anchor and write values out in full.'),
        );
      }
      if (node.tag && !PLAIN_TAGS.has(node.tag)) {
        refused = true;
        const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
        // The node's range starts at its value; the tag is written before it, on the same line.
        const at = text.lastIndexOf(tag, start);
        const tagStart = at >= 0 && !/[\r\n]/.test(text.slice(at, start)) ? at : start;
        diagnostics.push(
          diagnostic(file, spanOf(tagStart), 'yaml/tag', `YAML tag \`${tag}\` is not allowed in records.`, 'Remove the tag and write the value as plain text or a number.'),
        );
      }
    },
    Map(_key, map) {
      const keys = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        // As the record will see it: `1:` and `"1":` are the same field.
        const name = pair.key.value === null ? '' : String(pair.key.value);
        if (!keys.has(name)) {
          keys.add(name);
          continue;
        }
        refused = true;
        const [start, end] = pair.key.range ?? [0, 0];
        diagnostics.push(diagnostic(file, spanOf(start, end), 'yaml/duplicate-key', `The key \`${name}\` appears twice in one mapping.`, YAML_HINTS.DUPLICATE_KEY));
      }
    },
    Pair(_key, pair) {
      if (isCollection(pair.key)) {
        refused = true;
        const [start, end] = pair.key.range ?? [0, 0];
        diagnostics.push(
          diagnostic(file, spanOf(start, end), 'yaml/syntax', 'A key is a list or a mapping; every key in a record is a field name.', 'Write the field name as plain text before the `:`.'),
        );
      }
    },
  });
  for (const [name, use] of aliasUses) {
    const more = use.count > 1 ? ` (used ${use.count} times)` : '';
    diagnostics.push(diagnostic(file, spanOf(use.start, use.end), 'yaml/alias', `YAML alias \`*${name}\`${more} is not allowed in records.`, 'Write the value out in full.'));
  }
  if (refused) return { value: undefined, locate, diagnostics: diagnostics.sort((a, b) => a.line - b.line || a.column - b.column) };

  const contents = doc.contents;
  if (!isMap(contents)) {
    const what = contents === null || (isScalar(contents) && contents.value === null) ? 'nothing' : isSeq(contents) ? 'a list' : 'a single value';
    const rule: RuleId = what === 'nothing' ? 'file/empty' : 'yaml/not-a-mapping';
    const start = what === 'nothing' ? 0 : (contents?.range?.[0] ?? 0);
    diagnostics.push(
      diagnostic(file, spanOf(start), rule, `The file holds ${what}, not a record.`, 'A record file holds one mapping of fields, e.g. `id: …`.'),
    );
    return { value: undefined, locate, diagnostics };
  }
  return { value: doc.toJS({ maxAliasCount: 0 }), locate, diagnostics };
}

/** `parseDocument`, with the single-document check, from a parser whose tokens are composed once. */
function parseOne(text: string, lineCounter: LineCounter): Document.Parsed {
  const composer = new Composer(PARSE_OPTIONS);
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(new Parser(lineCounter.addNewLine).parse(text), true, text.length)) {
    if (!doc) {
      doc = next;
    } else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; keep one record per file'));
      break;
    }
  }
  if (!doc) throw new Error('the parser returned no document');
  return doc;
}

/**
 * An unclosed quote or flow bracket is reported by the parser where the file ends; the
 * person needs to see where it was opened.
 */
function openerOf(doc: Document.Parsed, message: string, errorAt: number): { at: number; message: string } | undefined {
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  const bracket = /must (?:be sufficiently indented and )?end with a ([\]}])/.exec(message)?.[1];
  if (!quote && !bracket) return undefined;
  let found: { at: number; message: string } | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const type = quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
      if (quote && node.type === type && node.range && node.range[0] <= errorAt && node.range[1] >= errorAt) {
        found = { at: node.range[0], message: `The quote opened here (\`${quote}\`) is never closed.` };
        return visit.BREAK;
      }
      return undefined;
    },
    Node(_key, node) {
      // The innermost flow collection that runs to where the parser gave up.
      if (bracket && isCollection(node) && node.flow && node.range && node.range[0] <= errorAt && node.range[1] >= errorAt && (!found || node.range[0] > found.at)) {
        found = { at: node.range[0], message: `The \`${bracket === ']' ? '[' : '{'}\` opened here is never closed with \`${bracket}\`.` };
      }
      return undefined;
    },
  });
  return found;
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

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/[.:]\s*$/, '');
}

function sentence(message: string): string {
  const line = firstLine(message);
  return line.endsWith('.') ? line : `${line}.`;
}

/**
 * A locator that parses the text with positions only when first asked: files read by the
 * fast reader pay for positions only if a later check has something to report about them.
 */
export function lazyLocator(text: string, file: string): Locator {
  let parsed: ParsedYaml | undefined;
  return (path, target) => (parsed ??= parseRecordYaml(text, file)).locate(path, target);
}
