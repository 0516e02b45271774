import { isMap, isSeq, parseDocument, stringify } from 'yaml';
import { typeInfo } from '../model/record-types.js';
import { NESTED_KEYS, RECORD_KEYS, type AnyRecord, type RecordType, type SourceQuote } from '../model/records.js';

/** The first line of every record file: points editors at the schema. */
export function schemaComment(type: RecordType): string {
  return `# yaml-language-server: $schema=../../schemas/${typeInfo(type).schema}`;
}

/** A record as the text of its file: schema comment, fields in schema order, no line folding. Pure. */
export function recordToYaml(type: RecordType, record: AnyRecord): string {
  const ordered = orderKeys(record as unknown as Record<string, unknown>, RECORD_KEYS[type]);
  return `${schemaComment(type)}\n${stringify(ordered, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false })}`;
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
