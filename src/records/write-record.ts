import { Document, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { typeInfo } from '../model/record-types.js';
import { NESTED_KEYS, RECORD_KEYS, type AnyRecord, type RecordType, type SourceQuote } from '../model/records.js';

/** The first line of every record file: points editors at the schema. */
export function schemaComment(type: RecordType): string {
  return `# yaml-language-server: $schema=../../schemas/${typeInfo(type).schema}`;
}

/** A record as the text of its file: schema comment, fields in schema order, no line folding. Pure. */
export function recordToYaml(type: RecordType, record: AnyRecord): string {
  const ordered = orderKeys(record as unknown as Record<string, unknown>, RECORD_KEYS[type]);
  const doc = new Document(ordered, { aliasDuplicateObjects: false });
  quoteAmbiguousStrings(doc);
  return `${schemaComment(type)}\n${doc.toString({ lineWidth: 0, minContentWidth: 0 })}`;
}

/**
 * Text that YAML 1.1 readers (js-yaml's default schema, PyYAML, ajv-cli) would take for
 * a date, a boolean or a number: `2024-07-06`, `yes`, `off`, `1_000`, `0b11`, `12:30`.
 */
const YAML11_AMBIGUOUS = /^(\d{4}-\d\d?-\d\d?([Tt ].*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?[\d_]*_[\d_]*(\.[\d_]*)?|[-+]?0b[01_]+|[-+]?\d+(:[0-5]?\d)+(\.\d*)?)$/;

/** Double-quotes such text, so that every YAML reader sees a string, as demine does. */
function quoteAmbiguousStrings(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && YAML11_AMBIGUOUS.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
}

function orderKeys(value: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = [...order.filter((k) => Object.hasOwn(value, k)), ...Object.keys(value).filter((k) => !order.includes(k))];
  for (const key of keys) {
    const item = value[key];
    if (item === undefined) continue;
    const nested = NESTED_KEYS[key];
    out[key] = nested && Array.isArray(item) ? item.map((x) => (x && typeof x === 'object' ? orderKeys(x as Record<string, unknown>, nested) : x)) : item;
  }
  return out;
}

export interface RecordAdditions {
  sources?: SourceQuote[];
  aliases?: string[];
}

/**
 * Adds sources and aliases to an existing record file's text, keeping every byte a person
 * wrote there (comments, order, quoting, folded text, a `%YAML` line) as it was: the new
 * items are spliced in as text after the last item of the list, in its indentation, and
 * nothing else is re-serialised. The file is read as YAML 1.2, as demine reads records.
 * A missing list is appended at the end of the file. Pure.
 */
export function addToRecordYaml(text: string, additions: RecordAdditions): string {
  let out = text;
  for (const [field, items] of Object.entries(additions) as [keyof RecordAdditions, unknown[] | undefined][]) {
    if (!items || items.length === 0) continue;
    out = appendToList(out, field, items);
  }
  return out;
}

function appendToList(text: string, field: string, items: unknown[]): string {
  const doc = parseDocument(text, { version: '1.2', schema: 'core', keepSourceTokens: false, logLevel: 'error' });
  if (!isMap(doc.contents)) throw new Error('internal: record file is not a mapping');
  const node = doc.contents.get(field, true);
  if (isSeq(node) && !node.flow && node.items.length > 0 && node.range) {
    const first = node.items[0] as { range?: [number, number, number] };
    const last = node.items[node.items.length - 1] as { range?: [number, number, number] };
    if (first.range && last.range) {
      const lineStart = text.lastIndexOf('\n', first.range[0] - 1) + 1;
      const dash = text.lastIndexOf('-', first.range[0]);
      const indent = ' '.repeat(Math.max(0, dash - lineStart));
      const end = last.range[1];
      const at = text[end - 1] === '\n' ? end : text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end) + 1;
      const before = text.slice(0, at);
      return `${before}${before.endsWith('\n') ? '' : '\n'}${blockItems(items, indent)}${text.slice(at)}`;
    }
  }
  if (!doc.contents.has(field)) return `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}${field}:\n${blockItems(items, '  ')}`;
  const range = (node as { range?: [number, number, number] } | null)?.range;
  if (!range) throw new Error(`internal: the \`${field}\` of a record has no place in its file`);
  const added = items.map(flowItem).join(', ');
  if (isSeq(node) && node.flow && text[range[1] - 1] === ']') {
    // A flow list (`[a, b]`): the new items go before its closing bracket.
    const close = range[1] - 1;
    const empty = node.items.length === 0;
    return `${text.slice(0, close).trimEnd()}${empty ? '' : ', '}${added}${text.slice(close)}`;
  }
  // An empty value (`aliases:`): only that value is written, as a flow list.
  const space = text[range[0] - 1] === ' ' ? '' : ' ';
  return `${text.slice(0, range[0])}${space}[${added}]${text.slice(range[1])}`;
}

/** One item as flow YAML: JSON, which every YAML 1.2 reader reads the same, whatever the text holds (`,` `]` `#`). */
function flowItem(item: unknown): string {
  return JSON.stringify(item);
}

/** `items` as block-list lines (`- …`) at `indent`, with text other YAML readers would misread quoted. */
function blockItems(items: unknown[], indent: string): string {
  const doc = new Document(items, { aliasDuplicateObjects: false });
  quoteAmbiguousStrings(doc);
  const lines = doc.toString({ lineWidth: 0, minContentWidth: 0 }).split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => `${indent}${line}\n`).join('');
}
