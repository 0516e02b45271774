/**
 * What extraction may propose, given what people decided: nothing they rejected (same id,
 * or the same thing from the same document: a shared quote and the same name, title or
 * text), nothing they deleted after it was proposed from that document, and no reference
 * to a record that is not there. A filter around the engine, which knows nothing of reviews.
 */
import type { Change } from '../../drafts/merge.js';
import type { Extraction } from '../../extract/index.js';
import { pruneRecords, type TypedRecord } from '../../model/prune-refs.js';
import { typeInfo } from '../../model/record-types.js';
import type { AnyRecord, RecordType, SourceQuote } from '../../model/records.js';
import { normaliseQuote } from '../../sources/quote-match.js';
import type { ExtractState } from './extract-state.js';

/** A record already in data/, as extraction sees it. */
export interface ExistingRecord {
  type: RecordType;
  file: string;
  value: Record<string, unknown>;
}

const labelOf = (type: RecordType, record: object): string =>
  String((record as Record<string, unknown>)[typeInfo(type).labelField] ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

const quoteKey = (type: RecordType, label: string, entry: SourceQuote): string => `${type}\u0000${label}\u0000${entry.source}\u0000${normaliseQuote(entry.quote)}`;

/** Drafts of the engine minus the ones that repeat a rejected record. */
export function withoutRejected(drafts: Extraction, existing: readonly ExistingRecord[]): Extraction {
  const rejected = existing.filter((r) => r.value.status === 'rejected');
  if (rejected.length === 0) return drafts;
  const ids = new Set(rejected.map((r) => `${r.type}:${String(r.value.id)}`));
  const quotes = new Set<string>();
  for (const r of rejected) {
    const label = labelOf(r.type, r.value);
    for (const entry of (r.value.sources as SourceQuote[] | undefined) ?? []) quotes.add(quoteKey(r.type, label, entry));
  }
  const keep = (type: RecordType) => (draft: AnyRecord) =>
    !ids.has(`${type}:${draft.id}`) && !draft.sources.some((entry) => quotes.has(quoteKey(type, labelOf(type, draft), entry)));
  return {
    initiative: drafts.initiative.filter(keep('initiative')),
    pillar: drafts.pillar.filter(keep('pillar')),
    actor: drafts.actor.filter(keep('actor')),
    figure: drafts.figure.filter(keep('figure')),
  };
}

/**
 * The changes minus new records proposed before from the same document and deleted since
 * (each keeps only the sources from documents that never proposed it), with references to
 * records that are neither in data/ (rejected ones excepted) nor added removed.
 */
export function withoutDeletedAndDangling(changes: readonly Change[], existing: readonly ExistingRecord[], state: ExtractState): Change[] {
  const adds: (TypedRecord & { change: Change })[] = [];
  for (const change of changes) {
    if (change.kind !== 'add') continue;
    const ref = `${change.type}:${change.id}`;
    const sources = change.record.sources.filter((entry) => !state.sources[entry.source]?.proposed.includes(ref));
    if (sources.length === 0) continue;
    adds.push({ type: change.type, record: sources.length === change.record.sources.length ? change.record : ({ ...change.record, sources } as AnyRecord), change });
  }
  const present = new Set(existing.filter((r) => r.value.status !== 'rejected').map((r) => `${r.type}:${String(r.value.id)}`));
  const kept = new Map(pruneRecords(adds, () => true, (ref) => present.has(ref)).map((r) => [r.change, r.record]));
  return changes.flatMap((change): Change[] => {
    if (change.kind !== 'add') return [change];
    const record = kept.get(change);
    return record ? [{ ...change, record }] : [];
  });
}
