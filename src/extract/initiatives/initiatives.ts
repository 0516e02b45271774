/**
 * Initiative mentions in one sentence: quoted names ("“Japan-Cambodia Landmine
 * Initiative”", "the “Improvement of equipment …” projects") and capitalised names ending
 * in a head word (Initiative, Package, Project, Programme, Convention, Agreement,
 * Partnership, Coalition, Group, Conference, Summit, Resolution …), with bracketed aliases
 * ("… Convention [Ottawa Convention]"), plus anaphors ("the initiative", "This").
 *
 * Layout: `names/` reads names (quoted, after "entitled", a title line, nested names, phases,
 * generic agreement names, head-word checks); `described/` reads undertakings described in
 * lower case (grants and pledges, partnerships by their parties, supported work, owners'
 * plans, "a new … initiative to …"); `leads.ts` who leads and takes part; `anaphors.ts`
 * "the package", "This"; `main-initiative.ts` the initiative a document is about.
 */
import type { Token } from '../text/tokens.js';
import type { Run } from '../text/names.js';
import { collapse, isCapWord, nameKey } from '../text/names.js';
import { INITIATIVE_HEADS, LEADING_NOISE, ORG_HEADS, ROLE_HEADS } from '../lexicon/names.js';
import { countryOrOrgWord, dayTail, headFits, namedAsOrganisation } from './names/head-rules.js';
import { countryOf, countryOfDemonym } from '../lexicon/countries.js';
import { findDescribed } from './described/described-initiatives.js';
import { findAnaphors, type InitiativeAnaphor } from './anaphors.js';
import { findQuoted, groupIsInitiative } from './names/quoted-names.js';

import { titleInitiative, titleTail } from './names/title-initiative.js';
import { isFree } from './spans.js';
import { findEntitled } from './names/entitled-names.js';
import { findFunded } from './described/funded-initiatives.js';
import { findPartnerships } from './described/partnerships.js';
import { findSupportedWork } from './described/supported-work.js';
import { genericWithParties, isGenericName, scopedKey } from './names/generic-names.js';
import { LABEL_WORDS } from '../lexicon/numbers.js';
import { phaseBefore } from './names/phases.js';
import { nestedName } from './names/nested-names.js';

export type { InitiativeAnaphor } from './anaphors.js';

export interface InitiativeMention {
  /** `init:<key>`. */
  key: string;
  name: string;
  kind: string;
  tok: number;
  tokEnd: number;
  quoted: boolean;
  /** Keys of other names for the same initiative given here ("[Ottawa Convention]"). */
  links: string[];
  /** Those other names as written. */
  aliases: string[];
  /** Token index of a possessive owner before the name ("Japan's Comprehensive Package"). */
  owner?: number;
  /** Keys of actors the wording says lead it ("Lithuanian-led …"). */
  leadKeys?: string[];
  /** Keys of actors the wording says take part ("EU-funded …"). */
  participantKeys?: string[];
  /** Tokens whose actors take part ("the partnership between A, B and C"). */
  participantSpan?: { start: number; end: number };
  /** Named in the document's title. */
  fromTitle?: boolean;
  /** Described by its parties, whose names inside it are actors too ("partnership between A and B"). */
  actorsInside?: boolean;
}


const DESCRIBING = new Set(['a', 'an', 'the']);
/** A cheap test that a sentence may describe an initiative in lower case. */
const MAY_DESCRIBE = /-led\b|\(|\b(?:initiative|project|programme|program|pact|agreement|accord|treaty|resolution|partnership|package|coalition|plan|strategy|campaign|effort|mechanism|vision|policy|agenda|roadmap|meeting|session|conference|summit|assembly|pillars|approaches|principles|phases|priorities|results|outcomes|objectives|goals|components|areas|mission|memorandum)\b/i;
/** Cheap tests that a sentence may hold a grant, a partnership by its parties, a donor's support, a title after "entitled". */
const MAY_FUND = /-funded|-financed|-backed|-sponsored|-supported|million|billion|pledge|grant|[$\u20AC\u00A3\u00A5]|\b(?:USD|EUR|GBP|JPY|AUD|CHF)\b/i;
const MAY_PARTNER = /\b(?:partnership|agreement|memorandum|accord|pact|treaty|alliance|initiative|programm?e?|project)\b/i;
const MAY_SUPPORT = /\b(?:support|fund|financ|sponsor)/i;
const MAY_ENTITLE = /\b(?:entitled|titled|called|named|dubbed)\b/i;
const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
const SEGMENT_BREAKS = new Set(['of', 'for', 'on', 'to', 'the']);

/**
 * The key under which spellings of one initiative meet; a possessive owner before a proper
 * name is dropped ("Japan's Comprehensive Package"), but kept before a description, which
 * without it would be anyone's ("Kenya's mine action programme").
 */
export function initiativeKey(name: string): string {
  const stripped = name.includes('s ') ? name.replace(/^[\p{L}.-]+(?:\s[\p{Lu}][\p{L}.-]*)?['\u2019]s\s+(?=\p{Lu})/u, '') : name;
  return `init:${nameKey(stripped)}`;
}


export interface SentenceInitiatives {
  mentions: InitiativeMention[];
  anaphors: InitiativeAnaphor[];
}

export interface FindOptions {
  /** The sentence is the document's title line. */
  title?: boolean;
  /** The document: a generic name ("Grant Agreement") stands for its own document's only. */
  scope?: string;
}

export function findInitiatives(tokens: readonly Token[], runs: readonly Run[], view: string, options: FindOptions = {}): SentenceInitiatives {
  const mentions: InitiativeMention[] = [];
  const taken = new Uint8Array(tokens.length);
  const text = (s: number, e: number): string => {
    const last = tokens[e - 1]!;
    return collapse(view.slice(tokens[s]!.start, last.end));
  };
  const add = (s: number, e: number, kind: string, quoted: boolean): InitiativeMention | undefined => {
    for (let k = s; k < e; k++) if (taken[k]) return undefined;
    for (let k = s; k < e; k++) taken[k] = 1;
    const name = text(s, e);
    const m: InitiativeMention = { key: scopedKey(initiativeKey(name), name, options.scope), name, kind, tok: s, tokEnd: e, quoted, links: [], aliases: [] };
    if (tokens[s]!.poss && countryOrOrgWord(tokens[s]!)) m.owner = s;
    mentions.push(m);
    return m;
  };

  // Quoted names.
  findQuoted(tokens, add);

  // Capitalised names with a head word.
  for (const run of runs) {
    for (let h = run.start; h < run.end; h++) {
      const head = tokens[h]!;
      if (!head.cap || head.allCaps || taken[h]) continue;
      const kind = INITIATIVE_HEADS.get(head.lower);
      if (!kind) continue;
      // Back to the start of the name's segment.
      let s = h;
      while (s - 1 >= run.start && !taken[s - 1]) {
        const p = tokens[s - 1]!;
        if (p.kind === 'word' && !p.cap && SEGMENT_BREAKS.has(p.lower)) break;
        if (p.lower === 'and' && !p.cap) {
          if (tokens[s]?.lower === 'the' || countryOf(tokens[s - 2]?.base ?? '')) break;
        }
        if (p.poss && !(s - 1 === run.start)) break;
        s--;
      }
      // "Second Review Conference": an ordinal tells one meeting from another
      while (s < h && (LEADING_NOISE.has(tokens[s]!.lower) || (tokens[s]!.kind === 'word' && !tokens[s]!.cap)) && !(kind === 'conference' && tokens[s]!.cap && ORDINAL_WORDS.has(tokens[s]!.lower) && isCapWord(tokens[s + 1]))) s++;
      // A possessive owner just before the run: "Japan's Comprehensive Package".
      if (s === run.start && s > 0 && tokens[s - 1]!.poss && isCapWord(tokens[s - 1]) && !taken[s - 1]) s--;
      if (kind === 'group' && !groupIsInitiative(tokens, h, s)) continue;
      if (tokens[h + 1] && ROLE_HEADS.has(tokens[h + 1]!.lower)) continue;
      if (kind === 'programme' && /^(?:the )?(?:united nations|un|world)\b/i.test(text(s, h + 1))) continue;
      if (!headFits(tokens, s, h, kind)) continue;
      // "Project RENEW, a local organisation": the text says it is an organisation
      if (namedAsOrganisation(tokens, run.end)) continue;
      // Forward: a number ("Resolution 1325"), then "of/on/for … Capitalised" tails.
      let e = h + 1;
      if (tokens[e]?.kind === 'num' && e < run.end) e++;
      // "Strategy 2024–2027", "Vision 2030": years after the head belong to the name
      else if (tokens[e]?.kind === 'num' && /^(?:19|20)\d\d$/.test(tokens[e]!.text) && tokens[e]!.start === head.end + 1) {
        e++;
        if ((tokens[e]?.text === '-' || tokens[e]?.text === '\u2013') && tokens[e + 1]?.kind === 'num' && /^(?:19|20)\d\d$/.test(tokens[e + 1]!.text) && tokens[e]!.start === tokens[e - 1]!.end) e += 2;
      }
      while (e < run.end) {
        const u = tokens[e]!;
        // "… Initiative Phase 2"
        if (u.kind === 'num' && LABEL_WORDS.has(tokens[e - 1]!.lower)) {
          e++;
          continue;
        }
        if (isCapWord(u) && !ORG_HEADS.has(u.lower)) {
          e++;
          continue;
        }
        if (u.kind === 'word' && !u.cap && (u.lower === 'of' || u.lower === 'on' || u.lower === 'for' || u.lower === 'the' || u.lower === 'a' || u.lower === 'an' || u.lower === 'and')) {
          let k = e + 1;
          while (k < run.end && (tokens[k]!.lower === 'the' || tokens[k]!.lower === 'a' || tokens[k]!.lower === 'an') && !tokens[k]!.cap) k++;
          if (k < run.end && isCapWord(tokens[k]) && !(u.lower === 'and' && countryOf(tokens[k]!.base))) {
            e = k;
            continue;
          }
        }
        if (isCapWord(u)) {
          e++;
          continue;
        }
        break;
      }
      const words = tokens.slice(s, e).filter((x) => x.kind === 'word' && x.cap).length;
      if (words < 2) continue;
      if (kind === 'day') e = dayTail(tokens, e);
      // "Memorandum of Understanding between Japan and Cambodia": the parties belong to a generic name
      const named = e;
      if (isGenericName(text(s, e))) e = genericWithParties(tokens, e);
      const m = add(s, e, kind, false);
      if (m && e > named) {
        m.actorsInside = true;
        m.participantSpan = { start: named + 1, end: e };
      }
      // "… of the Convention on Certain Conventional Weapons (CCW)": the inner name is one too, and takes the acronym
      const nested = m ? nestedName(tokens, h, e) : undefined;
      let last = m;
      if (m && nested) {
        const name = text(nested.start, e);
        last = { key: scopedKey(initiativeKey(name), name, options.scope), name, kind: nested.kind, tok: nested.start, tokEnd: e, quoted: false, links: [], aliases: [] };
        mentions.push(last);
      }
      if (last) bracketAlias(tokens, e, last, text, taken);
      h = e - 1;
    }
  }

  // "Phase II of the Northern Roads Project": a phase of a named initiative
  for (const m of [...mentions]) {
    const phase = phaseBefore(tokens, m.tok);
    if (!phase) continue;
    const name = text(phase.start, m.tokEnd);
    mentions.push({ key: initiativeKey(name), name, kind: m.kind, tok: phase.start, tokEnd: m.tokEnd, quoted: false, links: [], aliases: [] });
  }

  // Titles after a naming word, quote closed or not: "the project entitled "Further Strengthening …".
  const sentence = tokens.length > 0 ? view.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end) : '';
  if (MAY_ENTITLE.test(sentence)) for (const span of findEntitled(tokens, taken)) add(span.start, span.end, span.kind, true);

  // A title naming a project: "Mine Action agreement with the EU for Angola".
  if (options.title) {
    const span = titleInitiative(tokens);
    const m = span && mentions.length === 0 ? add(span.start, span.end, span.kind, false) : undefined;
    if (m) m.actorsInside = true;
    // "Mine Action Strategy for the Australian aid program 2010–2014": the name runs to the end of the title
    const first = mentions.find((x) => x.tok <= 1);
    const end = first ? titleTail(tokens, first.tokEnd) : 0;
    if (first && end > first.tokEnd && isFree(taken, first.tokEnd, end)) {
      first.tokEnd = end;
      first.name = text(first.tok, end);
      first.key = scopedKey(initiativeKey(first.name), first.name, options.scope);
      first.actorsInside = true;
    }
  }

  // Initiatives described in lower case (only where a telling word occurs).
  const described = [
    ...(MAY_PARTNER.test(sentence) ? findPartnerships(tokens, taken) : []),
    ...(MAY_FUND.test(sentence) ? findFunded(tokens, taken) : []),
    ...(MAY_SUPPORT.test(sentence) ? findSupportedWork(tokens, taken) : []),
    ...(MAY_DESCRIBE.test(sentence) ? findDescribed(tokens, taken) : []),
  ];
  for (const d of described) {
    let m: InitiativeMention | undefined;
    // "the Cuando Cubango Clearance Partnership, a five-year programme to …": another name for the one just named
    const named = tokens[d.start - 2]?.text === ',' && DESCRIBING.has(tokens[d.start - 1]?.lower ?? '') ? mentions.find((x) => x.tokEnd === d.start - 2) : undefined;
    if (named && !d.overlaps) {
      named.aliases.push(text(d.start, d.end));
      for (let k = d.start; k < d.end; k++) taken[k] = 1;
      continue;
    }
    if (d.overlaps) {
      const name = text(d.start, d.end);
      m = { key: initiativeKey(name), name, kind: d.kind, tok: d.start, tokEnd: d.end, quoted: false, links: [], aliases: [] };
      mentions.push(m);
    } else {
      m = add(d.start, d.end, d.kind, false);
    }
    if (!m) continue;
    for (const a of d.aliases) m.aliases.push(text(a.start, a.end));
    if (d.acronym) {
      m.aliases.push(d.acronym);
      m.links.push(initiativeKey(d.acronym));
    }
    if (d.leadTok !== undefined) {
      const lead = tokens[d.leadTok]!;
      const word = lead.base.replace(/-led$/i, '');
      const country = countryOf(word) ?? countryOfDemonym(word);
      if (country) m.leadKeys = [`country:${country}`];
      else if (lead.allCaps) m.leadKeys = [`acr:${word}`];
      // "Yemen's mine action operations": the owner is part of what is described
      if (d.leadTok >= d.start && d.leadTok < d.end) m.key = `init:${nameKey(m.name)}`;
    }
    if (d.actorsInside) m.actorsInside = true;
    if (d.participantKeys) m.participantKeys = d.participantKeys;
    if (d.participantSpan) m.participantSpan = d.participantSpan;
  }

  if (options.title) for (const m of mentions) m.fromTitle = true;
  mentions.sort((a, b) => a.tok - b.tok);
  return { mentions, anaphors: findAnaphors(tokens, taken) };
}

/** "… Convention [Ottawa Convention]" or "… Initiative (JCLI)": another name for the same initiative. */
function bracketAlias(
  tokens: readonly Token[],
  e: number,
  m: InitiativeMention,
  text: (s: number, e: number) => string,
  taken: Uint8Array,
): void {
  const open = tokens[e];
  if (!open || (open.text !== '[' && open.text !== '(')) return;
  const close = open.text === '[' ? ']' : ')';
  let k = e + 1;
  while (k < tokens.length && k < e + 12 && tokens[k]!.text !== close) k++;
  if (tokens[k]?.text !== close || k === e + 1) return;
  const inner = tokens.slice(e + 1, k);
  if (!inner.every((t) => t.kind === 'word' || t.text === '-')) return;
  if (!inner.some((t) => t.cap)) return;
  const alias = text(e + 1, k);
  m.links.push(initiativeKey(alias));
  m.aliases.push(alias);
  for (let j = e + 1; j < k; j++) taken[j] = 1;
}
