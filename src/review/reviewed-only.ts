/**
 * The knowledge base as `build --reviewed-only` publishes it: reviewed records only, with
 * every reference to a record left out removed (an optional field or a list item) and a
 * record whose required reference is left out (a pillar of a draft initiative) left out too,
 * so no link in the bundle points at a record that is not in it.
 */
import type { KnowledgeBase, LoadedRecord, RecordsByType } from '../model/knowledge-base.js';
import { pruneRecords } from '../model/prune-refs.js';
import { RECORD_TYPES } from '../model/record-types.js';

export function reviewedOnly(kb: KnowledgeBase): KnowledgeBase {
  const all = RECORD_TYPES.flatMap((t) => kb.records[t.type] as LoadedRecord[]);
  const kept = pruneRecords(all, (r) => r.record.status === 'reviewed');
  const records = Object.fromEntries(RECORD_TYPES.map((t) => [t.type, kept.filter((r) => r.type === t.type)])) as unknown as RecordsByType;
  return { ...kb, records };
}
