/**
 * The per-type listing pages as Markdown, assembled line by line. A listing is a tight list with
 * one item per record, so its text is the page's head, a blank line, then one line per record.
 * Each record's line is serialised once per record object and remembered: the builds of one
 * process (`demine build --watch`) get the same objects back for files that did not change, so a
 * rebuild after one edit serialises only the lines of the records that changed. Byte for byte
 * `toMarkdown(listingPageTree(type, ctx))` (a test holds it).
 */
import type { AnyRecord, RecordType } from '../../model/records.js';
import type { BundleContext } from '../context.js';
import { list, root } from '../markdown/mdast-helpers.js';
import { serialiseMarkdown } from '../markdown/serialise.js';
import { listingHead, listingItem, listingItemReads } from './listing-pages.js';

/** Record object → its line, with what else the line read (`listingItemReads`) when it was made. */
const lines = new WeakMap<object, [reads: string | undefined, line: string]>();

function lineOf(type: RecordType, record: AnyRecord, ctx: BundleContext): string {
  const reads = listingItemReads(type, record, ctx);
  const known = lines.get(record);
  if (known !== undefined && known[0] === reads) return known[1];
  // A list of one item, without the newline that ends the page.
  const line = serialiseMarkdown(root([list([listingItem(type, record, ctx)])])).slice(0, -1);
  lines.set(record, [reads, line]);
  return line;
}

export function listingPageMarkdown(type: RecordType, ctx: BundleContext): string {
  const head = serialiseMarkdown(listingHead(type, ctx));
  const records = ctx.records[type] as AnyRecord[];
  if (records.length === 0) return head;
  return `${head}\n${records.map((record) => lineOf(type, record, ctx)).join('\n')}\n`;
}
