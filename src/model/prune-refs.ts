/**
 * Leaving records out without leaving links behind: given the records to keep, removes
 * every reference to a record that is not kept (a list item, or an optional field), and
 * leaves out in turn a record whose required reference (a pillar's `initiative`) is gone.
 * Used when extraction's proposals meet rejected records, and by `build --reviewed-only`.
 */
import { valuesAt } from './record-paths.js';
import { typeInfo } from './record-types.js';
import type { AnyRecord, RecordType } from './records.js';

export interface TypedRecord<T extends AnyRecord = AnyRecord> {
  type: RecordType;
  record: T;
}

/** Removes, in place, the references the path reaches for which `keep` is false; true when a reference was removed. */
function dropRefsAt(node: unknown, segments: readonly string[], keep: (ref: string) => boolean): boolean {
  const [segment, ...rest] = segments;
  if (segment === undefined || node === null || typeof node !== 'object' || Array.isArray(node)) return false;
  const object = node as Record<string, unknown>;
  const value = object[segment];
  if (value === undefined) return false;
  if (rest.length === 0) {
    if (typeof value === 'string' && !keep(value)) {
      delete object[segment];
      return true;
    }
    return false;
  }
  if (rest[0] === '*' && Array.isArray(value)) {
    if (rest.length === 1) {
      const kept = value.filter((item) => typeof item !== 'string' || keep(item));
      if (kept.length === value.length) return false;
      if (kept.length === 0) delete object[segment];
      else object[segment] = kept;
      return true;
    }
    let dropped = false;
    for (const item of value) dropped = dropRefsAt(item, rest.slice(1), keep) || dropped;
    return dropped;
  }
  return dropRefsAt(value, rest, keep);
}

/**
 * The records of `records` that `include` accepts, with references to any record outside
 * that set removed (copies; the inputs are not changed). `known` says which references
 * resolve outside `records` (records that are kept but not listed, e.g. existing ones).
 */
export function pruneRecords<T extends TypedRecord>(records: readonly T[], include: (r: T) => boolean, known: (ref: string) => boolean = () => false): T[] {
  let kept = records.filter(include);
  for (;;) {
    const refs = new Set(kept.map((r) => `${r.type}:${r.record.id}`));
    const resolves = (ref: string) => refs.has(ref) || known(ref);
    const next = kept.filter((r) => typeInfo(r.type).refs.every((field) => !field.required || refsOf(r.record, field.path).every(resolves)));
    if (next.length === kept.length) {
      return kept.map((r) => {
        const copy = structuredClone(r.record);
        let changed = false;
        for (const field of typeInfo(r.type).refs) changed = dropRefsAt(copy, field.path.split('.'), resolves) || changed;
        return changed ? { ...r, record: copy } : r;
      });
    }
    kept = next;
  }
}

function refsOf(record: AnyRecord, path: string): string[] {
  return valuesAt(record, path).flatMap(({ value }) => (typeof value === 'string' ? [value] : []));
}
