/**
 * Initiative mentions in one sentence: quoted names ("“Japan-Cambodia Landmine
 * Initiative”", "the “Improvement of equipment …” projects") and capitalised names ending
 * in a head word (Initiative, Package, Project, Programme, Convention, Agreement,
 * Partnership, Coalition, Group, Conference, Summit, Resolution …), with bracketed aliases
 * ("… Convention [Ottawa Convention]"), plus anaphors ("the initiative", "This").
 *
 * Layout: `names/headed/` reads capitalised names with a head word and how far they reach
 * (nested names, phases, generic names, joint bodies, the register's treaties, head-word
 * checks); `names/titled/` names without one (quoted, after "entitled", a title line, a
 * proper name before or after a lower-case head, a name after its description);
 * `described/` reads undertakings described in lower case (grants and pledges, amounts,
 * partnerships by their parties, supported work, owners' plans, mine-action undertakings,
 * "a new … initiative to …"); `leads.ts` who leads and takes part; `anaphors.ts` "the
 * package", "This"; `title-candidate.ts` a title the body calls "the project";
 * `main-initiative.ts` the initiative a document is about.
 */
import { listedAmongBodies } from './names/listed-bodies.js';
import { linkFormerNames } from './former-names.js';
import { findListedNames } from './names/titled/listed-names.js';
import type { Token } from '../text/tokens.js';
import { collapse, nameKey, type Run } from '../text/names.js';
import { countryOrOrgWord } from './names/headed/head-rules.js';
import { countryOf, countryOfDemonym } from '../lexicon/countries.js';
import { trimHeadlineVerbs } from './headline-names.js';
import { findDescribed } from './described/described-initiatives.js';
import { findAnaphors, type InitiativeAnaphor } from './anaphors.js';
import { findQuoted } from './names/titled/quoted-names.js';
import { bracketAlias, findHeaded } from './names/headed/headed-names.js';
import { findProperBeforeHead } from './names/titled/proper-before-head.js';
import { nameAfter } from './names/titled/name-after.js';
import { findNamesAfterHead } from './names/titled/name-after-head.js';
import { findRegisteredTreaties } from './names/headed/registered-treaties.js';
import { findJointBodies } from './names/headed/joint-bodies.js';

import { titleInitiative, titleName, titleTail } from './names/titled/title-initiative.js';
import { isFree } from './spans.js';
import { findEntitled } from './names/titled/entitled-names.js';
import { findFunded } from './described/funded-initiatives.js';
import { findPledges } from './described/pledges.js';
import { findPeaceAgreements } from './described/peace-agreements.js';
import { findListedProjects } from './described/listed-projects.js';
import { apposedName } from './described/apposed-name.js';
import { findPartnerships } from './described/partnerships.js';
import { findGenericAgreements } from './described/generic-agreements.js';
import { findSupportedWork } from './described/supported-work.js';
import { scopedKey, documentKey } from './names/headed/generic-names.js';
import { findDomainUndertakings, findExtensionRequests } from './described/domain-undertakings.js';
import { phaseBefore } from './names/headed/phases.js';
import { markBareMeetings } from './names/headed/bare-meetings.js';
import { findMeetingSeries } from './names/headed/meeting-series.js';
import { meetingsOfParties } from './names/headed/meetings-of-parties.js';
import { findAcronymBeforeHead, sentenceMayHaveAcronym } from './names/headed/acronym-before-head.js';
import { MAY_DESCRIBE, MAY_FUND, MAY_PARTNER, MAY_SUPPORT, MAY_BE_JOINT, MAY_LIST_NAMES, MAY_MAKE_PEACE, MAY_AGREE, MAY_SIGN_BETWEEN, MAY_ENTITLE } from './sentence-gates.js';

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
  /** A description that may stand for an initiative named before it in the document ("the demining programme"), only for one the title named (`title`), or only for one whose sentence names its owner (`owner`, "The FSD project"). */
  weak?: boolean | 'title' | 'owner';
}


const DESCRIBING = new Set(['a', 'an', 'the']);
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
  /** A title line without a named initiative that may name the document's undertaking. */
  titleCandidate?: InitiativeMention;
}

export interface FindOptions {
  /** The sentence is the document's title line. */
  title?: boolean;
  /** The sentence is a line of its own, as a title or heading is (the document's title line or any other). */
  headline?: boolean;
  /** The document: a generic name ("Grant Agreement") stands for its own document's only. */
  scope?: string;
}

export function findInitiatives(tokens: readonly Token[], runs: readonly Run[], view: string, options: FindOptions = {}): SentenceInitiatives {
  const mentions: InitiativeMention[] = [];
  const taken = new Uint8Array(tokens.length);
  const text = (s: number, e: number): string => {
    const last = tokens[e - 1]!;
    // "the Ottawa Convention's universalization": the name without the possessive
    const end = last.poss && e - 1 > s ? last.start + last.base.length : last.end;
    return collapse(view.slice(tokens[s]!.start, end));
  };
  const add = (s: number, e: number, kind: string, quoted: boolean, display?: string): InitiativeMention | undefined => {
    for (let k = s; k < e; k++) if (taken[k]) return undefined;
    if (!quoted && listedAmongBodies(tokens, s)) return undefined;
    for (let k = s; k < e; k++) taken[k] = 1;
    const name = display ?? text(s, e);
    const m: InitiativeMention = { key: scopedKey(initiativeKey(name), name, options.scope), name, kind, tok: s, tokEnd: e, quoted, links: [], aliases: [] };
    if (tokens[s]!.poss && countryOrOrgWord(tokens[s]!)) m.owner = s;
    mentions.push(m);
    return m;
  };

  // Quoted names.
  findQuoted(tokens, add);

  // Capitalised names with a head word.
  findHeaded(tokens, runs, { taken, text, add, push: (m) => mentions.push(m), keyOf: (name) => scopedKey(initiativeKey(name), name, options.scope), linkOf: initiativeKey });

  // "the Humanitarian Mine Action (HMA) Program": the head after the acronym
  if (sentenceMayHaveAcronym(tokens)) {
    for (const a of findAcronymBeforeHead(tokens, taken)) {
      for (let k = a.start; k <= a.head; k++) taken[k] = 1;
      const name = collapse(`${text(a.start, a.open)} ${tokens[a.head]!.text}`);
      const m: InitiativeMention = { key: scopedKey(initiativeKey(name), name, options.scope), name, kind: a.kind, tok: a.start, tokEnd: a.head + 1, quoted: false, links: [], aliases: [] };
      if (a.acronym) {
        m.aliases.push(a.acronym);
        m.links.push(initiativeKey(a.acronym));
      }
      mentions.push(m);
    }
  }

  // "the Review Conference": a recurring meeting named bare is its document's last one; "Review Conferences": the series
  markBareMeetings(tokens, mentions, options.scope);
  findMeetingSeries(tokens, { taken, add, scope: options.scope });

  // Treaties of the register, by any of their names: "the Ottawa Treaty", "the APMBC".
  const extend = (m: InitiativeMention, end: number): void => {
    for (let k = m.tokEnd; k < end; k++) taken[k] = 1;
    m.tokEnd = end;
    m.name = text(m.tok, end);
    m.key = scopedKey(initiativeKey(m.name), m.name, options.scope);
  };
  findRegisteredTreaties(tokens, { taken, mentions, add, linkOf: initiativeKey, extend });
  meetingsOfParties(tokens, mentions, extend);

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
  // "several projects: the National Seminar on Mine Action; …", "the projects include the Cluster Munitions Remnant Survey …"
  if (MAY_LIST_NAMES.test(sentence)) for (const span of findListedNames(tokens, taken)) add(span.start, span.end, span.kind, false);
  // "the Binational Humanitarian Demining Unit": a body of its parties, an organisation too
  if (MAY_BE_JOINT.test(sentence)) {
    for (const span of findJointBodies(tokens, taken)) {
      const m = add(span.start, span.end, 'partnership', false);
      if (m) m.actorsInside = true;
      if (m) bracketAlias(tokens, span.end, m, { taken, text, linkOf: initiativeKey });
    }
  }
  const mayDescribe = MAY_DESCRIBE.test(sentence);
  // "the Women in Demining project": a proper name with small words before a lower-case head
  if (mayDescribe) {
    for (const span of findProperBeforeHead(tokens, taken)) add(span.start, span.end, span.kind, false);
    // "the programme Safe Schools Together": a name after a lower-case head
    for (const span of findNamesAfterHead(tokens, taken)) add(span.start, span.end, span.kind, false);
  }

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
    ...(MAY_FUND.test(sentence) ? [...findFunded(tokens, taken), ...findPledges(tokens, taken), ...findListedProjects(tokens, taken)] : []),
    ...(MAY_SUPPORT.test(sentence) ? findSupportedWork(tokens, taken) : []),
    ...(mayDescribe ? findDescribed(tokens, taken) : []),
    ...(MAY_MAKE_PEACE.test(sentence) ? findPeaceAgreements(tokens, taken) : []),
  ];
  if (mayDescribe) described.push(...findDomainUndertakings(tokens, taken), ...findExtensionRequests(tokens, taken));
  // "signed the memorandum of understanding (MOU)": an agreement named by its kind, where nothing above read it
  // (one signed "between A and B" is named by its parties, over a reading of the same words without them)
  if (MAY_AGREE.test(sentence) || MAY_SIGN_BETWEEN.test(sentence)) {
    for (const d of findGenericAgreements(tokens, taken)) {
      const i = described.findIndex((x) => x.start < d.end && d.start < x.end);
      if (i < 0) described.push(d);
      else if (d.partiesName && described[i]!.start === d.start && described[i]!.end <= d.end) described[i] = d;
    }
  }
  for (const d of described) {
    let m: InitiativeMention | undefined;
    // "the Cuando Cubango Clearance Partnership, a five-year programme to …": another name for the one just named
    const named = tokens[d.start - 2]?.text === ',' && DESCRIBING.has(tokens[d.start - 1]?.lower ?? '') ? mentions.find((x) => x.tokEnd === d.start - 2) : undefined;
    // "Masam, a Saudi project to clear landmines in Yemen, …": a name the description stands beside
    const apposed = !named && !d.overlaps ? apposedName(tokens, d.start, d.kind, taken) : undefined;
    const byName = apposed ? add(apposed.start, apposed.end, d.kind, false) : undefined;
    if (byName) {
      byName.aliases.push(text(d.start, d.end));
      taken.fill(1, d.start, d.end);
      continue;
    }
    // "the EU-funded project “Safe Return”": the description of the name that follows
    const described = !named && !d.overlaps ? nameAfter(tokens, mentions, d.end) : undefined;
    if (described) {
      if (d.participantKeys) described.participantKeys = [...(described.participantKeys ?? []), ...d.participantKeys];
      for (let k = d.start; k < d.end; k++) taken[k] = 1;
      continue;
    }
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
      m = add(d.start, d.end, d.kind, false, d.partiesName ? `${text(d.start, d.end)} between ${text(d.partiesName.start, d.partiesName.end)}` : undefined);
    }
    if (!m) continue;
    m.aliases.push(...d.aliases.map((a) => text(a.start, a.end)), ...(d.composedAliases ?? []));
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
    if (d.weak) m.weak = d.weak;
    if (d.scoped) m.key = documentKey(m.key, options.scope);
    if (d.participantKeys) m.participantKeys = d.participantKeys;
    if (d.participantSpan) m.participantSpan = d.participantSpan;
  }

  if (options.title || options.headline) {
    trimHeadlineVerbs(tokens, mentions, (m, from) => {
      const name = text(from, m.tokEnd);
      Object.assign(m, { tok: from, name, key: scopedKey(initiativeKey(name), name, options.scope) });
    });
  }
  if (options.title) for (const m of mentions) m.fromTitle = true;
  mentions.sort((a, b) => a.tok - b.tok);
  linkFormerNames(tokens, mentions);
  const out: SentenceInitiatives = { mentions, anaphors: findAnaphors(tokens, taken) };
  const titled = options.title && mentions.length === 0 ? titleName(tokens) : undefined;
  if (titled) {
    const name = text(titled.start, titled.end);
    out.titleCandidate = { key: initiativeKey(name), name, kind: 'project', tok: titled.start, tokEnd: titled.end, quoted: false, links: [], aliases: [], fromTitle: true, actorsInside: true };
  }
  return out;
}
