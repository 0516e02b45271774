import type { AnyRecord, RecordOfType, RecordType, SourceMeta } from './records.js';

/** A source document read from `seeds/`. */
export interface SourceDocument {
  /** The file stem, e.g. `000_f3ed93ac45facebc`. */
  id: string;
  /** Path relative to the root, with `/` separators, e.g. `seeds/000_f3ed93ac45facebc.md`. */
  file: string;
  /** Front matter as written (empty when there is none). */
  meta: SourceMeta;
  /** Title: front matter first, else inferred from the text. */
  title?: string;
  /** Date: front matter first, else inferred from the text. */
  date?: string;
  /** The whole file as text (BOM removed, line endings kept). */
  text: string;
  /** Offset in `text` where the body (after the front matter) starts. */
  bodyOffset: number;
}

/** A record with the file it came from. */
export interface LoadedRecord<T extends AnyRecord = AnyRecord> {
  type: RecordType;
  /** Path relative to the root, e.g. `data/actors/yoko-kamikawa.yaml`. */
  file: string;
  record: T;
}

export type RecordsByType = { [K in RecordType]: LoadedRecord<RecordOfType[K]>[] };

/** Everything loaded from one root; records sorted by id within each type. */
export interface KnowledgeBase {
  root: string;
  sources: SourceDocument[];
  /** Published records: drafts and reviewed ones (never rejected). */
  records: RecordsByType;
  /** Rejected records (tombstones): kept so that nothing proposes them again, never published. */
  rejected?: LoadedRecord[];
}
