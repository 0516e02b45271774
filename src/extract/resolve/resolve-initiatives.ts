/**
 * Initiatives across documents: spellings that share a key, bracketed aliases and short
 * forms of a longer name in the same document join one record, named by its fullest,
 * most frequent form; leads and participants become actor references.
 */
import type { Initiative, SourceQuote } from '../../model/records.js';
import type { DocumentAnalysis, QuotedInitiativeMention } from '../analysis.js';
import { UnionFind } from './union-find.js';
import { CURRENCY_SYMBOLS, UNIT_SEQUENCES } from '../lexicon/units.js';
import { MAGNITUDES } from '../lexicon/numbers.js';
import { addSource, assignIds, byName, MAX_NAME, type Placed } from './resolve-common.js';

export interface InitiativeResolution {
  initiatives: Initiative[];
  idOfKey: (key: string) => string | undefined;
}

/** A key without the document a generic name is kept to ("init:action plan @doc" → "init:action plan"). */
function unscoped(key: string): string {
  const at = key.indexOf(' @');
  return at < 0 ? key : key.slice(0, at);
}

function wordCount(name: string): number {
  return name.split(/[\s-]+/).length;
}

/**
 * A weak description ("the demining programme") stands for the last initiative of its kind
 * named before it in its document; it joins that one, and else stays one of its own. One
 * weak only towards the title ("NPA signed an agreement with the EU") joins only the title's;
 * one weak towards its owner ("The FSD project") only one whose sentence names that owner.
 */
function joinWeak(mentions: readonly QuotedInitiativeMention[], uf: UnionFind): void {
  const lastByKind = new Map<string, QuotedInitiativeMention>();
  const ordered = [...mentions].sort((a, b) => a.sentence - b.sentence || a.tok - b.tok);
  for (const m of ordered) {
    if (!m.weak) {
      lastByKind.set(m.kind, m);
      continue;
    }
    const named = lastByKind.get(m.kind);
    // "The FSD project" joins the last project only when the sentence naming that one names FSD
    const owner = m.weak === 'owner' ? m.name.split(' ')[0]! : undefined;
    if (named && (m.weak !== 'title' || named.fromTitle) && (owner === undefined || named.quote.split(/[^\p{L}\p{N}]+/u).includes(owner))) uf.union(named.key, m.key);
  }
}

/** The ISO code of a currency written as a symbol ("£"), a code ("EUR") or a word ("pounds"), by the lexicon. */
function currencyCode(written: string): string {
  return CURRENCY_SYMBOLS.get(written) ?? UNIT_SEQUENCES.find(([seq]) => seq.length === 1 && seq[0] === written)?.[1] ?? written;
}

/** A giver's grant noun before its amount: "Germany's contribution of an ". */
const OWNED_GRANT = /^[A-Z][^']*'s (?:contribution|donation|grant|pledge|commitment|allocation|package) of (?:an? )?/;

/**
 * The amount a grant's name opens with, as currency and value: "$8 million" of "additional $8
 * million (€6.7 million) for the detection …"; "£46 million" and "46 million pounds" are the same.
 */
function grantAmount(written: string): string | undefined {
  // "Germany's contribution of an additional $5.7 million to …": the amount after its giver's grant noun
  const name = written.replace(OWNED_GRANT, '');
  const m = /^(?:(?:additional|further|extra)\s)?(?:([$€£¥]|[A-Z]{3})\s?)?(\d[\d,]*(?:\.\d+)?)(?:\s(million|billion|thousand|mln|bln|mn|bn))?(?:\s(dollars|euros|pounds|[A-Z]{3}))?(?=\s|$)/.exec(name);
  if (!m || (m[1] === undefined && m[4] === undefined)) return undefined;
  const code = m[1] ?? m[4]!;
  const value = Number(m[2]!.replace(/,/g, '')) * (m[3] ? MAGNITUDES.get(m[3])! : 1);
  return `${currencyCode(code)} ${value}`;
}

/**
 * A grant the title states and the text states again ("EU pledges additional $8 million for
 * explosives clearance in Iraq" / "would allocate an additional $8 million (€6.7 million) for the
 * detection …") is one package: the same amount, one of the two in the title.
 */
function joinRestatedGrants(mentions: readonly QuotedInitiativeMention[], uf: UnionFind): void {
  const titled = new Map<string, QuotedInitiativeMention>();
  for (const m of mentions) {
    const amount = m.kind === 'package' && m.fromTitle ? grantAmount(m.name) : undefined;
    if (amount !== undefined && !titled.has(amount)) titled.set(amount, m);
  }
  if (titled.size === 0) return;
  for (const m of mentions) {
    const amount = m.kind === 'package' && !m.fromTitle ? grantAmount(m.name) : undefined;
    const title = amount !== undefined ? titled.get(amount) : undefined;
    if (title) uf.union(title.key, m.key);
  }
}

/** Kind nouns that may follow a name without making it another undertaking: "Masam" and "the Masam project". */
const KIND_NOUNS = new Set(['project', 'programme', 'program', 'initiative']);

/** "the Masam project" is "Masam", a name of its document followed by its kind noun. */
function joinNameWithKind(mentions: readonly QuotedInitiativeMention[], uf: UnionFind): void {
  const byWords = new Map<string, QuotedInitiativeMention>();
  for (const m of mentions) if (!m.weak) byWords.set(unscoped(m.key).slice(5), m);
  for (const m of mentions) {
    const words = unscoped(m.key).slice(5).split(' ');
    if (words.length < 2 || !KIND_NOUNS.has(words[words.length - 1]!)) continue;
    const named = byWords.get(words.slice(0, -1).join(' '));
    if (named && named !== m && named.kind === m.kind) uf.union(named.key, m.key);
  }
}

/** Whether the words of `short` occur in `long` in order. */
function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

/**
 * A name shortened by leaving out an inner word ("Binational Demining Unit" for "Binational
 * Humanitarian Demining Unit") is the same initiative in one document: same kind, same first
 * and last word, its words in order in the longer name, which is one word longer and short.
 */
function joinShortened(mentions: readonly QuotedInitiativeMention[], uf: UnionFind): void {
  const groups = new Map<string, QuotedInitiativeMention[]>();
  for (const m of mentions) {
    if (m.weak || m.quoted) continue;
    const words = unscoped(m.key).slice(5).split(' ');
    if (words.length < 3) continue;
    const group = `${m.kind} ${words[0]} ${words[words.length - 1]}`;
    const list = groups.get(group) ?? [];
    if (!list.some((x) => x.key === m.key)) list.push(m);
    groups.set(group, list);
  }
  for (const list of groups.values()) {
    if (list.length < 2 || list.length > 8) continue;
    for (const a of list) {
      for (const b of list) {
        const aw = unscoped(a.key).slice(5).split(' ');
        const bw = unscoped(b.key).slice(5).split(' ');
        if (aw.length + 1 === bw.length && bw.length <= 6 && isSubsequence(aw, bw)) uf.union(b.key, a.key);
      }
    }
  }
}

export function resolveInitiatives(docs: readonly DocumentAnalysis[], actorId: (key: string) => string | undefined): InitiativeResolution {
  const uf = new UnionFind();
  const placed: Placed<QuotedInitiativeMention>[] = [];
  let order = 0;
  docs.forEach((doc, docIndex) => {
    // A short name that begins a longer one of the same kind in the same document is its alias ("Contact Group").
    const longer = new Map<string, string>();
    const seen = new Set<string>();
    for (const m of doc.initiatives) {
      if (m.name.length > MAX_NAME) continue;
      placed.push({ doc, docIndex, order: order++, m });
      uf.add(m.key);
      for (const l of m.links) uf.union(m.key, l);
      if (seen.has(m.key)) continue;
      seen.add(m.key);
      const words = unscoped(m.key).split(' ');
      let prefix = words[0] ?? '';
      for (let n = 2; n < words.length && n <= 16; n++) {
        prefix += ` ${words[n - 1]}`;
        if (!longer.has(prefix)) longer.set(prefix, `${m.kind}\u0000${m.key}`);
      }
    }
    joinWeak(doc.initiatives, uf);
    joinShortened(doc.initiatives, uf);
    joinNameWithKind(doc.initiatives, uf);
    joinRestatedGrants(doc.initiatives, uf);
    for (const m of doc.initiatives) {
      const long = longer.get(unscoped(m.key));
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
    // A name rather than a description that joined it ("the humanitarian programme in Laos"); then the fullest; the most frequent; a quoted one; the first.
    const named = members.some((p) => !p.m.weak) ? members.filter((p) => !p.m.weak) : members;
    let maxWords = 0;
    for (const p of named) maxWords = Math.max(maxWords, wordCount(p.m.name));
    const longest = named.filter((p) => wordCount(p.m.name) === maxWords);
    const counts = new Map<string, number>();
    for (const p of longest) counts.set(p.m.name, (counts.get(p.m.name) ?? 0) + 1);
    const top = Math.max(...counts.values());
    const frequent = longest.filter((p) => counts.get(p.m.name) === top);
    const name = (frequent.find((p) => p.m.quoted) ?? frequent[0]!).m.name;
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
    // a description that joined a name is no other name for it: aliases are keys that join records ("Review Conference")
    const describedOnly = d.members.some((p) => !p.m.weak);
    for (const p of d.members) {
      for (const a of describedOnly && p.m.weak ? p.m.aliases : [p.m.name, ...p.m.aliases]) {
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

