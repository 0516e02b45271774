/**
 * Capitalised names ending in a head word (Initiative, Package, Project, Programme,
 * Convention, Agreement, Partnership, Coalition, Group, Conference, Fund, Day, Strategy …):
 * the name runs back over its capitalised words and on over "of/on/for … Capitalised" tails,
 * a number or years ("Resolution 1325", "Strategy 2024–2027"), a generic name's parties, and
 * takes a bracketed alias ("… Convention [Ottawa Convention]", "… Initiative (JCLI)").
 */
import type { Token } from '../../../text/tokens.js';
import type { Run } from '../../../text/names.js';
import { isCapWord } from '../../../text/names.js';
import { FIELD_LABELS, INITIATIVE_HEADS, LEADING_NOISE, ORG_HEADS, ROLE_HEADS, TERM_ACRONYMS } from '../../../lexicon/names.js';
import { countryOf } from '../../../lexicon/countries.js';
import { LABEL_WORDS } from '../../../lexicon/numbers.js';
import type { InitiativeMention } from '../../initiatives.js';
import { dayTail, headFits, namedAsOrganisation } from './head-rules.js';
import { groupIsInitiative } from '../titled/quoted-names.js';
import { genericWithParties, genericWithTopic, isGenericName } from './generic-names.js';
import { nestedName } from './nested-names.js';
import { partiesSignedLater } from '../../described/generic-agreements.js';
import { reachBack, reachBackInRun, reachBackOverNumber, reachOn } from './name-reach.js';
import { isYear, periodEnd, yearSpanEnd } from './periods.js';
import { registeredAt } from '../../../lexicon/register.js';
import { personClosesRun } from '../../../text/person-closes-run.js';

export interface HeadedContext {
  taken: Uint8Array;
  text: (s: number, e: number) => string;
  add: (s: number, e: number, kind: string, quoted: boolean) => InitiativeMention | undefined;
  push: (m: InitiativeMention) => void;
  /** The key of a name, scoped to its document when generic. */
  keyOf: (name: string) => string;
  /** The key another name links to. */
  linkOf: (name: string) => string;
}

const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
const SEGMENT_BREAKS = new Set(['of', 'for', 'on', 'to', 'the']);
/**
 * Heads read only at the end of a capitalised name, not in the shared list other rooms read
 * ("approach" is also a set word of pillars): "the Ottawa Process", "the Integrated Approach
 * to Mine Action", "the Lakeside Call to Action".
 */
const NAMED_ONLY_HEADS: ReadonlyMap<string, string> = new Map([['process', 'initiative'], ['approach', 'policy'], ['call', 'policy'], ['survey', 'project']]);

/** Lower-case nouns after a head that make it a name of its members: "Coalition forces". */
const MEMBERS_AFTER = /^(?:forces|troops|members|partners|countries|governments|soldiers|units)$/;

/** "the Cluster Munition Remnant Survey (CMRS)": a survey is an undertaking only when its acronym follows, and is no term of the work ("(NTS)"). */
function namedSurvey(tokens: readonly Token[], h: number): boolean {
  const acronym = tokens[h + 2];
  return tokens[h + 1]?.text === '(' && acronym !== undefined && acronym.allCaps && tokens[h + 3]?.text === ')' && !TERM_ACRONYMS.has(acronym.text);
}
/** Kinds whose names take no period after them (a day, a treaty). */
const UNDATED_KINDS = new Set(['day', 'convention']);

/** Every capitalised name with a head word in the runs of one sentence. */
/** A lower-case word joined by a hyphen: "multi-donor", "five-year". */
const isHyphened = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && !t.cap && /^\p{Ll}+-\p{Ll}+$/u.test(t.text);

/**
 * Where a name begins whose gloss in brackets ends right before `at`, where the rest of the name
 * begins: "the Badbaado (“Protection”) Plan". An acronym in the brackets is read elsewhere, with its head.
 */
function glossedStart(tokens: readonly Token[], at: number, taken: Uint8Array): number | undefined {
  if (tokens[at - 1]?.text !== ')') return undefined;
  let open = at - 2;
  while (open > at - 8 && open > 0 && tokens[open]!.text !== '(' && (tokens[open]!.kind === 'word' || /^["\u201C\u201D]$/.test(tokens[open]!.text))) open--;
  if (tokens[open]?.text !== '(' || open === at - 2) return undefined;
  let s = open;
  while (s > 0 && open - s < 6 && !taken[s - 1] && (isCapWord(tokens[s - 1]) || (/^(?:of|for|and)$/.test(tokens[s - 1]!.text) && isCapWord(tokens[s - 2]))) && !/^(?:the|a|an)$/i.test(tokens[s - 1]!.text)) s--;
  if (s === open) return undefined;
  // "the Safe Pastures Clearance (SPC) Programme": an acronym is read with its head (acronym-before-head.ts)
  if (open === at - 3 && /^\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*$/u.test(tokens[at - 2]!.text)) return undefined;
  return s;
}

export function findHeaded(tokens: readonly Token[], runs: readonly Run[], ctx: HeadedContext): void {
  for (const run of runs) {
    for (let h = run.start; h < run.end; h++) {
      const head = tokens[h]!;
      if (!head.cap || head.allCaps || ctx.taken[h]) continue;
      const kind = INITIATIVE_HEADS.get(head.lower) ?? NAMED_ONLY_HEADS.get(head.lower);
      if (!kind || (head.lower === 'survey' && !namedSurvey(tokens, h))) continue;
      // "Peshmerga and Coalition forces": the members of a coalition, not an undertaking
      if (/^(?:coalition|alliance|partnership|group)$/.test(head.lower) && MEMBERS_AFTER.test(tokens[h + 1]?.text ?? '')) continue;
      // Back to the start of the name's segment.
      let s = h;
      while (s - 1 >= run.start && !ctx.taken[s - 1]) {
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
      // "Mine Action in Ukraine Initiative": back over "in" to the words before; "Grant Assistance for … Projects"
      if (s === run.start) s = s < h ? reachBackOverNumber(tokens, reachBack(tokens, s, ctx.taken), ctx.taken) : reachBack(tokens, s, ctx.taken);
      else s = reachBackInRun(tokens, s, run.start, ctx.taken);
      // "the Badbaado (“Protection”) Plan": a gloss in brackets between the name and its head
      if (tokens[s - 1]?.text === ')') s = glossedStart(tokens, s, ctx.taken) ?? s;
      // A possessive owner just before the run: "Japan's Comprehensive Package".
      if (s === run.start && s > 0 && tokens[s - 1]!.poss && isCapWord(tokens[s - 1]) && !ctx.taken[s - 1]) s--;
      if (kind === 'group' && !groupIsInitiative(tokens, h, s)) continue;
      if (tokens[h + 1] && ROLE_HEADS.has(tokens[h + 1]!.lower)) continue;
      // "Project Number: 00012345", "Project Description This project …": a page's field label; "the Safe Fields Project Document": the name ends at its head
      const labelled = tokens[h + 1] !== undefined && isCapWord(tokens[h + 1]) && FIELD_LABELS.has(tokens[h + 1]!.lower);
      if (labelled && s === h) continue;
      if (kind === 'programme' && /^(?:the )?(?:united nations|un|world)\b/i.test(ctx.text(s, h + 1))) continue;
      if (!headFits(tokens, s, h, kind)) continue;
      // "the Ministry of Agrarian Policy and Food", "the Committee on Agrarian and Land Policy": the name of a body's field, not an undertaking
      if (/^(?:of|on|for)$/.test(tokens[s - 1]?.lower ?? '') && ORG_HEADS.has(tokens[s - 2]?.lower ?? '') && tokens[s - 2]!.cap && (kind === 'policy' || kind === 'programme')) continue;
      // "Project RENEW, a local organisation": the text says it is an organisation
      if (namedAsOrganisation(tokens, run.end)) continue;
      // Forward: a number ("Resolution 1325"), then "of/on/for … Capitalised" tails.
      let e = h + 1;
      // "Strategy 2024–2027", "Strategy 2023–26", "Vision 2030": years after the head belong to the name
      if (isYear(tokens[e]) && tokens[e]!.start === head.end + 1) e = yearSpanEnd(tokens, e);
      else if (tokens[e]?.kind === 'num' && e < run.end) e++;
      // "the Treaty's Meetings of …": a possessive head ends its name, what follows is its own
      while (e < run.end && !head.poss && !labelled) {
        const u = tokens[e]!;
        // "… Initiative Phase 2"
        if (u.kind === 'num' && LABEL_WORDS.has(tokens[e - 1]!.lower)) {
          e++;
          continue;
        }
        // "Chief of Mine Action Programme Paul Heslop thanked …": a person's name closes the run
        if (e === h + 1 && personClosesRun(tokens, e, run.end)) break;
        if (isCapWord(u) && !ORG_HEADS.has(u.lower)) {
          e++;
          continue;
        }
        if (u.kind === 'word' && !u.cap && (u.lower === 'of' || u.lower === 'on' || u.lower === 'for' || u.lower === 'the' || u.lower === 'a' || u.lower === 'an' || u.lower === 'and')) {
          let k = e + 1;
          while (k < run.end && (tokens[k]!.lower === 'the' || tokens[k]!.lower === 'a' || tokens[k]!.lower === 'an') && !tokens[k]!.cap) k++;
          // "… Conference on Disarmament and Personal Representative of …": a role after "and" is another title, not more of the name
          const role = u.lower === 'and' && [k, k + 1].some((j) => isCapWord(tokens[j]) && ROLE_HEADS.has(tokens[j]!.lower));
          if (k < run.end && isCapWord(tokens[k]) && !role && !(u.lower === 'and' && countryOf(tokens[k]!.base))) {
            e = k;
            continue;
          }
          // "Conference on 10-Year Achievement"
          if (k + 2 < run.end && tokens[k]!.kind === 'num' && tokens[k + 1]!.text === '-' && isCapWord(tokens[k + 2])) {
            e = k + 3;
            continue;
          }
        }
        if (isCapWord(u)) {
          e++;
          continue;
        }
        break;
      }
      if (e === run.end) e = reachOn(tokens, e, h);
      // "the Ottawa Convention Implementation Support Unit": a body named after an undertaking is an organisation
      // ("… Conference on Achievements of the Cambodian Mine Action Center" is the conference, its body named after "of")
      if (e - 1 > h && ORG_HEADS.has(tokens[e - 1]!.lower) && isCapWord(tokens[e - 1]) && !INITIATIVE_HEADS.has(tokens[e - 1]!.lower)) {
        const of = ownerOfAt(tokens, h, e);
        if (of === undefined) continue;
        e = of;
      }
      // "Mine Ban Treaty Review Conference": the last head of a compound says what it is
      let kindOf = kind;
      for (let j = h + 1; j < e && isCapWord(tokens[j]); j++) kindOf = INITIATIVE_HEADS.get(tokens[j]!.lower) ?? kindOf;
      // "… Approach to Mine Action", "… Call to Action": what an approach or a call is to
      if (e === h + 1 && NAMED_ONLY_HEADS.has(head.lower) && tokens[e]?.lower === 'to' && isCapWord(tokens[e + 1]) && !ctx.taken[e + 1]) {
        e += 2;
        while (isCapWord(tokens[e]) && !ctx.taken[e]) e++;
      }
      // "… Strategy of the Swiss Confederation 2023–2026", "… Plan for 2023 to 2026": the period it is for
      if (!UNDATED_KINDS.has(kind) && !isYear(tokens[e - 1])) e = periodEnd(tokens, e);
      // "the multi-donor Trust Fund", "a five-year Action Plan": a generic name keeps the hyphened word that tells it apart
      if (s > 0 && !ctx.taken[s - 1] && isHyphened(tokens[s - 1]) && isGenericName(ctx.text(s, e))) s--;
      const words = tokens.slice(s, e).filter((x) => x.kind === 'word' && x.cap).length;
      // "Director General Policy, Public Relations and …": a role's portfolio, not a policy
      // "as part of its Strategy 2019-2022": an owner's head word with its period names its plan
      const ownedPeriod = words === 1 && s === h && isYear(tokens[h + 1]) && (/^(?:its|their|our|his|her)$/.test(tokens[s - 1]?.lower ?? '') || tokens[s - 1]?.poss === true);
      if ((words < 2 && !ownedPeriod) || ROLE_HEADS.has(tokens[s]!.lower)) continue;
      // "Vice Minister for Defence Policy and International Affairs", "Chief of Mine Action Programme": a role's portfolio
      if (/^(?:for|of)$/.test(tokens[s - 1]?.lower ?? '') && ROLE_HEADS.has(tokens[s - 2]?.lower ?? '')) continue;
      // "Geneva Call", "the Conference on Disarmament": a body of the register, not a call or a meeting
      const registered = registeredAt(tokens, s);
      if (registered?.entry.kind === 'organisation' && (NAMED_ONLY_HEADS.has(head.lower) || registered.end >= e)) continue;
      if (kind === 'day') e = dayTail(tokens, e);
      // "Memorandum of Understanding between Japan and Cambodia": the parties belong to a generic name
      let named = e;
      // "… on demining cooperation between Japan and Cambodia": a generic name's topic and parties tell it apart
      if (isGenericName(ctx.text(s, e))) {
        named = genericWithTopic(tokens, e);
        e = genericWithParties(tokens, named);
      }
      const m = ctx.add(s, e, kindOf, false);
      if (m && e > named) {
        m.actorsInside = true;
        m.participantSpan = { start: named + 1, end: e };
      }
      // "The Grant Contract of the project was concluded on March 2, 2017, between A and B": the parties name it too
      const later = m && e === named && isGenericName(m.name) ? partiesSignedLater(tokens, e) : undefined;
      if (m && later) {
        m.name = `${m.name} between ${ctx.text(later.start, later.end)}`;
        m.key = ctx.keyOf(m.name);
        m.participantSpan = later;
      }
      // "… of the Convention on Certain Conventional Weapons (CCW)": the inner name is one too, and takes the acronym
      const nested = m ? nestedName(tokens, h, e) : undefined;
      let last = m;
      if (m && nested) {
        const name = ctx.text(nested.start, e);
        last = { key: ctx.keyOf(name), name, kind: nested.kind, tok: nested.start, tokEnd: e, quoted: false, links: [], aliases: [] };
        ctx.push(last);
      }
      if (last) bracketAlias(tokens, e, last, ctx);
      h = e - 1;
    }
  }
}

/** "… Convention [Ottawa Convention]", "… Initiative (JCLI)" or "… (formerly …)": another name for the same initiative. */
export function bracketAlias(tokens: readonly Token[], e: number, m: InitiativeMention, ctx: Pick<HeadedContext, 'taken' | 'text' | 'linkOf'>): void {
  const open = tokens[e];
  if (!open || (open.text !== '[' && open.text !== '(')) return;
  const close = open.text === '[' ? ']' : ')';
  let k = e + 1;
  while (k < tokens.length && k < e + 12 && tokens[k]!.text !== close) k++;
  if (tokens[k]?.text !== close || k === e + 1) return;
  let inner = tokens.slice(e + 1, k);
  // "(UBDH, per its Spanish acronym)", "(AICMA for its initials in Spanish)": the acronym alone
  if (inner.length > 2 && inner[0]!.allCaps && (inner[1]!.text === ',' || /^(?:for|per|in)$/.test(inner[1]!.lower))) {
    k = e + 2;
    inner = inner.slice(0, 1);
  }
  if (!inner.every((t) => t.kind === 'word' || t.text === '-')) return;
  if (!inner.some((t) => t.cap)) return;
  // "(formerly the Border Demining Project)": the former name without the words that say so
  let from = e + 1;
  while (from < k - 1 && !tokens[from]!.cap && /^(?:formerly|previously|also|known|called|as|the)$/.test(tokens[from]!.lower)) from++;
  const alias = ctx.text(from, k);
  m.links.push(ctx.linkOf(alias));
  m.aliases.push(alias);
  for (let j = e + 1; j < k; j++) ctx.taken[j] = 1;
}

/** Where "of (the) <Body>" ends a name after its head at `h` and more of its own words: the "of", or undefined. */
function ownerOfAt(tokens: readonly Token[], h: number, e: number): number | undefined {
  for (let j = e - 2; j > h + 1; j--) if (tokens[j]!.lower === 'of' && !tokens[j]!.cap && tokens[j - 1]!.kind === 'word') return j;
  return undefined;
}
