import type { ParsedRecord } from '../records/load-records.js';

/** `<type>:<id>` of a parsed record file (its file name when the id is missing or malformed). */
export function parsedRef(record: ParsedRecord): string {
  return `${record.type}:${typeof record.value.id === 'string' ? record.value.id : record.stem}`;
}
