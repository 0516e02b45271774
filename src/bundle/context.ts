/**
 * What every renderer needs to know about a knowledge base, computed once: records by
 * reference, sources by id, quote lines, and the reverse of every reference (who points
 * here, through which field), derived from `RECORD_TYPES[].refs`.
 */
import type { KnowledgeBase, SourceDocument } from '../model/knowledge-base.js';
import type { AnyRecord, RecordOfType, RecordType } from '../model/records.js';
import { RECORD_TYPES, typeInfo } from '../model/record-types.js';
import { refsAt } from './ref-paths.js';
import { QuoteLines } from './source-lines.js';

/** A record that refers to another one, and the field it does it through. */
export interface Referrer<T extends RecordType = RecordType> {
  type: T;
  record: RecordOfType[T];
  path: string;
}

export type SortedRecords = { [K in RecordType]: RecordOfType[K][] };

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function refOf(type: RecordType, id: string): string {
  return `${type}:${id}`;
}

export class BundleContext {
  readonly sources: SourceDocument[];
  readonly records: SortedRecords;
  readonly quoteLines: QuoteLines;
  private readonly sourceById: Map<string, SourceDocument>;
  private readonly recordByRef = new Map<string, { type: RecordType; record: AnyRecord }>();
  private readonly referrers = new Map<string, Referrer[]>();

  constructor(readonly kb: KnowledgeBase) {
    this.sources = [...kb.sources].sort(byId);
    this.sourceById = new Map(this.sources.map((s) => [s.id, s]));
    this.quoteLines = new QuoteLines(this.sources, RECORD_TYPES.flatMap((info) => kb.records[info.type].flatMap((loaded) => loaded.record.sources)));
    const records = {} as Record<RecordType, AnyRecord[]>;
    for (const info of RECORD_TYPES) {
      records[info.type] = kb.records[info.type].map((loaded) => loaded.record).sort(byId);
      for (const record of records[info.type]) this.recordByRef.set(refOf(info.type, record.id), { type: info.type, record });
    }
    this.records = records as SortedRecords;
    for (const info of RECORD_TYPES) {
      for (const record of records[info.type]) {
        for (const { path } of info.refs) {
          for (const target of refsAt(record, path)) {
            const list = this.referrers.get(target) ?? [];
            list.push({ type: info.type, record, path } as Referrer);
            this.referrers.set(target, list);
          }
        }
      }
    }
  }

  source(id: string): SourceDocument | undefined {
    return this.sourceById.get(id);
  }

  /** The record a `<type>:<id>` reference names, if it exists. */
  resolve(ref: string): { type: RecordType; record: AnyRecord } | undefined {
    return this.recordByRef.get(ref);
  }

  get<T extends RecordType>(type: T, id: string): RecordOfType[T] | undefined {
    return this.recordByRef.get(refOf(type, id))?.record as RecordOfType[T] | undefined;
  }

  /** The name a reader knows the record by (the type's `labelField`), or the reference itself when it does not resolve. */
  label(ref: string): string {
    const found = this.resolve(ref);
    if (!found) return ref;
    const value = (found.record as unknown as Record<string, unknown>)[typeInfo(found.type).labelField];
    return typeof value === 'string' ? value : ref;
  }

  /** Records of `type` that point at `ref` through the field `path`, each once, sorted by id. */
  referrersOf<T extends RecordType>(ref: string, type: T, path: string): RecordOfType[T][] {
    const found = new Set<RecordOfType[T]>();
    for (const r of this.referrers.get(ref) ?? []) {
      if (r.type === type && r.path === path) found.add(r.record as RecordOfType[T]);
    }
    return [...found];
  }

  /** An initiative's pillars in their order. */
  pillarsOf(initiativeId: string): RecordOfType['pillar'][] {
    return this.referrersOf(refOf('initiative', initiativeId), 'pillar', 'initiative')
      .slice()
      .sort((a, b) => a.order - b.order || byId(a, b));
  }
}
