/**
 * The complete listings the briefing links to: one page per record type
 * (`listings/<plural>.md`, one line per record, drafts marked) and one of every source
 * (`listings/sources.md`). With them every record is reachable from `index.md` in two links,
 * however large the knowledge base, while `index.md` itself stays a summary.
 */
import type { ListItem, PhrasingContent, Root } from 'mdast';
import { pillarTerm, type AnyRecord, type Figure, type Pillar, type RecordType } from '../../model/records.js';
import { RECORD_TYPES, typeInfo } from '../../model/record-types.js';
import type { BundleContext } from '../context.js';
import { refOf } from '../context.js';
import { figureWords } from '../words/figure-words.js';
import { INDEX_PAGE, recordPath, relativeUrl } from '../links.js';
import { emphasis, heading, link, list, listItem, paragraph, root, text } from '../markdown/mdast-helpers.js';
import { oneLine } from '../words/phrase.js';
import { sourceTable } from './sources-list.js';

export const LISTINGS_DIR = 'listings';
export const SOURCES_LISTING = `${LISTINGS_DIR}/sources.md`;

export function listingPath(type: RecordType): string {
  return `${LISTINGS_DIR}/${typeInfo(type).plural}.md`;
}

/** After every draft's name, as its fact sheet's draft note: drafts never pass for reviewed records. */
export const DRAFT_MARK = ' (draft)';

export function draftMark(record: { status?: string }): PhrasingContent[] {
  return record.status === 'draft' ? [text(DRAFT_MARK)] : [];
}

/** The words a listing shows for a record: its name, title or figure in words. */
export function recordTitle(type: RecordType, record: AnyRecord): string {
  if (type === 'figure') return figureWords(record as Figure);
  const value = (record as unknown as Record<string, unknown>)[typeInfo(type).labelField];
  return typeof value === 'string' ? oneLine(value) : record.id;
}

/** The initiative a pillar's line names: its id and title when it resolves, else the reference as written. */
function pillarInitiative(record: AnyRecord, ctx: BundleContext): { id?: string; name: string } {
  const initiative = String((record as unknown as Record<string, unknown>).initiative);
  const target = ctx.resolve(initiative);
  return target ? { id: target.record.id, name: recordTitle('initiative', target.record) } : { name: initiative };
}

/** What follows the link on a listing line: `— organisation`, `— pillar 2 of <initiative>`. */
function detail(from: string, type: RecordType, record: AnyRecord, ctx: BundleContext): PhrasingContent[] {
  const r = record as unknown as Record<string, unknown>;
  switch (type) {
    case 'actor':
      return [text(` — ${String(r.kind)}`)];
    case 'initiative':
      return [text(` — ${String(r.kind)}`)];
    case 'figure':
      return [text(` — ${oneLine(String(r.measure))}`)];
    case 'pillar': {
      const { id, name } = pillarInitiative(record, ctx);
      return [text(` — ${pillarTerm(record as Pillar)} ${String(r.order)} of `), id !== undefined ? link(relativeUrl(from, recordPath('initiative', id)), text(name)) : text(name)];
    }
  }
}

function backToBriefing(from: string): PhrasingContent {
  return link(relativeUrl(from, INDEX_PAGE), text('Briefing'));
}

/** One record's line on its type's listing (a list item). */
export function listingItem(type: RecordType, record: AnyRecord, ctx: BundleContext): ListItem {
  const from = listingPath(type);
  return listItem(paragraph(link(relativeUrl(from, recordPath(type, record.id)), text(recordTitle(type, record))), ...detail(from, type, record, ctx), ...draftMark(record)));
}

/** The name a pillar's listing line shows for its initiative (what the line reads besides the pillar), else undefined. */
export function listingItemReads(type: RecordType, record: AnyRecord, ctx: BundleContext): string | undefined {
  if (type !== 'pillar') return undefined;
  const { id, name } = pillarInitiative(record, ctx);
  return id !== undefined ? `${id}\0${name}` : '';
}

/** A listing page's blocks before its list of records. */
export function listingHead(type: RecordType, ctx: BundleContext): Root {
  const info = typeInfo(type);
  const from = listingPath(type);
  const records = ctx.records[type] as AnyRecord[];
  const drafts = records.filter((r) => r.status === 'draft').length;
  const title = `All ${info.plural} (${records.length})`;
  return root([
    paragraph(backToBriefing(from), text(` › ${info.plural}`)),
    heading(1, text(title)),
    paragraph(text(records.length === 0 ? `No ${info.plural} yet.` : `Every ${type} in the knowledge base, by id${drafts > 0 ? `; ${drafts} marked (draft) are machine drafts not yet reviewed` : ''}.`)),
  ]);
}

export function listingPageTree(type: RecordType, ctx: BundleContext): Root {
  const items = (ctx.records[type] as AnyRecord[]).map((record) => listingItem(type, record, ctx));
  const head = listingHead(type, ctx);
  return root([...head.children, ...(items.length > 0 ? [list(items)] : [])]);
}

export function sourcesListingTree(ctx: BundleContext, seedsLinkBase: string): Root {
  return root([
    paragraph(backToBriefing(SOURCES_LISTING), text(' › sources')),
    heading(1, text(`All sources (${ctx.sources.length})`)),
    ctx.sources.length > 0 ? sourceTable(SOURCES_LISTING, ctx.sources, seedsLinkBase) : paragraph(text('No sources yet.')),
  ]);
}

/** Every listing page's path with its tree. */
export function listingTrees(ctx: BundleContext, seedsLinkBase: string): [string, Root][] {
  return [...RECORD_TYPES.map((info): [string, Root] => [listingPath(info.type), listingPageTree(info.type, ctx)]), [SOURCES_LISTING, sourcesListingTree(ctx, seedsLinkBase)]];
}

/** How much a record is cited: the records that refer to it, plus the documents that state it. */
export function citationCount(ctx: BundleContext, type: RecordType, record: AnyRecord): number {
  return ctx.referrerCount(refOf(type, record.id)) + new Set(record.sources.map((s) => s.source)).size;
}
