/**
 * Actors across documents: every mention key of one actor joins one record — full names
 * and surnames alone, acronyms and long names (defined, or spelled by the initials),
 * spelling variants; aliases are all other surface forms, one source per document.
 */
import type { Actor, Role, SourceQuote } from '../../model/records.js';
import type { DocumentAnalysis, QuotedActorMention } from '../analysis.js';
import { UnionFind } from './union-find.js';
import { initials } from '../text/names.js';
import { countryOf } from '../lexicon/countries.js';
import { qualifiedMentions } from './government-keys.js';
import { addSource, assignIds, byName, MAX_NAME, mostFrequent, type Placed } from './resolve-common.js';

export interface ActorResolution {
  actors: Actor[];
  /** Mention key → actor id, for every key of an emitted actor. */
  idOfKey: (key: string) => string | undefined;
}

export function resolveActors(docs: readonly DocumentAnalysis[]): ActorResolution {
  const uf = new UnionFind();
  const placed: Placed<QuotedActorMention>[] = [];
  let order = 0;
  docs.forEach((doc, docIndex) => {
    for (const m of qualifiedMentions(doc)) {
      // a country named only to place something else ("Peshawar, Pakistan") is no actor of its own
      if (m.surface.length > MAX_NAME || m.place) continue;
      placed.push({ doc, docIndex, order: order++, m });
    }
  });

  // Names, acronym links, and the words of every full personal name.
  const personByWord = new Map<string, Set<string>>();
  const personByWordInDoc = new Map<string, Set<string>>();
  for (const { doc, m } of placed) {
    if (m.key.startsWith('surname:')) continue;
    uf.add(m.key);
    for (const l of m.links) uf.union(m.key, l);
    if (m.key.startsWith('person:')) {
      for (const word of m.key.slice(7).split(' ')) {
        if (word.length < 2) continue;
        const g = personByWord.get(word) ?? new Set<string>();
        g.add(m.key);
        personByWord.set(word, g);
        const local = `${doc.id}\u0000${word}`;
        const l = personByWordInDoc.get(local) ?? new Set<string>();
        l.add(m.key);
        personByWordInDoc.set(local, l);
      }
    }
  }
  // Surnames alone ("Kamikawa", "Manet") join the one person whose name has that word.
  const dropped = new Set<Placed<QuotedActorMention>>();
  const unique = (set: Set<string> | undefined): string | undefined => {
    if (!set) return undefined;
    let root: string | undefined;
    for (const k of set) {
      const r = uf.find(k);
      if (root !== undefined && r !== root) return undefined;
      root = r;
    }
    return root;
  };
  const targets = new Map<string, string | null>();
  for (const p of placed) {
    if (!p.m.key.startsWith('surname:')) continue;
    const word = p.m.key.slice(8);
    const localKey = `${p.doc.id}\u0000${word}`;
    let target = targets.get(localKey);
    if (target === undefined) {
      target = unique(personByWordInDoc.get(localKey)) ?? unique(personByWord.get(word)) ?? null;
      targets.set(localKey, target);
    }
    if (target) uf.union(target, p.m.key);
    else if (p.m.evidence && p.m.roles.length > 0) uf.add(p.m.key);
    else dropped.add(p);
  }
  // Acronyms never defined join the one organisation whose initials they spell.
  const orgRootsByInitials = new Map<string, Set<string>>();
  for (const { m } of placed) {
    if (!m.key.startsWith('org:')) continue;
    const ini = initials(m.surface);
    if (ini.length < 2) continue;
    const set = orgRootsByInitials.get(ini) ?? new Set<string>();
    set.add(uf.find(m.key));
    orgRootsByInitials.set(ini, set);
  }
  // "HALO" and "The HALO Trust": a name that opens with the acronym in capitals
  for (const { m } of placed) {
    if (!m.key.startsWith('org:')) continue;
    const first = /^(?:The\s+)?(\p{Lu}{2,})\s/u.exec(m.surface);
    // an office of an organisation ("UNDP Representative Office in Ukraine") is not the organisation
    if (!first || /\b(?:office|mission|delegation|representation|team|branch|bureau)\b/i.test(m.surface)) continue;
    const set = orgRootsByInitials.get(first[1]!) ?? new Set<string>();
    set.add(uf.find(m.key));
    orgRootsByInitials.set(first[1]!, set);
  }
  // "Department of State" and "United States Department of State": a name the country's name opens
  const orgKeys = new Set<string>();
  for (const { m } of placed) if (m.key.startsWith('org:')) orgKeys.add(m.key);
  // a body qualified only by its document's country may still be the one a longer name gives a country
  const byHome = new Map<string, string[]>();
  for (const { m } of placed) {
    if (!m.byHome) continue;
    const bare = m.key.slice(0, m.key.indexOf('@'));
    const list = byHome.get(bare) ?? [];
    if (!list.includes(m.key)) list.push(m.key);
    byHome.set(bare, list);
  }
  const withoutCountry = new Map<string, Set<string>>();
  for (const key of orgKeys) {
    if (key.includes('@')) continue;
    const words = key.slice(4).split(' ');
    for (let n = 1; n <= 3 && n < words.length - 1; n++) {
      const country = countryOf(words.slice(0, n).join(' '));
      if (!country) continue;
      // "United States Department of State" and a "Department of State" of the United States
      const bare = `org:${words.slice(n).join(' ')}`;
      const rests = [bare, `${bare}@country:${country}`].filter((k) => orgKeys.has(k));
      for (const k of byHome.get(bare) ?? []) if (!rests.includes(k)) rests.push(k);
      for (const rest of rests) {
        const set = withoutCountry.get(rest) ?? new Set<string>();
        set.add(key);
        withoutCountry.set(rest, set);
      }
    }
  }
  for (const [rest, longer] of withoutCountry) if (longer.size === 1) uf.union([...longer][0]!, rest);
  const rootHasOrg = new Set<string>();
  for (const { m } of placed) if (m.key.startsWith('org:')) rootHasOrg.add(uf.find(m.key));
  for (const { m } of placed) {
    if (!m.key.startsWith('acr:')) continue;
    const root = uf.find(m.key);
    if (rootHasOrg.has(root)) continue;
    const candidates = orgRootsByInitials.get(m.key.slice(4));
    if (candidates && candidates.size === 1) {
      const target = [...candidates][0]!;
      uf.union(target, m.key);
      rootHasOrg.add(uf.find(target));
    }
  }

  // Clusters.
  const clusters = new Map<string, Placed<QuotedActorMention>[]>();
  for (const p of placed) {
    if (dropped.has(p)) continue;
    const root = uf.find(p.m.key);
    const list = clusters.get(root) ?? [];
    list.push(p);
    clusters.set(root, list);
  }

  interface Draft { root: string; name: string; first: number; kind: Actor['kind']; members: Placed<QuotedActorMention>[] }
  const drafts: Draft[] = [];
  for (const [root, members] of [...clusters.entries()].sort(byName)) {
    const keys = members.map((p) => p.m.key);
    let kind: Actor['kind'];
    let name: string | undefined;
    if (keys.some((k) => k.startsWith('country:'))) {
      // Every country named is kept, places included: the analyst decides what matters.
      kind = 'country';
      name = members.find((p) => p.m.key.startsWith('country:'))!.m.key.slice(8);
    } else if (keys.some((k) => k.startsWith('org:') || k.startsWith('acr:'))) {
      kind = 'organisation';
      const long = members.filter((p) => p.m.key.startsWith('org:')).map((p) => p.m.display ?? p.m.surface);
      if (long.length === 0 && !members.some((p) => p.m.evidence)) continue;
      name = mostFrequent(long) ?? mostFrequent(members.map((p) => p.m.surface));
    } else {
      kind = 'person';
      const full = members.filter((p) => p.m.key.startsWith('person:')).map((p) => p.m.display ?? p.m.surface);
      name = mostFrequent(full) ?? mostFrequent(members.map((p) => p.m.surface));
    }
    if (!name) continue;
    drafts.push({ root, name, first: members[0]!.order, kind, members });
  }
  const ids = assignIds(drafts);
  const idOfKey = (key: string): string | undefined => (uf.has(key) ? ids.get(uf.find(key)) : undefined);

  const countryIds = new Set(drafts.filter((d) => d.kind === 'country').map((d) => `actor:${ids.get(d.root)}`));
  const actors: Actor[] = [];
  for (const d of drafts) {
    const id = ids.get(d.root)!;
    const aliases: string[] = [];
    const seenAlias = new Set<string>([d.name]);
    const sources: SourceQuote[] = [];
    const seenSource = new Set<string>();
    const roles: Role[] = [];
    const seenRole = new Set<string>();
    const perDoc = new Map<string, Placed<QuotedActorMention>>();
    for (const p of d.members) {
      if (!seenAlias.has(p.m.surface)) {
        seenAlias.add(p.m.surface);
        aliases.push(p.m.surface);
      }
      for (const form of p.m.alsoCalled ?? []) {
        if (!seenAlias.has(form)) {
          seenAlias.add(form);
          aliases.push(form);
        }
      }
      const current = perDoc.get(p.doc.id);
      if (!current || (current.m.roles.length === 0 && p.m.roles.length > 0)) perDoc.set(p.doc.id, p);
      for (const r of p.m.roles) {
        if (r.title.length > 300) continue;
        const org = r.orgKey ? idOfKey(r.orgKey) : undefined;
        const roleKey = `${r.title.toLowerCase()}\u0000${org ?? ''}`;
        if (seenRole.has(roleKey) || org === id) continue;
        seenRole.add(roleKey);
        const role: Role = { title: r.title };
        if (org) role.organisation = `actor:${org}`;
        if (p.doc.date) role.as_of = p.doc.date;
        roles.push(role);
      }
    }
    // A title also given with its organisation needs no bare copy.
    const withOrg = new Set(roles.filter((r) => r.organisation).map((r) => r.title.toLowerCase()));
    for (let r = roles.length - 1; r >= 0; r--) if (!roles[r]!.organisation && withOrg.has(roles[r]!.title.toLowerCase())) roles.splice(r, 1);
    for (const p of [...perDoc.values()].sort((a, b) => a.order - b.order)) addSource(sources, seenSource, p.doc.id, p.m.quote);
    const actor: Actor = { id, name: d.name } as Actor;
    if (aliases.length > 0) actor.aliases = aliases;
    actor.kind = d.kind;
    if (d.kind === 'person') {
      const countryRole = roles.find((r) => r.organisation !== undefined && countryIds.has(r.organisation));
      if (countryRole?.organisation) actor.country = countryRole.organisation;
    }
    if (roles.length > 0) actor.roles = roles;
    actor.status = 'draft';
    actor.sources = sources;
    if (sources.length > 0) actors.push(actor);
  }
  return { actors, idOfKey };
}

