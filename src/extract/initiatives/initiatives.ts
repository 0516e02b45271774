/**
 * Initiative mentions in one sentence: quoted names ("“Japan-Cambodia Landmine
 * Initiative”", "the “Improvement of equipment …” projects") and capitalised names ending
 * in a head word (Initiative, Package, Project, Programme, Convention, Agreement,
 * Partnership, Coalition, Group, Conference, Summit, Resolution …), with bracketed aliases
 * ("… Convention [Ottawa Convention]"), plus anaphors ("the initiative", "This").
 */
import type { Token } from '../text/tokens.js';
import type { Run } from '../text/names.js';
import { collapse, isCapWord, nameKey } from '../text/names.js';
import { GROUP_INITIATIVE_WORDS, INITIATIVE_HEADS, LEADING_NOISE, ORG_CLASS_NOUNS, ORG_HEADS, ROLE_HEADS } from '../lexicon/names.js';
import { countryOf, countryOfDemonym } from '../lexicon/countries.js';
import { findDescribed } from './described-initiatives.js';

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
}

export interface InitiativeAnaphor {
  tok: number;
  tokEnd: number;
  /** The kind the noun names ("package"), or undefined for "This"/"it". */
  kind?: string;
}

const DESCRIBING = new Set(['a', 'an', 'the']);
/** A cheap test that a sentence may describe an initiative in lower case. */
const MAY_DESCRIBE = /-led\b|\(|\b(?:initiative|project|programme|program|pact|agreement|accord|treaty|resolution|partnership|package|coalition|plan|strategy|campaign|effort|mechanism|vision|policy|agenda|roadmap|meeting|session|conference|summit|assembly|pillars|approaches|principles|phases|priorities|results|outcomes|objectives|goals|components|areas)\b/i;
const QUOTE_OPEN = new Set(['"', '\u201C', "'"]);
const QUOTE_CLOSE = new Set(['"', '\u201D', "'"]);
const NAMING_VERBS = new Set(['called', 'named', 'dubbed', 'entitled', 'titled', 'known']);
const SMALL = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'a', 'an', 'at', 'with', 'by', 'from', '&', 'de']);
const ANAPHOR_DETERMINERS = new Set(['the', 'this', 'that', 'its', 'our', 'their', 'these']);
/** Verbs after a sentence-initial "This" that make it stand for the initiative just named. */
const THIS_VERBS = new Set([
  'is', 'was', 'will', 'would', 'consists', 'includes', 'comprises', 'aims', 'covers', 'involves', 'has', 'means',
  'builds', 'focuses', 'contains', 'complements', 'supports', 'rests', 'brings', 'combines', 'seeks',
]);
const SEGMENT_BREAKS = new Set(['of', 'for', 'on', 'to', 'the']);

/** The key under which spellings of one initiative meet; a possessive owner is dropped. */
export function initiativeKey(name: string): string {
  const stripped = name.includes('s ') ? name.replace(/^[\p{L}.-]+(?:\s[\p{Lu}][\p{L}.-]*)?['\u2019]s\s+/u, '') : name;
  return `init:${nameKey(stripped)}`;
}

/** The kind an initiative head word gives (`lower` is already lower-cased). */
function kindOfHead(lower: string): string | undefined {
  return INITIATIVE_HEADS.get(lower);
}

/** Whether `Group` at `h` is a coordination group ("Contact Group on …") rather than an organisation. */
function groupIsInitiative(tokens: readonly Token[], h: number, start: number): boolean {
  for (let k = start; k < h; k++) if (GROUP_INITIATIVE_WORDS.has(tokens[k]!.lower)) return true;
  const next = tokens[h + 1];
  return next !== undefined && (next.lower === 'on' || next.lower === 'of') && !next.cap;
}

export interface SentenceInitiatives {
  mentions: InitiativeMention[];
  anaphors: InitiativeAnaphor[];
}

export function findInitiatives(tokens: readonly Token[], runs: readonly Run[], view: string): SentenceInitiatives {
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
    const m: InitiativeMention = { key: initiativeKey(name), name, kind, tok: s, tokEnd: e, quoted, links: [], aliases: [] };
    if (tokens[s]!.poss && countryOrOrgWord(tokens[s]!)) m.owner = s;
    mentions.push(m);
    return m;
  };

  // Quoted names.
  let open = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'punct') continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    const spaceBefore = !prev || prev.end < t.start || prev.text === '(' || prev.text === '[';
    const glued = next !== undefined && next.start === t.end;
    if (open < 0) {
      if (QUOTE_OPEN.has(t.text) && (t.text === '\u201C' || spaceBefore) && glued) open = k;
      continue;
    }
    if (QUOTE_CLOSE.has(t.text) && (t.text !== "'" || tokens[open]!.text === "'")) {
      quotedCandidate(tokens, open + 1, k, add);
      open = -1;
    } else if (t.text === '\u201C') {
      open = k;
    }
  }

  // Capitalised names with a head word.
  for (const run of runs) {
    for (let h = run.start; h < run.end; h++) {
      const head = tokens[h]!;
      if (!head.cap || head.allCaps || taken[h]) continue;
      const kind = kindOfHead(head.lower);
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
      while (s < h && (LEADING_NOISE.has(tokens[s]!.lower) || (tokens[s]!.kind === 'word' && !tokens[s]!.cap))) s++;
      // A possessive owner just before the run: "Japan's Comprehensive Package".
      if (s === run.start && s > 0 && tokens[s - 1]!.poss && isCapWord(tokens[s - 1]) && !taken[s - 1]) s--;
      if (kind === 'group' && !groupIsInitiative(tokens, h, s)) continue;
      if (tokens[h + 1] && ROLE_HEADS.has(tokens[h + 1]!.lower)) continue;
      if (kind === 'programme' && /^(?:the )?(?:united nations|un|world)\b/i.test(text(s, h + 1))) continue;
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
      const m = add(s, e, kind, false);
      if (m) bracketAlias(tokens, e, m, text, taken);
      h = e - 1;
    }
  }

  // Initiatives described in lower case (only where a telling word occurs).
  const last = tokens[tokens.length - 1];
  const described = last && MAY_DESCRIBE.test(view.slice(tokens[0]!.start, last.end)) ? findDescribed(tokens, taken) : [];
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
    }
  }

  mentions.sort((a, b) => a.tok - b.tok);
  return { mentions, anaphors: findAnaphors(tokens, taken) };
}

/** ", a local organisation …" / ", the national operator" after a name. */
function namedAsOrganisation(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[end + 1]?.lower ?? '')) return false;
  for (let j = end + 2; j < tokens.length && j <= end + 4; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (ORG_CLASS_NOUNS.has(t.lower) && !t.cap) return true;
  }
  return false;
}

function countryOrOrgWord(t: Token): boolean {
  return t.cap;
}

function quotedCandidate(
  tokens: readonly Token[],
  s0: number,
  e0: number,
  add: (s: number, e: number, kind: string, quoted: boolean) => InitiativeMention | undefined,
): void {
  let s = s0;
  let e = e0;
  while (e > s && tokens[e - 1]!.kind === 'punct') e--;
  while (s < e && tokens[s]!.kind === 'punct') s++;
  if (e <= s) return;
  const inner = tokens.slice(s, e);
  const words = inner.filter((t) => t.kind === 'word');
  if (words.length === 0 || words.length > 16) return;
  if (inner.some((t) => t.kind === 'punct' && /[.!?;:]/.test(t.text))) return;
  const first = inner[0]!;
  if (!first.cap) return;
  const content = words.filter((w) => !SMALL.has(w.lower));
  const capitalised = content.filter((w) => w.cap).length;
  const last = inner[inner.length - 1]!;
  let kind = last.kind === 'word' ? kindOfHead(last.lower) : undefined;
  // A head inside: "Contact Group on Defense of Ukraine", "Package of Assistance for …".
  if (!kind) {
    for (const w of inner) {
      const k = w.cap ? kindOfHead(w.lower) : undefined;
      if (k && w !== first) {
        kind = k;
        break;
      }
    }
  }
  // A kind noun after the closing quote ("… projects") or a naming verb before.
  const after = tokens[e0 + 1];
  if (!kind && after && after.kind === 'word' && !after.cap) kind = kindOfHead(after.lower);
  if (!kind) {
    let skipped = 0;
    for (let k = s0 - 2; k >= 0 && k >= s0 - 4 - skipped; k--) {
      const w = tokens[k]!;
      // "its national strategy, “Safe Path Forward III”": a kind noun just before, across a comma
      if (w.kind === 'punct' && k >= s0 - 3) {
        skipped++;
        continue;
      }
      if (NAMING_VERBS.has(w.lower)) {
        for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
          const noun = kindOfHead(tokens[j]!.lower);
          if (noun) kind = noun;
        }
      }
      const noun = w.kind === 'word' && !w.cap ? kindOfHead(w.lower) : undefined;
      if (noun && k >= s0 - 2 - skipped) kind = noun;
    }
  }
  if (!kind) return;
  if (words.length < 2 && !(after && kindOfHead(after.lower))) return;
  if (content.length > 0 && capitalised / content.length < 0.5 && !(after && kindOfHead(after.lower))) return;
  if (kind === 'group' && !groupIsInitiative(tokens, e - 1, s) && !(last.lower === 'group')) return;
  add(s, e, kind, true);
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

function findAnaphors(tokens: readonly Token[], taken: Uint8Array): InitiativeAnaphor[] {
  const out: InitiativeAnaphor[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (taken[k]) continue;
    if (k === 0 && t.lower === 'this' && tokens[1]?.kind === 'word' && THIS_VERBS.has(tokens[1]!.lower)) {
      out.push({ tok: 0, tokEnd: 1 });
      continue;
    }
    if (!ANAPHOR_DETERMINERS.has(t.lower)) continue;
    // determiner, up to three lower-case modifiers, a kind noun (singular); "the new approach" is any kind
    for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
      const u = tokens[j]!;
      if (u.kind !== 'word' || taken[j]) break;
      if (u.lower === 'approach' && !u.cap) {
        out.push({ tok: k, tokEnd: j + 1 });
        k = j;
        break;
      }
      const kind = kindOfHead(u.lower);
      if (kind && !u.lower.endsWith('s') && (!u.cap || j === k + 1)) {
        out.push({ tok: k, tokEnd: j + 1, kind });
        k = j;
        break;
      }
      if (u.cap) break;
    }
  }
  return out;
}
