/** The view of an actor: its roles, the initiatives it leads or takes part in, who belongs to it, figures about it. */
import type { Actor, Role } from '../../model/records.js';
import type { BundleContext } from '../context.js';
import { refOf } from '../context.js';
import { joinPhrases, oneLine, type Phrase } from '../words/phrase.js';
import type { RecordView, Section, Supported } from './record-view.js';
import { figureTable } from './figure.js';
import { dateOf, facts, mention, period } from './mentions.js';

const KINDS: Record<Actor['kind'], { noun: string; preposition: string; heading: string }> = {
  person: { noun: 'a person', preposition: 'from', heading: 'People' },
  organisation: { noun: 'an organisation', preposition: 'in', heading: 'Organisations' },
  country: { noun: 'a country', preposition: 'in', heading: 'Countries' },
};

/** The kinds of actor in the order a briefing lists them, with a heading each. */
export const ACTOR_KIND_GROUPS = (Object.keys(KINDS) as Actor['kind'][]).map((kind) => ({ kind, heading: KINDS[kind].heading }));

/** `Minister for Foreign Affairs, Japan (as of 6 July 2024)`; the organisation is left out when it is `within`. */
function rolePhrase(role: Role, ctx: BundleContext, within?: string): Phrase {
  const out: Phrase = [oneLine(role.title)];
  if (role.organisation && role.organisation !== within) out.push(', ', mention(ctx, role.organisation));
  const when = role.as_of && !role.until ? `as of ${dateOf(role.as_of)}` : period(role.as_of, role.until);
  if (when) out.push(` (${when})`);
  return out;
}

/** `a person from Japan`, `an organisation in Cambodia`, `a country`; the country is left out when it is `within`. */
function kindPhrase(actor: Actor, ctx: BundleContext, within?: string): Phrase {
  const kind = KINDS[actor.kind] ?? { noun: actor.kind, preposition: 'in' };
  return actor.country && actor.country !== within ? [`${kind.noun} ${kind.preposition} `, mention(ctx, actor.country)] : [kind.noun];
}

/** Its roles when it has any, else what kind of actor it is. */
function actorDescription(actor: Actor, ctx: BundleContext): Phrase {
  if (actor.roles?.length) return joinPhrases(actor.roles.map((role) => rolePhrase(role, ctx)), '; ', '; ');
  return kindPhrase(actor, ctx);
}

/** Actors that belong to this one (by country or by a role in it), with what they are in it. */
function members(actor: Actor, ctx: BundleContext): Supported[] {
  const ref = refOf('actor', actor.id);
  const found = new Map<string, Actor>();
  for (const path of ['country', 'roles.*.organisation']) {
    for (const member of ctx.referrersOf(ref, 'actor', path)) found.set(member.id, member);
  }
  return [...found.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((member) => {
      const roles = (member.roles ?? []).filter((role) => role.organisation === ref);
      const what = roles.length > 0 ? joinPhrases(roles.map((role) => rolePhrase(role, ctx, ref)), '; ', '; ') : kindPhrase(member, ctx, ref);
      return { phrase: [mention(ctx, refOf('actor', member.id)), ' — ', ...what], support: member.sources };
    });
}

export function actorView(actor: Actor, ctx: BundleContext): RecordView {
  const ref = refOf('actor', actor.id);
  const description = actorDescription(actor, ctx);
  const sections: Section[] = [];
  if (actor.roles?.length) {
    sections.push({
      kind: 'list',
      heading: 'Roles',
      ordered: false,
      items: actor.roles.map((role) => ({ phrase: rolePhrase(role, ctx), support: actor.sources })),
    });
  }
  const initiatives: Supported[] = [
    ...ctx.referrersOf(ref, 'initiative', 'leads.*').map((i) => ({ phrase: ['Leads ', mention(ctx, refOf('initiative', i.id))], support: i.sources })),
    ...ctx.referrersOf(ref, 'initiative', 'participants.*').map((i) => ({ phrase: ['Takes part in ', mention(ctx, refOf('initiative', i.id))], support: i.sources })),
  ];
  if (initiatives.length > 0) sections.push({ kind: 'list', heading: 'Initiatives', ordered: false, items: initiatives });
  const belonging = members(actor, ctx);
  if (belonging.length > 0) sections.push({ kind: 'list', heading: 'People and organisations', ordered: false, items: belonging });
  const figures = ctx.referrersOf(ref, 'figure', 'about');
  if (figures.length > 0) sections.push(figureTable('Figures', figures, ctx, false));
  return {
    type: 'actor',
    id: actor.id,
    ref,
    status: actor.status,
    title: actor.name,
    description,
    sentence: [actor.name, ' is ', ...description, '.'],
    support: actor.sources,
    facts: facts(actor.sources, [
      ['Kind', actor.kind],
      ['Also known as', actor.aliases?.map(oneLine).join('; ')],
      ['Country', actor.country ? [mention(ctx, actor.country)] : undefined],
      ['Summary', actor.summary === undefined ? undefined : oneLine(actor.summary)],
    ]),
    sections,
  };
}
