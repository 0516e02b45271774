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
 * Adds sources and aliases to an existing record file's text, keeping everything a person
 * wrote there (comments, order, formatting) as it was. Pure.
 */
export function addToRecordYaml(text: string, additions: RecordAdditions): string {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (!isMap(doc.contents)) throw new Error('internal: record file is not a mapping');
  for (const [field, items] of Object.entries(additions) as [keyof RecordAdditions, unknown[] | undefined][]) {
    if (!items || items.length === 0) continue;
    const existing = doc.get(field);
    if (!isSeq(existing)) doc.set(field, doc.createNode([]));
    for (const item of items) doc.addIn([field], doc.createNode(item));
  }
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}
