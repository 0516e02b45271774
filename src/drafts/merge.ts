/**
 * Merging drafts into the records a knowledge base already has, as a list of changes.
 * A draft that matches an existing record adds only what is new to it (sources, aliases),
 * and only when that record is still a draft; a `reviewed` record is never changed.
 * References in added records are rewritten to the ids of the records they matched, so
 * applying the changes and merging the same drafts again yields no change.
 */
import { pillarTerm, type Actor, type AnyRecord, type Figure, type Initiative, type Pillar, type RecordOfType, type RecordType, type SourceQuote } from '../model/records.js';
import { normaliseQuote } from '../sources/quote-match.js';
import { Index, actorKeys, amountKey, initiativeKeys, sameActor } from './match-keys.js';

/** Existing records by type, as loaded (any record shape per type is accepted and read by its type). */
export type ExistingRecords = { [K in RecordType]?: readonly RecordOfType[K][] } | Partial<Record<RecordType, readonly AnyRecord[]>>;

function listOf<K extends RecordType>(existing: ExistingRecords, type: K): readonly RecordOfType[K][] {
  return ((existing as Partial<Record<RecordType, readonly AnyRecord[]>>)[type] ?? []) as readonly RecordOfType[K][];
}

export interface DraftRecords {
  initiative: readonly Initiative[];
  pillar: readonly Pillar[];
  actor: readonly Actor[];
  figure: readonly Figure[];
}

export type Change =
  | { kind: 'add'; type: RecordType; id: string; record: AnyRecord }
  /** `record` is the record after the update; `add` holds only what it gains. */
  | { kind: 'update'; type: RecordType; id: string; record: AnyRecord; add: { sources: SourceQuote[]; aliases?: string[] } };

const TYPE_ORDER: RecordType[] = ['actor', 'initiative', 'figure', 'pillar'];

function sortedById<T extends { id: string }>(list: readonly T[] | undefined): T[] {
  return [...(list ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function newSources(existing: readonly SourceQuote[], draft: readonly SourceQuote[]): SourceQuote[] {
  const seen = new Set(existing.map((s) => `${s.source}\u0000${normaliseQuote(s.quote)}`));
  const out: SourceQuote[] = [];
  for (const s of draft) {
    const key = `${s.source}\u0000${normaliseQuote(s.quote)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ source: s.source, quote: s.quote });
  }
  return out;
}

function newAliases(existing: { name: string; aliases?: string[] | undefined }, draft: { name: string; aliases?: string[] | undefined }): string[] {
  const seen = new Set([existing.name, ...(existing.aliases ?? [])]);
  const out: string[] = [];
  for (const a of [draft.name, ...(draft.aliases ?? [])]) {
    if (seen.has(a)) continue;
    seen.add(a);
    out.push(a);
  }
  return out;
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function uniqueId(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`.slice(0, 120).replace(/-+$/, '');
    if (!taken.has(id)) return id;
  }
}

class Merger {
  readonly changes: Change[] = [];
  private readonly updates = new Map<string, Change & { kind: 'update' }>();
  /** Records this merge adds, by `type:id`. */
  private readonly additions = new Map<string, Change & { kind: 'add' }>();
  /** Draft ref (`actor:<draft id>`) → final ref. */
  private readonly refMap = new Map<string, string>();

  constructor(private readonly existing: ExistingRecords) {}

  private remap(ref: string | undefined): string | undefined {
    return ref === undefined ? undefined : this.refMap.get(ref) ?? ref;
  }

  private remapList(refs: string[] | undefined): string[] | undefined {
    if (!refs) return undefined;
    return [...new Set(refs.map((r) => this.remap(r)!))].sort();
  }

  /** Shared path for records matched by key: update a draft, leave a reviewed one alone. */
  private mergeNamed<T extends Actor | Initiative>(
    type: 'actor' | 'initiative', drafts: readonly T[], keysOf: (r: T) => string[], fix: (r: T) => T, same: (record: T, draft: T) => boolean = () => true,
  ): void {
    const index = new Index<T>(keysOf);
    for (const r of sortedById(listOf(this.existing, type) as readonly T[])) index.add(r);
    for (const draft of drafts) {
      const match = index.find(keysOf(draft), (r) => same(r, draft));
      if (match) {
        this.refMap.set(`${type}:${draft.id}`, `${type}:${match.id}`);
        if (match.status !== 'draft') continue;
        const sources = newSources(match.sources, draft.sources);
        const aliases = newAliases(match, draft);
        if (sources.length === 0 && aliases.length === 0) continue;
        const updated = { ...match, sources: [...match.sources, ...sources] } as T;
        if (aliases.length > 0) updated.aliases = [...(match.aliases ?? []), ...aliases];
        index.replace(match, updated);
        this.recordUpdate(type, updated, sources, aliases);
        continue;
      }
      const id = uniqueId(draft.id, index.ids);
      this.refMap.set(`${type}:${draft.id}`, `${type}:${id}`);
      const added = { ...draft, id } as T;
      index.add(added);
      this.recordAdd(type, added);
    }
    // References inside added records may point at records matched later in the list.
    for (const c of this.changes) if (c.kind === 'add' && c.type === type) c.record = fix(c.record as T);
  }

  private recordAdd(type: RecordType, record: AnyRecord): void {
    const change: Change & { kind: 'add' } = { kind: 'add', type, id: record.id, record };
    this.additions.set(`${type}:${record.id}`, change);
    this.changes.push(change);
  }

  private recordUpdate(type: RecordType, record: AnyRecord, sources: SourceQuote[], aliases: string[]): void {
    const key = `${type}:${record.id}`;
    // a record this merge adds is added whole, with what it gains: there is no file to update yet
    const addition = this.additions.get(key);
    if (addition) {
      addition.record = record;
      return;
    }
    const prior = this.updates.get(key);
    if (prior) {
      prior.record = record;
      prior.add.sources.push(...sources);
      if (aliases.length > 0) prior.add.aliases = [...(prior.add.aliases ?? []), ...aliases];
      return;
    }
    const change: Change & { kind: 'update' } = { kind: 'update', type, id: record.id, record, add: aliases.length > 0 ? { sources, aliases } : { sources } };
    this.updates.set(key, change);
    this.changes.push(change);
  }

  actors(drafts: readonly Actor[]): void {
    this.mergeNamed('actor', drafts, actorKeys, (a) => {
      const out: Actor = { ...a };
      if (a.country) out.country = this.remap(a.country)!;
      if (a.roles) out.roles = a.roles.map((r) => (r.organisation ? { ...r, organisation: this.remap(r.organisation)! } : { ...r }));
      return out;
    }, sameActor);
  }

  initiatives(drafts: readonly Initiative[]): void {
    this.mergeNamed('initiative', drafts, initiativeKeys, (i) => {
      const out: Initiative = { ...i };
      const leads = this.remapList(i.leads);
      if (leads) out.leads = leads;
      const participants = this.remapList(i.participants)?.filter((p) => !(leads ?? []).includes(p));
      if (participants && participants.length > 0) out.participants = participants;
      else delete out.participants;
      if (i.part_of) out.part_of = this.remap(i.part_of)!;
      return out;
    });
  }

  /**
   * Figures match by amount and unit within a shared source; when a source states the same
   * amount twice ("several aid projects", "several training programs"), the one with the
   * draft's id, else the one written the same way, wins. Drafts are matched against the records that existed before this merge
   * only: the drafts themselves are already distinct.
   */
  figures(drafts: readonly Figure[]): void {
    const byAmount = new Map<string, Figure[]>();
    const ids = new Set<string>();
    const keysOf = (f: Figure): string[] => [...new Set(f.sources.map((s) => `${amountKey(f)}|${s.source}`))];
    for (const f of sortedById(listOf(this.existing, 'figure'))) {
      ids.add(f.id);
      for (const k of keysOf(f)) byAmount.set(k, [...(byAmount.get(k) ?? []), f]);
    }
    const current = new Map<string, Figure>();
    const same = (a: string, b: string): boolean => collapseSpace(a).toLowerCase() === collapseSpace(b).toLowerCase();
    for (const draft of drafts) {
      const candidates = new Set<Figure>();
      for (const k of keysOf(draft)) for (const f of byAmount.get(k) ?? []) candidates.add(f);
      const list = [...candidates];
      const match =
        list.length <= 1
          ? list[0]
          : list.find((f) => f.id === draft.id) ?? list.find((f) => same(f.text, draft.text)) ?? list.find((f) => same(f.measure, draft.measure)) ??
            list.find((f) => f.sources.some((s) => draft.sources.some((d) => d.source === s.source && normaliseQuote(d.quote) === normaliseQuote(s.quote)))) ?? list[0];
      if (match) {
        if (match.status !== 'draft') continue;
        const base = current.get(match.id) ?? match;
        const sources = newSources(base.sources, draft.sources);
        if (sources.length === 0) continue;
        const updated: Figure = { ...base, sources: [...base.sources, ...sources] };
        current.set(match.id, updated);
        this.recordUpdate('figure', updated, sources, []);
        continue;
      }
      const id = uniqueId(draft.id, ids);
      ids.add(id);
      const added: Figure = { ...draft, id };
      if (draft.about) added.about = this.remap(draft.about)!;
      this.recordAdd('figure', added);
    }
  }

  pillars(drafts: readonly Pillar[]): void {
    const byPosition = new Map<string, Pillar>();
    const ids = new Set<string>();
    for (const p of sortedById(listOf(this.existing, 'pillar'))) {
      ids.add(p.id);
      const k = `${p.initiative}|${pillarTerm(p)}|${p.order}`;
      if (!byPosition.has(k)) byPosition.set(k, p);
    }
    for (const draft of drafts) {
      const initiative = this.remap(draft.initiative)!;
      const k = `${initiative}|${pillarTerm(draft)}|${draft.order}`;
      const match = byPosition.get(k);
      if (match) {
        if (match.status !== 'draft') continue;
        const sources = newSources(match.sources, draft.sources);
        if (sources.length === 0) continue;
        const updated: Pillar = { ...match, sources: [...match.sources, ...sources] };
        byPosition.set(k, updated);
        this.recordUpdate('pillar', updated, sources, []);
        continue;
      }
      const id = uniqueId(draft.id, ids);
      ids.add(id);
      const added: Pillar = { ...draft, id, initiative };
      byPosition.set(k, added);
      this.recordAdd('pillar', added);
    }
  }
}

/**
 * The changes that merging `drafts` into `existing` makes: new records to add, and
 * draft records that gain sources or aliases. Reviewed records never appear as changed.
 */
export function mergeIntoExisting(existing: ExistingRecords, drafts: DraftRecords): { changes: Change[] } {
  const merger = new Merger(existing);
  merger.actors(drafts.actor);
  merger.initiatives(drafts.initiative);
  merger.figures(drafts.figure);
  merger.pillars(drafts.pillar);
  const changes = merger.changes.sort(
    (a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { changes };
}

/** The records after applying `changes` (adds appended, updates replacing), each type sorted by id. */
export function applyChanges(existing: ExistingRecords, changes: readonly Change[]): { [K in RecordType]: RecordOfType[K][] } {
  const out: { [K in RecordType]: Map<string, AnyRecord> } = {
    initiative: new Map(), pillar: new Map(), actor: new Map(), figure: new Map(),
  };
  for (const type of TYPE_ORDER) for (const r of listOf(existing, type)) out[type].set(r.id, r);
  for (const c of changes) {
    const current = out[c.type].get(c.id);
    if (c.kind === 'update' && current && current.status !== 'draft') continue;
    out[c.type].set(c.id, c.record);
  }
  const list = <K extends RecordType>(type: K): RecordOfType[K][] => sortedById([...out[type].values()] as RecordOfType[K][]);
  return { initiative: list('initiative'), pillar: list('pillar'), actor: list('actor'), figure: list('figure') };
}
