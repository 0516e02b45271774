/**
 * Quoted initiative names: "“Japan-Cambodia Landmine Initiative”", "the “Improvement of
 * equipment …” projects", "its national strategy, “Safe Path Forward III”". A quoted span is
 * a name when it opens with a capital, is mostly capitalised and has a kind: a head word as
 * its last word or inside it, a kind noun right after the closing quote, or a kind noun or
 * a naming verb ("called", "entitled") just before it; or, whatever its words, when every
 * content word is capitalised and a launching word comes just before it ("launched “Safe
 * Ground for Every Child”", "under “Operation Clean Valley”"). A capitalised head just before
 * the quote is part of the name: "Demining Project “Turijska Brda”".
 */
import type { Token } from '../../../text/tokens.js';
import { GROUP_INITIATIVE_WORDS, INITIATIVE_HEADS } from '../../../lexicon/names.js';
import type { InitiativeMention } from '../../initiatives.js';

type Add = (s: number, e: number, kind: string, quoted: boolean) => InitiativeMention | undefined;

const QUOTE_OPEN = new Set(['"', '\u201C', "'"]);
const QUOTE_CLOSE = new Set(['"', '\u201D', "'"]);
const NAMING_VERBS = new Set(['called', 'named', 'dubbed', 'entitled', 'titled', 'known']);
/** Kind nouns read only right after a closing quote: "the “One Plus One” approach". */
const AFTER_QUOTE_HEADS: ReadonlyMap<string, string> = new Map([['approach', 'policy'], ['process', 'initiative'], ['model', 'policy']]);
/** The kind a lower-case noun right after the closing quote gives the name. */
function kindAfter(after: Token | undefined): string | undefined {
  if (!after || after.kind !== 'word' || after.cap) return undefined;
  return INITIATIVE_HEADS.get(after.lower) ?? AFTER_QUOTE_HEADS.get(after.lower);
}
const SMALL = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'a', 'an', 'at', 'with', 'by', 'from', '&', 'de']);
/** Words before a kind noun that make the quoted title after it that undertaking's own name. */
const OWNING = new Set(['its', 'their', 'our', 'his', 'her', 'the', 'a', 'an', 'this', 'new']);

/** Institutions a body may be a group of. */
const INSTITUTIONS = new Set(['hospitals', 'companies', 'schools', 'clinics', 'colleges', 'universities', 'banks', 'industries', 'institutions', 'institutes']);

/** Whether `Group` at `h` is a coordination group ("Contact Group on …") rather than an organisation. */
export function groupIsInitiative(tokens: readonly Token[], h: number, start: number): boolean {
  for (let k = start; k < h; k++) if (GROUP_INITIATIVE_WORDS.has(tokens[k]!.lower)) return true;
  const next = tokens[h + 1];
  // "Parirenyatwa Group of Hospitals", "Tetra Group of Companies": a group of institutions is one body
  if (next?.lower === 'of' && INSTITUTIONS.has(tokens[h + 2]?.lower ?? '')) return false;
  return next !== undefined && (next.lower === 'on' || next.lower === 'of') && !next.cap;
}

/** Words before an opening quote after which a capitalised title is an undertaking's name. */
const LAUNCH_WORDS = new Set(['launched', 'launch', 'launches', 'launching', 'under', 'through', 'via', 'started', 'began', 'joined', 'joins', 'unveiled', 'introduced']);
/** Verbs of a goal before "a “…”": "to achieve a “Mine-Free Dell Valley”". */
const GOAL_WORDS = new Set(['achieve', 'achieving', 'reach', 'reaching', 'realise', 'realize', 'become', 'becoming', 'build', 'building']);
/** Nouns that make a quoted title a work, not an undertaking ("the report “…”"). */
const WORK_NOUNS = new Set(['report', 'reports', 'study', 'book', 'film', 'article', 'publication', 'paper', 'song', 'exhibition', 'survey', 'slogan', 'theme', 'motto', 'title', 'headline', 'documentary', 'video', 'brochure', 'guide', 'handbook']);

/** A quoted title of two to ten words, nearly all capitalised, after a launching word and no work noun. */
function titleAfterLaunch(tokens: readonly Token[], s0: number, words: number, capitalised: number, content: number): boolean {
  if (words < 2 || words > 10 || content === 0 || capitalised < content) return false;
  // "strives to achieve a “Mine Impact Free Sri Lanka”": a goal named by its title
  if (/^(?:a|an|the)$/.test(tokens[s0 - 2]?.lower ?? '') && GOAL_WORDS.has(tokens[s0 - 3]?.lower ?? '')) return true;
  const before = tokens[s0 - 2];
  if (!before || before.kind !== 'word' || (before.cap && s0 > 2) || !LAUNCH_WORDS.has(before.lower)) return false;
  for (let k = s0 - 3; k >= 0 && k >= s0 - 4; k--) if (WORK_NOUNS.has(tokens[k]!.lower)) return false;
  return true;
}

/** Where the capitalised words before a head at `h` begin ("Demining Project"), over no determiner. */
function headedStart(tokens: readonly Token[], h: number): number {
  let s = h;
  while (s > 0 && h - s < 4 && tokens[s - 1]!.kind === 'word' && tokens[s - 1]!.cap && !/^(?:the|a|an|this)$/.test(tokens[s - 1]!.lower)) s--;
  return s;
}

/** Every quoted name in a sentence, passed to `add`. */
export function findQuoted(tokens: readonly Token[], add: Add): void {
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
}

function quotedCandidate(
  tokens: readonly Token[],
  s0: number,
  e0: number,
  add: Add,
): void {
  let s = s0;
  let e = e0;
  while (e > s && tokens[e - 1]!.kind === 'punct') e--;
  while (s < e && tokens[s]!.kind === 'punct') s++;
  // "(Phase 4)" at the end keeps its closing bracket
  if (tokens[e]?.text === ')' && tokens.slice(s, e).some((t) => t.text === '(')) e++;
  if (e <= s) return;
  const inner = tokens.slice(s, e);
  const words = inner.filter((t) => t.kind === 'word');
  // "its project "Consolidation of peace and stability in the DRC …"": the noun just before the quote
  // names what the title is the name of, in whatever case it is written, and it may be long
  // "the Project for “Explosive Remnants of War and Mine Clearance in …”": the head and "for" before the quote do the same
  const headFor = /^(?:for|on)$/.test(tokens[s0 - 2]?.lower ?? '') && tokens[s0 - 3]?.cap === true ? INITIATIVE_HEADS.get(tokens[s0 - 3]!.lower) : undefined;
  // "Demining Project “Končulj – Singerit”": a capitalised head right before the quote, and the words before it, are part of the name
  const capHead = tokens[s0 - 1]?.text === '\u201C' && tokens[s0 - 2]?.kind === 'word' && tokens[s0 - 2]!.cap ? INITIATIVE_HEADS.get(tokens[s0 - 2]!.lower) : undefined;
  const nounBefore = headFor !== undefined || capHead !== undefined || (tokens[s0 - 2]?.kind === 'word' && !tokens[s0 - 2]!.cap && INITIATIVE_HEADS.has(tokens[s0 - 2]!.lower) && OWNING.has(tokens[s0 - 3]?.lower ?? ''));
  // "The "Support for increasing the capacity of … persons" project": a kind noun right after the quote does the same
  const after = tokens[e0 + 1]?.text === '(' && tokens[e0 + 2]?.allCaps && tokens[e0 + 3]?.text === ')' ? tokens[e0 + 4] : tokens[e0 + 1];
  const nounAfter = after?.kind === 'word' && !after.cap && INITIATIVE_HEADS.has(after.lower);
  if (words.length === 0 || words.length > (nounBefore || nounAfter ? 24 : 16)) return;
  if (inner.some((t) => t.kind === 'punct' && /[.!?;:]/.test(t.text))) return;
  const first = inner[0]!;
  if (!first.cap) return;
  const content = words.filter((w) => !SMALL.has(w.lower));
  const capitalised = content.filter((w) => w.cap).length;
  const last = inner[inner.length - 1]!;
  let kind = headFor ?? capHead ?? (last.kind === 'word' ? INITIATIVE_HEADS.get(last.lower) : undefined);
  // A head inside: "Contact Group on Defense of Ukraine", "Package of Assistance for …".
  if (!kind) {
    for (const w of inner) {
      const k = w.cap ? INITIATIVE_HEADS.get(w.lower) : undefined;
      if (k && w !== first) {
        kind = k;
        break;
      }
    }
  }
  // A kind noun after the closing quote ("… projects") or a naming verb before.
  // "“Restoring the Environment …” (RENEW) project": the kind noun may follow the name's acronym
  if (!kind) kind = kindAfter(after);
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
          const noun = INITIATIVE_HEADS.get(tokens[j]!.lower);
          if (noun) kind = noun;
        }
      }
      const noun = w.kind === 'word' && !w.cap ? INITIATIVE_HEADS.get(w.lower) : undefined;
      if (noun && k >= s0 - 2 - skipped) kind = noun;
    }
  }
  // "launched “Safe Ground for Every Child”", "under “Operation Clean Valley”": a title after a launching word
  if (!kind && titleAfterLaunch(tokens, s0, words.length, capitalised, content.length)) kind = 'initiative';
  if (!kind) return;
  const named = nounBefore || (after !== undefined && INITIATIVE_HEADS.has(after.lower)) || kindAfter(after) !== undefined;
  if (words.length < 2 && !named) return;
  if (content.length > 0 && capitalised / content.length < 0.5 && !named) return;
  if (kind === 'group' && !groupIsInitiative(tokens, e - 1, s) && !(last.lower === 'group')) return;
  if (capHead && tokens[e0]?.text === '\u201D') {
    add(headedStart(tokens, s0 - 2), e0 + 1, kind, true);
    return;
  }
  // an opening "The" is no part of the name: "“The Project for …”"
  const m = add(tokens[s]!.lower === 'the' && e - s > 2 ? s + 1 : s, e, kind, true);
  // "the “Win-Win” policy": also named with the kind noun after it (one undertaking's, not "… projects")
  if (m && after === tokens[e0 + 1] && after !== undefined && kindAfter(after) !== undefined && !/[^s]s$/.test(after.lower)) m.aliases.push(`${m.name} ${after.text}`);
}
