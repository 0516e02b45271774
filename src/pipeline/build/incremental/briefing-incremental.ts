/**
 * `briefing.json` after a change: the text of every record whose inputs did not change is
 * taken from the file the last build wrote (where that build says it stands), and only the
 * others are rendered. The result is byte for byte the clean render (a property test holds it).
 */
import { assembleBriefing, briefingHead, recordFragment } from '../../../bundle/pages/briefing-json.js';
import type { BundleContext } from '../../../bundle/context.js';
import { refOf } from '../../../bundle/context.js';
import type { AnyRecord, RecordType } from '../../../model/records.js';
import type { RenderDelta } from './render-memory.js';
import { ReadIndex } from './read-index.js';

/** Record reference → where its text starts and ends in the last `briefing.json`, then what it was rendered from. */
export type BriefingParts = Record<string, [start: number, end: number, ...reads: string[]]>;

export interface PreviousBriefing {
  /** The last build's `briefing.json`, as it wrote it. */
  text: string;
  parts: BriefingParts;
  /** The dependency keys whose hash changed since that build (`changedKeys`). */
  changed: ReadonlySet<string>;
}

export interface BriefingRender {
  content: string;
  parts: BriefingParts;
  /** Records whose text was rendered (the others were reused). */
  rendered: number;
}

/** True when an entry read something that changed (its reads follow its start and end; the listings' entries are alike). */
export function readsChanged(entry: readonly [number, number, ...string[]], changed: ReadonlySet<string>): boolean {
  if (changed.size === 0) return false;
  for (let i = 2; i < entry.length; i++) if (changed.has(entry[i] as string)) return true;
  return false;
}

export function renderBriefing(ctx: BundleContext, previous: PreviousBriefing | undefined): BriefingRender {
  const reads = new Map<string, string[]>();
  let rendered = 0;
  const fragments = (type: RecordType): string[] =>
    ctx.records[type].map((record) => {
      const ref = refOf(type, record.id);
      const before = previous?.parts[ref];
      if (before && !readsChanged(before, previous!.changed)) {
        reads.set(ref, before.slice(2) as string[]);
        return previous!.text.slice(before[0], before[1]);
      }
      rendered++;
      const [text, keys] = renderEntry(ctx, type, record);
      reads.set(ref, keys);
      return text;
    });
  const parts: BriefingParts = {};
  const content = assembleBriefing(briefingHead(ctx), fragments, (type, index, start, end) => {
    const ref = refOf(type, ctx.records[type][index]!.id);
    parts[ref] = [start, end, ...reads.get(ref)!];
  });
  return { content, parts, rendered };
}

/** One record's text in `briefing.json`, with what it read. */
function renderEntry(ctx: BundleContext, type: RecordType, record: AnyRecord): BriefingEntry {
  const { result, reads } = ctx.track(() => {
    ctx.resolve(refOf(type, record.id)); // a record's text reads the record
    return recordFragment(type, record, ctx);
  });
  return [result, reads];
}

/** A record's text in `briefing.json` and the dependency keys it was rendered from. */
export type BriefingEntry = [text: string, reads: string[]];

/**
 * Watching (`RenderMemory`): the parts of the last `briefing.json` kept in memory, so that a
 * rebuild renders the texts of the records that read a changed key and takes the others as
 * they are, without looking at each record's reads or reading the last file back.
 */
export class KeptBriefing {
  head = '';
  readonly entries = new Map<string, BriefingEntry>();
  /** Each record's reads, with who reads which key. */
  private readonly reads = new ReadIndex();

  /** The file after `delta`; changes nothing here (see `apply`). */
  render(ctx: BundleContext, delta: RenderDelta): { content: string; patch: BriefingPatch; rendered: number } {
    const redo = new Set<string>();
    for (const key of delta.changed) for (const ref of this.reads.readersOf(key)) redo.add(ref);
    const entries = new Map<string, BriefingEntry | undefined>();
    for (const [ref, record] of delta.records) {
      if (record === undefined) entries.set(ref, undefined);
      else if (!this.entries.has(ref)) redo.add(ref);
    }
    for (const ref of redo) {
      const found = ctx.resolve(ref);
      if (found) entries.set(ref, renderEntry(ctx, found.type, found.record));
    }
    const head = delta.sources.size > 0 ? briefingHead(ctx) : this.head;
    const content = assembleBriefing(head, (type) => ctx.records[type].map((record) => {
      const ref = refOf(type, record.id);
      return (entries.get(ref) ?? this.entries.get(ref)!)[0];
    }));
    return { content, patch: { head, entries }, rendered: redo.size };
  }

  /** Makes the render `patch` (from `render`, or a whole file) the kept one. */
  apply(patch: BriefingPatch): void {
    this.head = patch.head;
    for (const [ref, entry] of patch.entries) {
      this.reads.set(ref, entry?.[1]);
      if (entry === undefined) this.entries.delete(ref);
      else this.entries.set(ref, entry);
    }
  }

  /** Where each record's text stands in the file, for `.demine/` (made only when written there). */
  parts(ctx: BundleContext): BriefingParts {
    const parts: BriefingParts = {};
    assembleBriefing(this.head, (type) => ctx.records[type].map((record) => this.entries.get(refOf(type, record.id))![0]), (type, index, start, end) => {
      const ref = refOf(type, ctx.records[type][index]!.id);
      parts[ref] = [start, end, ...this.entries.get(ref)![1]];
    });
    return parts;
  }

  /** A whole file's parts as a patch: every record's text cut from it (`BriefingParts` of `renderBriefing`). */
  static whole(ctx: BundleContext, content: string, parts: BriefingParts, before: ReadonlyMap<string, BriefingEntry>): BriefingPatch {
    const entries = new Map<string, BriefingEntry | undefined>();
    for (const ref of before.keys()) if (!Object.hasOwn(parts, ref)) entries.set(ref, undefined);
    for (const [ref, part] of Object.entries(parts)) entries.set(ref, [content.slice(part[0], part[1]), part.slice(2) as string[]]);
    return { head: briefingHead(ctx), entries };
  }
}

/** What a build changes in the kept briefing: its head, and each record's entry (undefined: gone). */
export interface BriefingPatch {
  head: string;
  entries: Map<string, BriefingEntry | undefined>;
}
