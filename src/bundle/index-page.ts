/**
 * The briefing, `index.md`, as mdast: what the knowledge base covers, the initiatives with their
 * pillars in order, the key figures as a table, who the actors are, and the sources.
 * Every fact is footnoted to its source and quote.
 */
import type { Root, RootContent } from 'mdast';
import { RECORD_TYPES } from '../model/record-types.js';
import type { BundleContext } from './context.js';
import { refOf } from './context.js';
import { INDEX_PAGE, recordPath } from './links.js';
import { MarkdownWriter } from './markdown-writer.js';
import { emphasis, heading, paragraph, root, text, list, listItem } from './mdast-helpers.js';
import { oneLine, type Phrase } from './phrase.js';
import { viewOf } from './record-renderers.js';
import { sourceTable } from './sources-list.js';
import { ACTOR_KIND_GROUPS } from './views/actor.js';
import { figureTable } from './views/figure.js';
import { mention } from './views/mentions.js';
import { pillarList, pillarsHeading } from './views/pillar.js';

export const BRIEFING_TITLE = 'Mine action briefing';

/** After every draft's name, as its fact sheet's draft note: drafts never pass for reviewed records. */
export const DRAFT_MARK = ' (draft)';
const DRAFT_LEGEND = 'Records marked (draft) were extracted by machine and not yet reviewed by a person: check their quotes before relying on them.';

/** `phrase` with the draft mark after its first part (the record's name) when `status` is draft. */
const marked = (status: string | undefined, phrase: Phrase): Phrase => (status === 'draft' ? [...phrase.slice(0, 1), DRAFT_MARK, ...phrase.slice(1)] : phrase);

function hasDrafts(ctx: BundleContext): boolean {
  return RECORD_TYPES.some((info) => ctx.records[info.type].some((r) => r.status === 'draft'));
}

function countWords(ctx: BundleContext): string {
  const parts = RECORD_TYPES.map((info) => {
    const n = ctx.records[info.type].length;
    return `${n} ${n === 1 ? info.type : info.plural}`;
  });
  const n = ctx.sources.length;
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]} from ${n} source ${n === 1 ? 'document' : 'documents'}`;
}

function initiativesSection(w: MarkdownWriter, ctx: BundleContext): RootContent[] {
  const out: RootContent[] = [heading(2, text('Initiatives'))];
  if (ctx.records.initiative.length === 0) out.push(paragraph(text('No initiatives yet.')));
  for (const initiative of ctx.records.initiative) {
    const view = viewOf('initiative', initiative, ctx);
    out.push(heading(3, w.linkTo(recordPath('initiative', initiative.id), text(initiative.name)), ...(initiative.status === 'draft' ? [text(DRAFT_MARK)] : [])));
    out.push(paragraph(...w.supported({ phrase: view.sentence, support: initiative.sources })));
    if (initiative.summary) out.push(paragraph(...w.supported({ phrase: [oneLine(initiative.summary)], support: initiative.sources })));
    const pillars = ctx.pillarsOf(initiative.id);
    if (pillars.length > 0) {
      const section = pillarList(pillarsHeading(pillars), pillars, ctx);
      const items = section.items.map((item, i) => ({ ...item, phrase: marked(pillars[i]?.status, item.phrase) }));
      out.push(paragraph(text(`${section.heading}, in order:`)), list(items.map((item) => listItem(paragraph(...w.supported(item)))), true));
    }
  }
  return out;
}

function figuresSection(w: MarkdownWriter, ctx: BundleContext): RootContent[] {
  if (ctx.records.figure.length === 0) return [heading(2, text('Key figures')), paragraph(text('No figures yet.'))];
  const table = figureTable('Key figures', ctx.records.figure, ctx, true);
  const rows = table.rows.map((row, i) => ({ ...row, cells: row.cells.map((cell, c) => (c === 0 ? marked(ctx.records.figure[i]?.status, cell) : cell)) }));
  return w.section({ ...table, rows }, 2);
}

function actorsSection(w: MarkdownWriter, ctx: BundleContext): RootContent[] {
  const out: RootContent[] = [heading(2, text('Actors'))];
  if (ctx.records.actor.length === 0) out.push(paragraph(text('No actors yet.')));
  for (const group of ACTOR_KIND_GROUPS) {
    const actors = ctx.records.actor.filter((a) => a.kind === group.kind);
    if (actors.length === 0) continue;
    const items = actors.map((actor) => {
      const view = viewOf('actor', actor, ctx);
      return listItem(paragraph(...w.supported({ phrase: [mention(ctx, refOf('actor', actor.id)), ...marked(actor.status, ['']).slice(1), ' — ', ...view.description], support: actor.sources })));
    });
    out.push(heading(3, text(group.heading)), list(items));
  }
  return out;
}

export function indexPageTree(ctx: BundleContext, seedsLinkBase: string): Root {
  const w = new MarkdownWriter(ctx, INDEX_PAGE, seedsLinkBase);
  const body: RootContent[] = [
    heading(1, text(BRIEFING_TITLE)),
    paragraph(
      text(`This briefing covers ${countWords(ctx)}. Every fact is footnoted to the document it comes from, with the verbatim quote and a link to its line. Each record has its own fact sheet; follow the links.`),
    ),
    ...(hasDrafts(ctx) ? [paragraph(emphasis(text(DRAFT_LEGEND)))] : []),
    ...initiativesSection(w, ctx),
    ...figuresSection(w, ctx),
    ...actorsSection(w, ctx),
    heading(2, text('Sources')),
  ];
  body.push(ctx.sources.length > 0 ? sourceTable(INDEX_PAGE, ctx.sources, seedsLinkBase) : paragraph(text('No sources yet.')));
  body.push(...w.footnoteDefinitions());
  return root(body);
}

