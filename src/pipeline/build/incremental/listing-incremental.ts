/**
 * The per-type listing pages after a change: the line of every record whose inputs did not
 * change is taken from the page the last build wrote (where that build says it stands), and only
 * the others are serialised, as `briefing.json` is record by record (`briefing-incremental.ts`).
 * The result is byte for byte the clean render (a property test holds it).
 */
import type { BundleContext } from '../../../bundle/context.js';
import { refOf } from '../../../bundle/context.js';
import { assembleListing, listingHeadMarkdown, listingLine } from '../../../bundle/pages/listing-markdown.js';
import { listingPath } from '../../../bundle/pages/listing-pages.js';
import type { AnyRecord, RecordType } from '../../../model/records.js';
import { readsChanged } from './briefing-incremental.js';

/**
 * Record reference → where its line starts and ends on its type's listing in the last build, then
 * what it read besides the record itself (a line always reads its record: not written out).
 */
export type ListingParts = Record<string, [start: number, end: number, ...reads: string[]]>;

export interface PreviousListings {
  /** A listing page as the last build wrote it, or undefined when it cannot be trusted or read. */
  read: (rel: string) => string | undefined;
  parts: ListingParts;
  /** The dependency keys whose hash changed since that build (`changedKeys`). */
  changed: ReadonlySet<string>;
}

/** The listings of one build: each page rendered when asked, with where each of its lines stands for the next build. */
export class ListingRender {
  /** Lines serialised by this build (the others were reused). */
  rendered = 0;
  /** Where each line stands on the pages rendered so far, and what it read (for `.demine/`). */
  readonly parts: ListingParts = {};

  constructor(
    private readonly ctx: BundleContext,
    private readonly previous?: PreviousListings,
  ) {}

  page(type: RecordType): string {
    const ctx = this.ctx;
    const text = this.previous?.read(listingPath(type));
    const records = ctx.records[type] as AnyRecord[];
    // Each line's last entry when it is reused, else what it read besides its record.
    const reused: (ListingParts[string] | undefined)[] = [];
    const reads: string[][] = [];
    const lines = records.map((record, index) => {
      const ref = refOf(type, record.id);
      const before = text !== undefined ? this.previous!.parts[ref] : undefined;
      // a line always reads its own record, which its entry does not write out
      if (before !== undefined && !this.previous!.changed.has(`r:${ref}`) && !readsChanged(before, this.previous!.changed) && before[1] <= text!.length) {
        reused[index] = before;
        return text!.slice(before[0], before[1]);
      }
      this.rendered++;
      const [line, keys] = listingLine(type, record, ctx);
      const self = `r:${ref}`;
      reads[index] = keys.filter((key) => key !== self);
      return line;
    });
    return assembleListing(listingHeadMarkdown(type, ctx), lines, (index, start, end) => {
      const ref = refOf(type, records[index]!.id);
      const before = reused[index];
      // A reused line at the same place keeps its entry as it is; otherwise its reads follow the new place.
      if (before !== undefined && before[0] === start && before[1] === end) this.parts[ref] = before;
      else this.parts[ref] = [start, end, ...(before !== undefined ? (before.slice(2) as string[]) : reads[index]!)];
    });
  }
}
