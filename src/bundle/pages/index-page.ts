/**
 * The briefing, `index.md`, as mdast: a summary that stays readable however large the
 * knowledge base grows. What it covers (counts), the most cited initiatives with their
 * pillars in order, the key figures as a table, the most cited actors, the most cited
 * sources, each at most `SUMMARY_LIMIT`, and links to the complete listings
 * (`listing-pages.ts`), from which every record is one more link away.
 * Every fact is footnoted to its source and quote; drafts are marked.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { SourceDocument } from '../../model/knowledge-base.js';
import type { AnyRecord, RecordOfType, RecordType } from '../../model/records.js';
import { RECORD_TYPES } from '../../model/record-types.js';
import type { BundleContext } from '../context.js';
import { refOf } from '../context.js';
import { INDEX_PAGE, recordPath } from '../links.js';
import { citationCount, DRAFT_MARK, draftMark, listingPath, SOURCES_LISTING } from './listing-pages.js';
import { MarkdownWriter } from '../markdown/writer.js';
import { emphasis, heading, list, listItem, paragraph, root, text } from '../markdown/mdast-helpers.js';
import { oneLine, type Phrase } from '../words/phrase.js';
import { viewOf } from '../views/record-renderers.js';
import { sourceTable } from './sources-list.js';
import { ACTOR_KIND_GROUPS } from '../views/actor.js';
import { figureTable } from '../views/figure.js';
import { mention } from '../views/mentions.js';
import { pillarList, pillarSets, pillarsHeading } from '../views/pillar.js';

export const BRIEFING_TITLE = 'Mine action briefing';

const DRAFT_LEGEND = 'Records marked (draft) were extracted by machine and not yet reviewed by a person: check their quotes before relying on them.';

/** `phrase` with the draft mark after its first part (the record's name) when `status` is draft. */
const marked = (status: string | undefined, phrase: Phrase): Phrase => (status === 'draft' ? [...phrase.slice(0, 1), DRAFT_MARK, ...phrase.slice(1)] : phrase);

function hasDrafts(ctx: BundleContext): boolean {
  return RECORD_TYPES.some((info) => ctx.records[info.type].some((r) => r.status === 'draft'));
}

/** At most this many initiatives, figures, actors of each kind and sources are shown in the briefing itself. */
export const SUMMARY_LIMIT = 20;

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The most cited records of a type (ties by id), at most `SUMMARY_LIMIT`. */
function mostCited<T extends RecordType>(ctx: BundleContext, type: T, records: readonly RecordOfType[T][]): RecordOfType[T][] {
  const scored = records.map((record) => ({ record, score: citationCount(ctx, type, record as AnyRecord) }));
  scored.sort((a, b) => b.score - a.score || byId(a.record, b.record));
  return scored.slice(0, SUMMARY_LIMIT).map((s) => s.record);
}

function countWords(ctx: BundleContext): string {
  const parts = RECORD_TYPES.map((info) => {
    const n = ctx.records[info.type].length;
    return `${n} ${n === 1 ? info.type : info.plural}`;
  });
  const n = ctx.sources.length;
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]} from ${n} source ${n === 1 ? 'document' : 'documents'}`;
}

function draftCount(ctx: BundleContext): number {
  return RECORD_TYPES.reduce((n, info) => n + (ctx.records[info.type] as AnyRecord[]).filter((r) => r.status === 'draft').length, 0);
}

/** `Showing the 20 most cited of 512 initiatives; all of them: All initiatives.`, or nothing when all are shown. */
function moreLine(w: MarkdownWriter, shown: number, total: number, plural: string, listing: string): RootContent[] {
  if (shown >= total) return [];
  return [paragraph(text(`The ${shown} most cited of ${total} ${plural}; the complete list: `), w.linkTo(listing, text(`all ${plural}`)), text('.'))];
}

function initiativesSection(w: MarkdownWriter, ctx: BundleContext): RootContent[] {
  const out: RootContent[] = [heading(2, text('Initiatives'))];
  if (ctx.records.initiative.length === 0) out.push(paragraph(text('No initiatives yet.')));
  const shown = mostCited(ctx, 'initiative', ctx.records.initiative);
  for (const initiative of shown) {
    const view = viewOf('initiative', initiative, ctx);
    out.push(heading(3, w.linkTo(recordPath('initiative', initiative.id), text(initiative.name)), ...draftMark(initiative)));
    out.push(paragraph(...w.supported({ phrase: view.sentence, support: initiative.sources })));
    if (initiative.summary) out.push(paragraph(...w.supported({ phrase: [oneLine(initiative.summary)], support: initiative.sources })));
    for (const pillars of pillarSets(ctx.pillarsOf(initiative.id))) {
      const section = pillarList(pillarsHeading(pillars), pillars, ctx);
      const items = section.items.map((item, i) => ({ ...item, phrase: marked(pillars[i]?.status, item.phrase) }));
      out.push(paragraph(text(`${section.heading}, in order:`)), list(items.map((item) => listItem(paragraph(...w.supported(item)))), true));
    }
  }
  out.push(...moreLine(w, shown.length, ctx.records.initiative.length, 'initiatives', listingPath('initiative')));
  return out;
}

function figuresSection(w: MarkdownWriter, ctx: BundleContext): RootContent[] {
  if (ctx.records.figure.length === 0) return [heading(2, text('Key figures')), paragraph(text('No figures yet.'))];
  const shown = mostCited(ctx, 'figure', ctx.records.figure);
  const table = figureTable('Key figures', shown, ctx, true);
  const rows = table.rows.map((row, i) => ({ ...row, cells: row.cells.map((cell, c) => (c === 0 ? marked(shown[i]?.status, cell) : cell)) }));
  return [...w.section({ ...table, rows }, 2), ...moreLine(w, shown.length, ctx.records.figure.length, 'figures', listingPath('figure'))];
}

function actorsSection(w: MarkdownWriter, ctx: BundleContext): RootContent[] {
  const out: RootContent[] = [heading(2, text('Most cited actors'))];
  if (ctx.records.actor.length === 0) out.push(paragraph(text('No actors yet.')));
  let shownCount = 0;
  for (const group of ACTOR_KIND_GROUPS) {
    const actors = mostCited(ctx, 'actor', ctx.records.actor.filter((a) => a.kind === group.kind));
    if (actors.length === 0) continue;
    shownCount += actors.length;
    const items = actors.map((actor) => {
      const view = viewOf('actor', actor, ctx);
      return listItem(paragraph(...w.supported({ phrase: [mention(ctx, refOf('actor', actor.id)), ...marked(actor.status, ['']).slice(1), ' — ', ...view.description], support: actor.sources })));
    });
    out.push(heading(3, text(group.heading)), list(items));
  }
  out.push(...moreLine(w, shownCount, ctx.records.actor.length, 'actors', listingPath('actor')));
  return out;
}

function sourcesSection(w: MarkdownWriter, ctx: BundleContext, seedsLinkBase: string): RootContent[] {
  const out: RootContent[] = [heading(2, text('Sources'))];
  if (ctx.sources.length === 0) return [...out, paragraph(text('No sources yet.'))];
  const cited = new Map<string, number>();
  for (const info of RECORD_TYPES) {
    for (const record of ctx.records[info.type] as AnyRecord[]) for (const id of new Set(record.sources.map((s) => s.source))) cited.set(id, (cited.get(id) ?? 0) + 1);
  }
  const shown: SourceDocument[] = [...ctx.sources].sort((a, b) => (cited.get(b.id) ?? 0) - (cited.get(a.id) ?? 0) || byId(a, b)).slice(0, SUMMARY_LIMIT);
  out.push(sourceTable(INDEX_PAGE, shown, seedsLinkBase));
  out.push(...moreLine(w, shown.length, ctx.sources.length, 'sources', SOURCES_LISTING));
  return out;
}

/** `Complete listings: all 4 initiatives, all 12 pillars, …, all 5 sources.` */
function listingsLine(w: MarkdownWriter, ctx: BundleContext): RootContent {
  const links: PhrasingContent[] = [text('Complete listings: ')];
  const entries: [string, string][] = [
    ...RECORD_TYPES.map((info): [string, string] => [`all ${ctx.records[info.type].length} ${info.plural}`, listingPath(info.type)]),
    [`all ${ctx.sources.length} sources`, SOURCES_LISTING],
  ];
  entries.forEach(([label, target], i) => {
    if (i > 0) links.push(text(', '));
    links.push(w.linkTo(target, text(label)));
  });
  links.push(text('.'));
  return paragraph(...links);
}

export function indexPageTree(ctx: BundleContext, seedsLinkBase: string): Root {
  const w = new MarkdownWriter(ctx, INDEX_PAGE, seedsLinkBase);
  const drafts = draftCount(ctx);
  const body: RootContent[] = [
    heading(1, text(BRIEFING_TITLE)),
    paragraph(
      text(
        `This briefing covers ${countWords(ctx)}. Every fact is footnoted to the document it comes from, with the verbatim quote and a link to its line. Each record has its own fact sheet; follow the links.` +
          (drafts > 0 ? ` ${drafts} ${drafts === 1 ? 'record is a machine draft' : 'records are machine drafts'}, marked (draft), not yet reviewed by a person.` : ''),
      ),
    ),
    ...(hasDrafts(ctx) ? [paragraph(emphasis(text(DRAFT_LEGEND)))] : []),
    listingsLine(w, ctx),
    ...initiativesSection(w, ctx),
    ...figuresSection(w, ctx),
    ...actorsSection(w, ctx),
    ...sourcesSection(w, ctx, seedsLinkBase),
  ];
  body.push(...w.footnoteDefinitions());
  return root(body);
}

