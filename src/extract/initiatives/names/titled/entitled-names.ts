/**
 * Titles given after a naming word, whatever their last word: "the joint project entitled
 * "Further Strengthening and Expansion of Mine Action Capacity in Azerbaijan", "a programme
 * called Safe Ground for All". The title may be unquoted or its closing quote missing; it
 * runs over capitalised words and the small words between them and ends before the first
 * lower-case word that is not a small word ("… in Azerbaijan is to provide …"). Its kind is
 * the initiative noun just before the naming word ("project"). "The programme, known as Safe
 * Fields for Families" and "We call this approach Safer Communities" name one too.
 * A project page's labelled field names one the same way: "Project Title: Clearing for Results
 * Phase III", "Programme: Safe Ground for All".
 */
import type { Token } from '../../../text/tokens.js';
import { INITIATIVE_HEADS } from '../../../lexicon/names.js';

export interface EntitledSpan {
  start: number;
  end: number;
  kind: string;
}

const NAMING = new Set(['entitled', 'titled', 'called', 'named', 'dubbed']);
const SMALL = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'a', 'an', 'at', 'with', 'by', 'from', 'against', '&']);
const OPEN_QUOTES = new Set(['"', '\u201C', "'", '\u2018']);
const CLOSE_QUOTES = new Set(['"', '\u201D', "'", '\u2019']);
const MAX_WORDS = 16;

const LABEL_HEADS: ReadonlyMap<string, string> = new Map([['project', 'project'], ['programme', 'programme'], ['program', 'programme'], ['initiative', 'initiative']]);

/** Words after the head of a field label whose value is the name: "Project Title:", "Project profile:". */
const LABEL_NAMES = new Set(['title', 'name', 'profile']);

/** The kind of a field label that opens the sentence and ends at the colon `k`: "Project:", "Project Title:", "Project profile:". */
function labelKind(tokens: readonly Token[], k: number): string | undefined {
  if (tokens[k]!.text !== ':' || k > 2) return undefined;
  const head = tokens[0]!;
  if (!head.cap || (k === 2 && !LABEL_NAMES.has(tokens[1]!.lower))) return undefined;
  return LABEL_HEADS.get(head.lower);
}

/** Ways of working that name an undertaking: "We call this approach Safer Communities". */
const WAY_NOUNS: ReadonlyMap<string, string> = new Map([['approach', 'policy'], ['model', 'policy'], ['method', 'policy'], ['scheme', 'programme']]);

/**
 * Naming words of more than one word, with where the name starts: "known as X" (its kind from
 * the noun before), "we call this approach X", "we call it X" (its kind from the noun after "this").
 */
function namingAfter(tokens: readonly Token[], k: number): { start: number; kind?: string } | undefined {
  const verb = tokens[k]!;
  if (verb.kind !== 'word' || verb.cap) return undefined;
  if (verb.lower === 'known' && tokens[k + 1]?.lower === 'as') return { start: k + 2 };
  if (!/^(?:call|calls|called)$/.test(verb.lower) || !/^(?:this|it|our|that)$/.test(tokens[k + 1]?.lower ?? '')) return undefined;
  if (tokens[k + 1]!.lower === 'it') return { start: k + 2, kind: 'initiative' };
  const noun = tokens[k + 2]?.lower ?? '';
  const kind = tokens[k + 2]?.cap ? undefined : INITIATIVE_HEADS.get(noun) ?? WAY_NOUNS.get(noun);
  return kind ? { start: k + 3, kind } : undefined;
}

/** Titles after naming words in one sentence, on tokens not yet taken. */
export function findEntitled(tokens: readonly Token[], taken: Uint8Array): EntitledSpan[] {
  const out: EntitledSpan[] = [];
  for (let k = 1; k + 2 < tokens.length; k++) {
    const verb = tokens[k]!;
    const label = labelKind(tokens, k);
    const after = namingAfter(tokens, k);
    if (!label && !after && (verb.kind !== 'word' || verb.cap || !NAMING.has(verb.lower))) continue;
    let kind: string | undefined = label ?? after?.kind;
    for (let j = k - 1; j >= 0 && j >= k - 3 && tokens[j]!.text !== '.'; j--) kind ??= INITIATIVE_HEADS.get(tokens[j]!.lower) ?? WAY_NOUNS.get(tokens[j]!.lower);
    if (!kind) continue;
    let s = after?.start ?? k + 1;
    const quoted = OPEN_QUOTES.has(tokens[s]!.text);
    if (quoted) s++;
    if (tokens[s]?.kind !== 'word' || !tokens[s]!.cap || taken[s]) continue;
    let e = s;
    let words = 0;
    let caps = 0;
    while (e < tokens.length && words <= MAX_WORDS && !taken[e]) {
      const t = tokens[e]!;
      if (t.kind === 'word' && t.cap) caps++;
      else if (t.kind === 'word' && SMALL.has(t.lower)) {
        /* a small word inside the title */
      } else if (!(t.text === '-' || t.text === '\u2013' || t.kind === 'num')) break;
      if (t.kind === 'word') words++;
      e++;
    }
    // "… called Clear Ground Now in 2020": a year after the title is when, not part of it
    for (let d = e - 1; d > s + 1; d--) if (tokens[d]!.kind === 'num' && /^(?:in|since|by|until|from)$/.test(tokens[d - 1]!.lower)) e = d - 1;
    while (e > s && (SMALL.has(tokens[e - 1]!.lower) || tokens[e - 1]!.kind === 'punct')) e--;
    // a closing quote right after: an ordinary quoted name, read elsewhere
    if (quoted && CLOSE_QUOTES.has(tokens[e]?.text ?? '')) continue;
    if (caps < 2 || words > MAX_WORDS) continue;
    out.push({ start: s, end: e, kind });
    k = e;
  }
  return out;
}
