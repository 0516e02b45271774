/** The view of an initiative: who leads and takes part, what it belongs to, its pillars in order, its figures. */
import type { Initiative } from '../../model/records.js';
import type { BundleContext } from '../context.js';
import { refOf } from '../context.js';
import { oneLine, withArticle, type Phrase } from '../words/phrase.js';
import type { RecordView, Section } from './record-view.js';
import { figureTable } from './figure.js';
import { dateOf, facts, mention, mentions, period } from './mentions.js';
import { pillarList, pillarSets, pillarsHeading } from './pillar.js';

/** `a partnership led by Japan, with Cambodia taking part, part of …, announced 6 July 2024`. */
function initiativeDescription(initiative: Initiative, ctx: BundleContext): Phrase {
  const out: Phrase = [withArticle(initiative.kind)];
  if (initiative.leads?.length) out.push(' led by ', ...mentions(ctx, initiative.leads));
  if (initiative.participants?.length) out.push(', with ', ...mentions(ctx, initiative.participants), ' taking part');
  if (initiative.part_of) out.push(', part of ', mention(ctx, initiative.part_of));
  if (initiative.announced) out.push(`, announced ${dateOf(initiative.announced)}`);
  const runs = period(initiative.start, initiative.end, 'starting', 'ending');
  if (runs) out.push(`, ${initiative.start && initiative.end ? `running from ${runs}` : runs}`);
  return out;
}

export function initiativeView(initiative: Initiative, ctx: BundleContext): RecordView {
  const ref = refOf('initiative', initiative.id);
  const description = initiativeDescription(initiative, ctx);
  const pillars = ctx.pillarsOf(initiative.id);
  const parts = ctx.referrersOf(ref, 'initiative', 'part_of');
  const figures = ctx.referrersOf(ref, 'figure', 'about');
  const sections: Section[] = [];
  for (const set of pillarSets(pillars)) sections.push(pillarList(pillarsHeading(set), set, ctx));
  if (parts.length > 0) {
    sections.push({
      kind: 'list',
      heading: 'Includes',
      ordered: false,
      items: parts.map((part) => ({ phrase: [mention(ctx, refOf('initiative', part.id))], support: part.sources })),
    });
  }
  if (figures.length > 0) sections.push(figureTable('Figures', figures, ctx, false));
  return {
    type: 'initiative',
    id: initiative.id,
    ref,
    status: initiative.status,
    title: initiative.name,
    description,
    sentence: [initiative.name, ' is ', ...description, '.'],
    support: initiative.sources,
    facts: facts(initiative.sources, [
      ['Kind', initiative.kind],
      ['Also known as', initiative.aliases?.map(oneLine).join('; ')],
      ['Led by', initiative.leads && mentions(ctx, initiative.leads)],
      ['Taking part', initiative.participants && mentions(ctx, initiative.participants)],
      ['Part of', initiative.part_of ? [mention(ctx, initiative.part_of)] : undefined],
      ['Announced', dateOf(initiative.announced)],
      ['Starts', dateOf(initiative.start)],
      ['Ends', dateOf(initiative.end)],
      ['Summary', initiative.summary === undefined ? undefined : oneLine(initiative.summary)],
    ]),
    sections,
  };
}
