/** The view of a pillar: its initiative, its position among that initiative's pillars, its text. */
import { DEFAULT_PILLAR_TERM, pillarTerm, type Pillar } from '../../model/records.js';
import type { BundleContext } from '../context.js';
import { refOf } from '../context.js';
import { oneLine, type Phrase } from '../words/phrase.js';
import type { ListSection, RecordView } from './record-view.js';
import { facts, mention } from './mentions.js';

/** `pillars`, `approaches`, `priorities`. */
export function termPlural(term: string): string {
  if (/(s|x|ch|sh)$/.test(term)) return `${term}es`;
  if (/[^aeiou]y$/.test(term)) return `${term.slice(0, -1)}ies`;
  return `${term}s`;
}

/** The word for a set of pillars: theirs when they agree (`Approaches`), else `Pillars`. */
export function pillarsHeading(pillars: readonly Pillar[]): string {
  const terms = new Set(pillars.map(pillarTerm));
  const [term] = terms;
  const word = terms.size === 1 && term !== undefined ? termPlural(term) : termPlural(DEFAULT_PILLAR_TERM);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** An initiative's pillars (`BundleContext.pillarsOf`) as its sets, one per set word, each in its order. */
export function pillarSets(pillars: readonly Pillar[]): Pillar[][] {
  const sets = new Map<string, Pillar[]>();
  for (const p of pillars) {
    const term = pillarTerm(p);
    sets.set(term, [...(sets.get(term) ?? []), p]);
  }
  return [...sets.values()];
}

/** The ordered list of an initiative's pillars, each linked except `current`. */
export function pillarList(heading: string, pillars: readonly Pillar[], ctx: BundleContext, current?: string): ListSection {
  return {
    kind: 'list',
    heading,
    ordered: true,
    items: pillars.map((p) => {
      const name: Phrase = p.id === current ? [{ text: p.title, strong: true }] : [mention(ctx, refOf('pillar', p.id))];
      return { phrase: p.text ? [...name, `: ${oneLine(p.text)}`] : name, support: p.sources };
    }),
  };
}

export function pillarView(pillar: Pillar, ctx: BundleContext): RecordView {
  const initiative = ctx.resolve(pillar.initiative);
  const term = pillarTerm(pillar);
  // the pillars of its own set: "objective 2 of 3", beside the initiative's areas
  const siblings = initiative ? ctx.pillarsOf(initiative.record.id).filter((p) => pillarTerm(p) === term) : [];
  const position = siblings.length > 0 ? `${pillar.order} of ${siblings.length}` : String(pillar.order);
  const description: Phrase = [`${term} ${position} of `, mention(ctx, pillar.initiative)];
  return {
    type: 'pillar',
    id: pillar.id,
    ref: refOf('pillar', pillar.id),
    status: pillar.status,
    title: pillar.title,
    description,
    sentence: [pillar.title, ' is ', ...description, '.'],
    support: pillar.sources,
    facts: facts(pillar.sources, [
      ['Initiative', [mention(ctx, pillar.initiative)]],
      ['Position', position],
      ['Term', pillar.term],
      ['Text', pillar.text === undefined ? undefined : oneLine(pillar.text)],
    ]),
    sections: siblings.length > 1 ? [pillarList(`All ${pillarsHeading(siblings).toLowerCase()} of ${ctx.label(pillar.initiative)}`, siblings, ctx, pillar.id)] : [],
  };
}
