/**
 * Cross-document resolution: mentions from every document become one draft record per
 * actor and initiative (all surface forms as aliases, one source per document), figures
 * with stable ids, and pillar sets numbered per initiative. Maps only; no pairwise scans.
 */
import type { Actor, Figure, Initiative, Pillar, Role, SourceQuote } from '../model/records.js';
import type { DocumentAnalysis, QuotedActorMention, QuotedInitiativeMention } from './analyse.js';
import { UnionFind } from './union-find.js';
import { initials, slugId } from './names.js';

export interface Extraction {
  initiative: Initiative[];
  pillar: Pillar[];
  actor: Actor[];
  figure: Figure[];
}

interface Placed<T> {
  doc: DocumentAnalysis;
  docIndex: number;
  order: number;
  m: T;
}

const MAX_NAME = 300;

function byName<T>(a: [string, T], b: [string, T]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** Assigns unique kebab ids to named clusters, in a deterministic order. */
function assignIds(clusters: { root: string; name: string; first: number }[]): Map<string, string> {
  const sorted = [...clusters].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.first - b.first));
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  for (const c of sorted) {
    const base = slugId(c.name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(c.root, id);
  }
  return ids;
}

/** The most frequent string, ties to the one seen first. */
function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const v of values) {
    const c = counts.get(v)!;
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

function addSource(sources: SourceQuote[], seen: Set<string>, source: string, quote: string): void {
  if (quote === '') return;
  const key = `${source}\u0000${quote}`;
  if (seen.has(key)) return;
  seen.add(key);
  sources.push({ source, quote });
}

// ---- actors ---------------------------------------------------------------------------------

interface ActorResolution {
  actors: Actor[];
  /** Mention key → actor id, for every key of an emitted actor. */
  idOfKey: (key: string) => string | undefined;
}

function resolveActors(docs: readonly DocumentAnalysis[]): ActorResolution {
  const uf = new UnionFind();
  const placed: Placed<QuotedActorMention>[] = [];
  let order = 0;
  docs.forEach((doc, docIndex) => {
    for (const m of doc.actors) {
      if (m.surface.length > MAX_NAME) continue;
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
  for (const p of placed) {
    if (!p.m.key.startsWith('surname:')) continue;
    const word = p.m.key.slice(8);
    const local = personByWordInDoc.get(`${p.doc.id}\u0000${word}`);
    const global = personByWord.get(word);
    const unique = (set: Set<string> | undefined): string | undefined => {
      if (!set) return undefined;
      const roots = new Set([...set].map((k) => uf.find(k)));
      return roots.size === 1 ? [...roots][0] : undefined;
    };
    const target = unique(local) ?? unique(global);
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
      const long = members.filter((p) => p.m.key.startsWith('org:')).map((p) => p.m.surface);
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

// ---- initiatives -----------------------------------------------------------------------------

interface InitiativeResolution {
  initiatives: Initiative[];
  idOfKey: (key: string) => string | undefined;
}

function wordCount(name: string): number {
  return name.split(/[\s-]+/).length;
}

function resolveInitiatives(docs: readonly DocumentAnalysis[], actorId: (key: string) => string | undefined): InitiativeResolution {
  const uf = new UnionFind();
  const placed: Placed<QuotedInitiativeMention>[] = [];
  let order = 0;
  docs.forEach((doc, docIndex) => {
    // A short name that begins a longer one of the same kind in the same document is its alias ("Contact Group").
    const longer = new Map<string, string>();
    for (const m of doc.initiatives) {
      if (m.name.length > MAX_NAME) continue;
      placed.push({ doc, docIndex, order: order++, m });
      uf.add(m.key);
      for (const l of m.links) uf.union(m.key, l);
      const words = m.key.split(' ');
      for (let n = 2; n < words.length && n <= 16; n++) {
        const prefix = words.slice(0, n).join(' ');
        if (!longer.has(prefix)) longer.set(prefix, `${m.kind}\u0000${m.key}`);
      }
    }
    for (const m of doc.initiatives) {
      const long = longer.get(m.key);
      if (!long) continue;
      const [kind, key] = long.split('\u0000') as [string, string];
      if (kind === m.kind && wordCount(m.key) >= 2) uf.union(key, m.key);
    }
  });
  const clusters = new Map<string, Placed<QuotedInitiativeMention>[]>();
  for (const p of placed) {
    const root = uf.find(p.m.key);
    const list = clusters.get(root) ?? [];
    list.push(p);
    clusters.set(root, list);
  }
  interface Draft { root: string; name: string; first: number; kind: string; members: Placed<QuotedInitiativeMention>[] }
  const drafts: Draft[] = [];
  for (const [root, members] of [...clusters.entries()].sort(byName)) {
    const maxWords = Math.max(...members.map((p) => wordCount(p.m.name)));
    const name = mostFrequent(members.filter((p) => wordCount(p.m.name) === maxWords).map((p) => p.m.name))!;
    const kind = members.find((p) => p.m.name === name)!.m.kind;
    drafts.push({ root, name, first: members[0]!.order, kind, members });
  }
  const ids = assignIds(drafts);
  const initiatives: Initiative[] = [];
  for (const d of drafts) {
    const aliases: string[] = [];
    const seenAlias = new Set<string>([d.name]);
    const sources: SourceQuote[] = [];
    const seenSource = new Set<string>();
    const leads = new Set<string>();
    const participants = new Set<string>();
    const perDoc = new Map<string, Placed<QuotedInitiativeMention>>();
    for (const p of d.members) {
      for (const a of [p.m.name, ...p.m.aliases]) {
        if (!seenAlias.has(a) && a.length <= MAX_NAME) {
          seenAlias.add(a);
          aliases.push(a);
        }
      }
      const current = perDoc.get(p.doc.id);
      if (!current || (!current.m.quoted && p.m.quoted) || (current.m.leads.length === 0 && p.m.leads.length > 0)) perDoc.set(p.doc.id, p);
      for (const k of p.m.leads) {
        const id = actorId(k);
        if (id) leads.add(`actor:${id}`);
      }
      for (const k of p.m.participants) {
        const id = actorId(k);
        if (id) participants.add(`actor:${id}`);
      }
    }
    for (const l of leads) participants.delete(l);
    for (const p of [...perDoc.values()].sort((a, b) => a.order - b.order)) addSource(sources, seenSource, p.doc.id, p.m.quote);
    const initiative: Initiative = { id: ids.get(d.root)!, name: d.name } as Initiative;
    if (aliases.length > 0) initiative.aliases = aliases;
    initiative.kind = d.kind;
    if (leads.size > 0) initiative.leads = [...leads].sort();
    if (participants.size > 0) initiative.participants = [...participants].sort();
    initiative.status = 'draft';
    initiative.sources = sources;
    initiatives.push(initiative);
  }
  return { initiatives, idOfKey: (key) => (uf.has(key) ? ids.get(uf.find(key)) : undefined) };
}

// ---- figures ---------------------------------------------------------------------------------

function numberSlug(n: number): string {
  return String(Number(n.toPrecision(12))).replace(/e\+?/, 'e');
}

function resolveFigures(docs: readonly DocumentAnalysis[], refOf: (key: string) => string | undefined): Figure[] {
  const byId = new Map<string, { figure: Figure; seen: Set<string> }>();
  for (const doc of docs) {
    for (const f of doc.figures) {
      const about = f.aboutKey ? refOf(f.aboutKey) : undefined;
      const amount = f.value !== undefined ? numberSlug(f.value) : f.min !== undefined && f.max !== undefined ? `${numberSlug(f.min)}-to-${numberSlug(f.max)}` : f.qualifier ?? 'some';
      const measureWords = f.measure.split(/\s+/).slice(0, 6).join(' ');
      const aboutPart = about ? about.slice(about.indexOf(':') + 1).split('-').slice(0, 4).join('-') : '';
      const id = slugId([aboutPart, measureWords, amount, f.unit === 'count' ? '' : f.unit].filter(Boolean).join(' '));
      const existing = byId.get(id);
      if (existing) {
        addSource(existing.figure.sources, existing.seen, doc.id, f.quote);
        continue;
      }
      const figure: Figure = { id } as Figure;
      if (f.value !== undefined) figure.value = f.value;
      if (f.min !== undefined) figure.min = f.min;
      if (f.max !== undefined) figure.max = f.max;
      figure.unit = f.unit;
      if (f.qualifier) figure.qualifier = f.qualifier;
      figure.measure = f.measure.slice(0, 500);
      if (about) figure.about = about;
      if (doc.date) figure.as_of = doc.date;
      figure.text = f.text.slice(0, 500);
      figure.status = 'draft';
      figure.sources = [];
      const seen = new Set<string>();
      addSource(figure.sources, seen, doc.id, f.quote);
      if (figure.sources.length > 0) byId.set(id, { figure, seen });
    }
  }
  return [...byId.values()].map((x) => x.figure);
}

// ---- pillars ---------------------------------------------------------------------------------

function resolvePillars(docs: readonly DocumentAnalysis[], initiativeId: (key: string) => string | undefined): Pillar[] {
  interface SetRef { doc: DocumentAnalysis; docIndex: number; set: DocumentAnalysis['pillarSets'][number] }
  const byInitiative = new Map<string, SetRef[]>();
  docs.forEach((doc, docIndex) => {
    for (const set of doc.pillarSets) {
      const id = initiativeId(set.initiativeKey);
      if (!id) continue;
      const list = byInitiative.get(id) ?? [];
      list.push({ doc, docIndex, set });
      byInitiative.set(id, list);
    }
  });
  const pillars: Pillar[] = [];
  for (const [initiative, sets] of byInitiative) {
    sets.sort((a, b) => b.set.strength - a.set.strength || a.docIndex - b.docIndex || a.set.at - b.set.at);
    const term = sets[0]!.set.term;
    const base = initiative.slice(0, 100).replace(/-+$/, '');
    const byOrder = new Map<number, { pillar: Pillar; seen: Set<string> }>();
    for (const { doc, set } of sets) {
      if (set.term !== term) continue;
      set.items.forEach((item, i) => {
        const order = i + 1;
        const quote = set.quotes[i] ?? '';
        const existing = byOrder.get(order);
        if (existing) {
          addSource(existing.pillar.sources, existing.seen, doc.id, quote);
          return;
        }
        const pillar: Pillar = {
          id: `${base}-${term ?? 'pillar'}-${order}`,
          initiative: `initiative:${initiative}`,
          order,
        } as Pillar;
        if (term) pillar.term = term;
        pillar.title = item.title.slice(0, 500);
        pillar.text = item.text.slice(0, 20000);
        pillar.status = 'draft';
        pillar.sources = [];
        const seen = new Set<string>();
        addSource(pillar.sources, seen, doc.id, quote);
        if (pillar.sources.length > 0) byOrder.set(order, { pillar, seen });
      });
    }
    // Positions must run 1..n without gaps.
    for (let order = 1; byOrder.has(order); order++) pillars.push(byOrder.get(order)!.pillar);
  }
  return pillars;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Resolves the analyses of a corpus into draft records, each type sorted by id. */
export function resolveCorpus(analyses: readonly DocumentAnalysis[]): Extraction {
  const docs = [...analyses].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const actors = resolveActors(docs);
  const initiatives = resolveInitiatives(docs, actors.idOfKey);
  const refOf = (key: string): string | undefined => {
    if (key.startsWith('init:')) {
      const id = initiatives.idOfKey(key);
      return id ? `initiative:${id}` : undefined;
    }
    const id = actors.idOfKey(key);
    return id ? `actor:${id}` : undefined;
  };
  const figures = resolveFigures(docs, refOf);
  const pillars = resolvePillars(docs, initiatives.idOfKey);
  return {
    initiative: initiatives.initiatives.sort(byId),
    pillar: pillars.sort(byId),
    actor: actors.actors.sort(byId),
    figure: figures.sort(byId),
  };
}
