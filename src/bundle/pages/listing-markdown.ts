/**
 * The per-type listing pages as Markdown, assembled line by line. A listing is a tight list with
 * one item per record, so its text is the page's head, a blank line, then one line per record.
 * Each record's line is serialised once per record object and remembered: the builds of one
 * process (`demine build --watch`) get the same objects back for files that did not change, so a
 * rebuild after one edit serialises only the lines of the records that changed. Between
 * processes, the incremental build takes unchanged lines from the page the last build wrote
 * (`listing-incremental.ts`). Byte for byte `toMarkdown(listingPageTree(type, ctx))` (a test holds it).
 */
import type { AnyRecord, RecordType } from '../../model/records.js';
import type { BundleContext } from '../context.js';
import { refOf } from '../context.js';
import { list, root } from '../markdown/mdast-helpers.js';
import { serialiseMarkdown } from '../markdown/serialise.js';
import { listingHead, listingItem, listingItemReads } from './listing-pages.js';

/** A record's line on its listing, with the dependency keys it was rendered from (`BundleContext.track`). */
export type ListingLine = [line: string, reads: string[]];

/** Record object → its line, with what else the line read (`listingItemReads`) when it was made. */
const lines = new WeakMap<object, [reads: string | undefined, line: ListingLine]>();

/** One record's line (without the newline that ends it), remembered for the record object. */
export function listingLine(type: RecordType, record: AnyRecord, ctx: BundleContext): ListingLine {
  const reads = listingItemReads(type, record, ctx);
  const known = lines.get(record);
  if (known !== undefined && known[0] === reads) return known[1];
  const { result, reads: keys } = ctx.track(() => {
    ctx.resolve(refOf(type, record.id)); // a line reads its own record
    // A list of one item, without the newline that ends the page.
    return serialiseMarkdown(root([list([listingItem(type, record, ctx)])])).slice(0, -1);
  });
  const line: ListingLine = [result, keys];
  lines.set(record, [reads, line]);
  return line;
}

/** The page's head (`listingHead`) as Markdown. */
export function listingHeadMarkdown(type: RecordType, ctx: BundleContext): string {
  return serialiseMarkdown(listingHead(type, ctx));
}

/**
 * A listing page from its head and its records' lines in order; `at`, when given, is told where
 * each line starts and ends in the page.
 */
export function assembleListing(head: string, lines: readonly string[], at?: (index: number, start: number, end: number) => void): string {
  if (lines.length === 0) return head;
  if (at) {
    let offset = head.length + 1;
    lines.forEach((line, index) => {
      at(index, offset, offset + line.length);
      offset += line.length + 1;
    });
  }
  return `${head}\n${lines.join('\n')}\n`;
}

export function listingPageMarkdown(type: RecordType, ctx: BundleContext): string {
  const records = ctx.records[type] as AnyRecord[];
  return assembleListing(listingHeadMarkdown(type, ctx), records.map((record) => listingLine(type, record, ctx)[0]));
}
