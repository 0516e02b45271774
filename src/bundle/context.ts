/**
 * What every renderer needs to know about a knowledge base, computed once: records by
 * reference, sources by id, quote lines, and the reverse of every reference (who points
 * here, through which field), derived from `RECORD_TYPES[].refs`.
 */
import type { KnowledgeBase, SourceDocument } from '../model/knowledge-base.js';
import { pillarTerm, type AnyRecord, type RecordOfType, type RecordType, type SourceQuote } from '../model/records.js';
import { RECORD_TYPES, typeInfo } from '../model/record-types.js';
import { refsAt } from './ref-paths.js';
import { QuoteLines, type QuoteLineTable } from './words/source-lines.js';

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

const typeRank = new Map(RECORD_TYPES.map((info, rank) => [info.type, rank]));

/** Where a referrer of the type ranked `rank` with `id` goes in a list kept in type, then id order (after that record's own entries). */
function insertionPoint(list: readonly Referrer[], rank: number, id: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const r = list[mid]!;
    const other = typeRank.get(r.type)!;
    if (other < rank || (other === rank && r.record.id <= id)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Every record's source entries (source and quote), in type, then file order. */
function citedQuotes(kb: KnowledgeBase): SourceQuote[] {
  return RECORD_TYPES.flatMap((info) => kb.records[info.type].flatMap((loaded) => loaded.record.sources));
}

/** Told of each source copied without its text (to hash the copy as the source, which it stands for). */
export type OnCopy = (copy: SourceDocument, source: SourceDocument) => void;

/** The knowledge base with every source's text left out (and no rejected records): what renders with a `QuoteLineTable`. */
export function withoutTexts(kb: KnowledgeBase, onCopy?: OnCopy): KnowledgeBase {
  const copy = (source: SourceDocument): SourceDocument => {
    const copied = { ...source, text: '' };
    onCopy?.(copied, source);
    return copied;
  };
  return { root: kb.root, sources: kb.sources.map((source) => (source.text === '' ? source : copy(source))), records: kb.records };
}

export class BundleContext {
  readonly sources: SourceDocument[];
  readonly records: SortedRecords;
  readonly quoteLines: Pick<QuoteLines, 'lineOf'>;
  private readonly sourceById: Map<string, SourceDocument>;
  /** The quotes' lines: found in the sources' texts (`QuoteLines`) or, made without them, given whole. */
  private readonly lines: QuoteLines | QuoteLineTable;
  private readonly recordByRef: Map<string, { type: RecordType; record: AnyRecord }>;
  private readonly referrers: Map<string, Referrer[]>;
  /** While set, every record, referrer list and source a renderer looks at (see `track`). */
  private reads: Set<string> | undefined;

  /**
   * With `before` (watching: the context of the last build, which must not be used again), its
   * indexes are taken over and patched by the records that are not the same objects as in it,
   * instead of built again from every record. The same context either way (a property test
   * holds watched builds equal to clean ones). With `lineTable` (a render worker, whose sources
   * come without their texts), quotes' lines are looked up in it (see `quoteLineTable`).
   */
  constructor(
    readonly kb: KnowledgeBase,
    before?: BundleContext,
    lineTable?: QuoteLineTable,
  ) {
    this.sources = [...kb.sources].sort(byId);
    this.sourceById = new Map(this.sources.map((s) => [s.id, s]));
    this.lines = lineTable ?? new QuoteLines(this.sources, citedQuotes(kb));
    this.quoteLines = BundleContext.tracked(this, lineTable ? QuoteLines.fromTable(lineTable) : this.lines as QuoteLines);
    const records = {} as Record<RecordType, AnyRecord[]>;
    for (const info of RECORD_TYPES) records[info.type] = kb.records[info.type].map((loaded) => loaded.record).sort(byId);
    this.records = records as SortedRecords;
    if (before) {
      this.recordByRef = before.recordByRef;
      this.referrers = before.referrers;
      RECORD_TYPES.forEach((info, rank) => this.patch(rank, before.records[info.type], records[info.type]));
      return;
    }
    this.recordByRef = new Map();
    this.referrers = new Map();
    for (const info of RECORD_TYPES) {
      for (const record of records[info.type]) this.recordByRef.set(refOf(info.type, record.id), { type: info.type, record });
    }
    for (const info of RECORD_TYPES) for (const record of records[info.type]) this.addReferrer(info.type, record);
  }

  /**
   * Quote lines whose every lookup is a read of its source. Made outside the constructor, so that
   * the closure holds only the context and its lines, not the constructor's scope with `before`:
   * a watched rebuild's context would otherwise keep the last one alive, and that one the one
   * before it (~8 MB a rebuild at 50,000 records).
   */
  private static tracked(context: BundleContext, lines: Pick<QuoteLines, 'lineOf'>): Pick<QuoteLines, 'lineOf'> {
    return {
      lineOf: (sourceId, quote) => {
        context.reads?.add(`s:${sourceId}`);
        return lines.lineOf(sourceId, quote);
      },
    };
  }

  /** Every reference `record` makes, added at the end of each target's list (records come in type, then id order). */
  private addReferrer(type: RecordType, record: AnyRecord, rank?: number): void {
    for (const { path } of typeInfo(type).refs) {
      for (const target of refsAt(record, path)) {
        const list = this.referrers.get(target) ?? [];
        const entry = { type, record, path } as Referrer;
        if (rank === undefined) list.push(entry);
        else list.splice(insertionPoint(list, rank, record.id), 0, entry);
        this.referrers.set(target, list);
      }
    }
  }

  /** The records of one type that are not the very objects of the last build: out of the indexes, and the new ones in. */
  private patch(rank: number, old: readonly AnyRecord[], now: readonly AnyRecord[]): void {
    const type = RECORD_TYPES[rank]!.type;
    const gone: AnyRecord[] = [];
    const added: AnyRecord[] = [];
    let i = 0;
    let j = 0;
    while (i < old.length || j < now.length) {
      const a = old[i];
      const b = now[j];
      if (a !== undefined && b !== undefined && a === b) {
        i++;
        j++;
      } else if (b === undefined || (a !== undefined && a.id <= b.id)) {
        gone.push(a!);
        i++;
        if (b !== undefined && a!.id === b.id) {
          added.push(b);
          j++;
        }
      } else {
        added.push(b);
        j++;
      }
    }
    for (const record of gone) {
      this.recordByRef.delete(refOf(type, record.id));
      for (const { path } of typeInfo(type).refs) {
        for (const target of new Set(refsAt(record, path))) {
          const list = this.referrers.get(target)?.filter((r) => r.record !== record) ?? [];
          if (list.length > 0) this.referrers.set(target, list);
          else this.referrers.delete(target);
        }
      }
    }
    for (const record of added) {
      this.recordByRef.set(refOf(type, record.id), { type, record });
      this.addReferrer(type, record, rank);
    }
  }

  /**
   * Runs `render` and returns, with its result, the keys of everything it read through this
   * context: `r:<ref>` a record (or its absence), `b:<ref>` the records pointing at one,
   * `s:<id>` a source. An output depends on nothing else, so it changes only when one of
   * these does (see `dependencyHashes` in the incremental build).
   */
  track<T>(render: () => T): { result: T; reads: string[] } {
    const outer = this.reads;
    this.reads = new Set();
    try {
      const result = render();
      return { result, reads: [...this.reads].sort() };
    } finally {
      this.reads = outer;
    }
  }

  /** The line of every quote a record cites, for a context made without the sources' texts (not tracked). */
  quoteLineTable(): QuoteLineTable {
    return this.lines instanceof QuoteLines ? this.lines.table() : this.lines;
  }

  /**
   * A context for rendering everything whose sources come without their texts: every quote's
   * line is found first, source by source, and the texts (42 MB at 50,000 records) can then be
   * let go, as nothing else renders from them. The same output as `new BundleContext(kb)`.
   */
  static withoutTexts(kb: KnowledgeBase, onCopy?: OnCopy): BundleContext {
    const table = new QuoteLines(kb.sources, citedQuotes(kb)).table();
    return new BundleContext(withoutTexts(kb, onCopy), undefined, table);
  }

  /** Every referrer list, as `b:<ref>` with its referrers (type, field, record) in order. */
  referrerLists(): IterableIterator<[string, readonly Referrer[]]> {
    return this.referrers.entries();
  }

  /** The records pointing at `ref`, in the order `referrerLists` gives them (not tracked: for the incremental build's hashes). */
  referrerList(ref: string): readonly Referrer[] | undefined {
    return this.referrers.get(ref);
  }

  /** How many references point at `ref` (not tracked: for the pages that summarise everything). */
  referrerCount(ref: string): number {
    return this.referrers.get(ref)?.length ?? 0;
  }

  source(id: string): SourceDocument | undefined {
    this.reads?.add(`s:${id}`);
    return this.sourceById.get(id);
  }

  /** The record a `<type>:<id>` reference names, if it exists. */
  resolve(ref: string): { type: RecordType; record: AnyRecord } | undefined {
    this.reads?.add(`r:${ref}`);
    return this.recordByRef.get(ref);
  }

  get<T extends RecordType>(type: T, id: string): RecordOfType[T] | undefined {
    return this.resolve(refOf(type, id))?.record as RecordOfType[T] | undefined;
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
    this.reads?.add(`b:${ref}`);
    const found = new Set<RecordOfType[T]>();
    for (const r of this.referrers.get(ref) ?? []) {
      if (r.type === type && r.path === path) found.add(r.record as RecordOfType[T]);
    }
    return [...found];
  }

  /** An initiative's pillars in their order: set by set (each set word's, `term`, numbered 1..n), the sets by their word. */
  pillarsOf(initiativeId: string): RecordOfType['pillar'][] {
    return this.referrersOf(refOf('initiative', initiativeId), 'pillar', 'initiative')
      .slice()
      .sort((a, b) => (pillarTerm(a) < pillarTerm(b) ? -1 : pillarTerm(a) > pillarTerm(b) ? 1 : 0) || a.order - b.order || byId(a, b));
  }
}
