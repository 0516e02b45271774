/**
 * What the watch keeps of its last render (`BuildMemory.render`), so that a rebuild after a
 * change looks only at what depends on it instead of at every sheet and key:
 * the dependency hashes, each fact sheet's reads with the reverse index (dependency key → the
 * sheets that read it), and the record and source objects they were hashed from. A rebuild
 * finds the records and sources that are not the same objects as last time (the parse memo
 * gives back the very objects of unchanged files), derives the keys they change, and redoes
 * only the sheets the index names for them. Nothing is changed until the build has written
 * its bundle (`commit`); a build that stops before leaves this as it was.
 */
import type { BundleContext } from '../../../bundle/context.js';
import { refOf } from '../../../bundle/context.js';
import { recordPath } from '../../../bundle/links.js';
import { refsAt } from '../../../bundle/ref-paths.js';
import { RECORD_TYPES, typeInfo } from '../../../model/record-types.js';
import type { RecordType } from '../../../model/records.js';
import { KeptManifest, type ManifestPatch } from './manifest-kept.js';
import { recordHash, referrersHash, sourceHash } from './dependency-hashes.js';
import { KeptBriefing, type BriefingParts, type BriefingPatch } from './briefing-incremental.js';
import type { ListingParts, ListingRender } from './listing-incremental.js';
import type { IncrementalState } from './build-incremental.js';
import { ReadIndex } from './read-index.js';

/** What changed since the kept render, and what the sheets it names must be redone for. */
export interface RenderDelta {
  /** Dependency keys whose hash changed, came or went. */
  changed: Set<string>;
  /** Fact sheets to render again: those that read a changed key, and those of new records. */
  redo: Set<string>;
  /** Fact sheets of records that are gone. */
  gone: string[];
  /** New hashes (undefined: the key is gone). */
  hashes: Map<string, string | undefined>;
  records: Map<string, object | undefined>;
  sources: Map<string, object | undefined>;
}

/** A commit: the sheets' new reads (undefined: gone) and the state the build wrote, with the outputs it handed to the build cache. */
export interface RenderPatch {
  delta: RenderDelta | undefined;
  ctx: BundleContext;
  hashes: Map<string, string> | undefined;
  sheets: Map<string, string[] | undefined>;
  briefing: BriefingPatch;
  /** The listings as rendered: their lines stand for the whole pages (each line is kept for its record object, `listingLine`). */
  listings: ListingRender;
  manifest: ManifestPatch;
  key: string;
  outputs: Record<string, string>;
}

const kept = new WeakSet<object>();

/** Sets each key of `patch` in `map` to its value, or deletes it where the value is undefined (gone). */
function patchMap<K, V>(map: Map<K, V>, patch: ReadonlyMap<K, V | undefined>): void {
  for (const [key, value] of patch) {
    if (value === undefined) map.delete(key);
    else map.set(key, value);
  }
}

/** True for a state made by a `RenderMemory` (its hashes and sheets are made only when asked, e.g. when written to disk). */
export function isKeptState(value: object): boolean {
  return kept.has(value);
}

export class RenderMemory {
  private hashes = new Map<string, string>();
  /** Each fact sheet's reads, with who reads which key. */
  private sheets = new ReadIndex();
  private records = new Map<string, object>();
  private sources = new Map<string, object>();
  /** Each record's text in `briefing.json`, with who reads what. */
  readonly briefing = new KeptBriefing();
  /** `manifest.json`, one line per file. */
  readonly manifest = new KeptManifest();
  /** The listings of the last build that committed. */
  private listings: ListingRender | undefined;
  private ctx: BundleContext | undefined;
  /** The state and outputs of the last build that committed, while the maps above are that build's. */
  private current: { state: IncrementalState; outputs: Record<string, string> } | undefined;
  /** How many renders were patched from this memory (the others looked at every sheet): for tests. */
  patched = 0;

  /** True when `state` (read back from the cache) and `outputs` are the very ones the last commit left. */
  holds(state: object | undefined, outputs: Record<string, string>, key: string): boolean {
    return this.current !== undefined && this.current.state === state && this.current.outputs === outputs && this.current.state.key === key;
  }

  /** What changed in `ctx` since the kept render; changes nothing here. Only after `holds`. */
  delta(ctx: BundleContext): RenderDelta {
    this.patched++;
    const hashes = new Map<string, string | undefined>();
    const records = new Map<string, object | undefined>();
    const sources = new Map<string, object | undefined>();
    const redo = new Set<string>();
    const gone: string[] = [];
    const targets = new Set<string>();
    const aimedAt = (type: RecordType, record: object): void => {
      for (const { path } of typeInfo(type).refs) for (const target of refsAt(record, path)) targets.add(target);
    };
    let seen = 0;
    for (const info of RECORD_TYPES) {
      for (const record of ctx.records[info.type]) {
        const ref = refOf(info.type, record.id);
        const before = this.records.get(ref);
        if (before !== undefined) seen++;
        if (before === record) continue;
        records.set(ref, record);
        hashes.set(`r:${ref}`, recordHash(record));
        aimedAt(info.type, record);
        if (before !== undefined) aimedAt(info.type, before);
        else redo.add(recordPath(info.type, record.id));
      }
    }
    if (seen < this.records.size) {
      for (const [ref, before] of this.records) {
        if (records.has(ref) || ctx.resolve(ref) !== undefined) continue;
        const type = ref.slice(0, ref.indexOf(':')) as RecordType;
        records.set(ref, undefined);
        hashes.set(`r:${ref}`, undefined);
        aimedAt(type, before);
        gone.push(recordPath(type, ref.slice(type.length + 1)));
      }
    }
    let seenSources = 0;
    for (const source of ctx.sources) {
      const before = this.sources.get(source.id);
      if (before !== undefined) seenSources++;
      if (before === source) continue;
      sources.set(source.id, source);
      hashes.set(`s:${source.id}`, sourceHash(source));
    }
    if (seenSources < this.sources.size) {
      for (const id of this.sources.keys()) {
        if (sources.has(id) || ctx.source(id) !== undefined) continue;
        sources.set(id, undefined);
        hashes.set(`s:${id}`, undefined);
      }
    }
    for (const target of targets) {
      const list = ctx.referrerList(target);
      hashes.set(`b:${target}`, list && list.length > 0 ? referrersHash(list) : undefined);
    }
    const changed = new Set<string>();
    for (const [key, hash] of hashes) if (this.hashes.get(key) !== hash) changed.add(key);
    for (const key of changed) for (const rel of this.sheets.readersOf(key)) redo.add(rel);
    for (const rel of gone) redo.delete(rel);
    return { changed, redo, gone, hashes, records, sources };
  }

  /**
   * A state for the cache: its hashes and sheets are made from this memory when asked (when
   * written to `.demine/`), as they stand while this state is the last committed one; an empty
   * state (everything is rendered again) once a later build has moved on.
   */
  state(key: string): IncrementalState {
    const memory = this;
    const own = (): boolean => memory.current?.state === state;
    const state = {
      key,
      get hashes(): Record<string, string> {
        return own() ? Object.fromEntries(memory.hashes) : {};
      },
      get sheets(): Record<string, string[]> {
        return own() ? (Object.fromEntries(memory.sheets.entries()) as Record<string, string[]>) : {};
      },
      get briefing(): BriefingParts | undefined {
        return own() ? memory.briefing.parts(memory.ctx!) : undefined;
      },
      get listings(): ListingParts | undefined {
        return own() ? memory.listings?.parts : undefined;
      },
    } as IncrementalState;
    kept.add(state);
    return state;
  }

  /** After the build wrote its bundle: this memory becomes what it rendered. */
  commit(patch: RenderPatch, state: IncrementalState): void {
    if (patch.delta === undefined) this.reset(patch.ctx, patch.hashes!);
    else {
      patchMap(this.hashes, patch.delta.hashes);
      patchMap(this.records, patch.delta.records);
      patchMap(this.sources, patch.delta.sources);
    }
    for (const [rel, reads] of patch.sheets) this.sheets.set(rel, reads);
    this.briefing.apply(patch.briefing);
    this.listings = patch.listings;
    this.manifest.apply(patch.manifest, patch.delta === undefined ? patch.outputs : undefined);
    this.ctx = patch.ctx;
    this.current = { state, outputs: patch.outputs };
  }

  /** Before a build changes the bundle: until it commits, nothing here is trusted. */
  forget(): void {
    this.current = undefined;
  }

  private reset(ctx: BundleContext, hashes: Map<string, string>): void {
    this.hashes = new Map(hashes);
    this.sheets = new ReadIndex();
    this.records = new Map();
    this.sources = new Map();
    for (const info of RECORD_TYPES) for (const record of ctx.records[info.type]) this.records.set(refOf(info.type, record.id), record);
    for (const source of ctx.sources) this.sources.set(source.id, source);
  }
}
