/**
 * Agreements named by their kind in lower case: "signed the memorandum of understanding (MOU)
 * alongside …", "an exchange of notes", "a record of discussions", "a letter of intent". The
 * phrase is the name; its key is its document's, so two documents' memoranda stay two, and an
 * acronym in brackets after it is an alias. When the sentence says between whom it was signed
 * ("A memorandum of understanding was signed on Tuesday between A and B", "The agreement was
 * made between A and B", "In March, A and the B signed a memorandum of understanding"), the
 * parties complete the name and take part.
 */
import type { Token } from '../../text/tokens.js';
import type { Described } from './described-initiatives.js';
import { partiesEnd } from './partnerships.js';
import { isFree, spanText, word } from '../spans.js';

/** Passive verbs of concluding an agreement, after "was"/"were". */
const CONCLUDED = new Set(['signed', 'made', 'concluded', 'reached', 'agreed', 'inked']);
/** Words of when or where that may stand between the verb and "between" ("on Tuesday", "in Baku", "this week"). */
const BETWEEN_REACH = 6;

/** "… was signed on Tuesday between A and B": the parties' span after the agreement ending at `end`. */
function partiesOfSigning(tokens: readonly Token[], end: number): { start: number; end: number } | undefined {
  if (!/^(?:was|were|has been|had been)$/.test(tokens[end]?.lower ?? '') || !CONCLUDED.has(tokens[end + 1]?.lower ?? '')) return undefined;
  for (let j = end + 2; j < tokens.length && j <= end + 2 + BETWEEN_REACH; j++) {
    const t = tokens[j]!;
    if (t.lower === 'between') {
      const e = partiesEnd(tokens, j + 1);
      // "between the Center of Excellence for Mine Action …": a name cut before its "for" is no party
      if (/^(?:for|of)$/.test(tokens[e]?.lower ?? '') && tokens[e + 1]?.cap) return undefined;
      return e > j + 1 ? { start: j + 1, end: e } : undefined;
    }
    if (t.kind === 'punct' && t.text !== ',') return undefined;
  }
  return undefined;
}

/** Verbs of signing before an agreement's determiner: "UNIFIL and the Lebanese Army signed a memorandum …". */
const SIGNING = new Set(['signed', 'concluded', 'inked', 'sign', 'signs']);

/** "A and the B signed a memorandum": the parties written as the verb's subject, before the determiner (or the name) at `det`. */
function signersBefore(tokens: readonly Token[], det: number): { start: number; end: number } | undefined {
  let v = det - 1;
  if (!SIGNING.has(tokens[v]?.lower ?? '')) return undefined;
  if (/^(?:have|has|had)$/.test(tokens[v - 1]?.lower ?? '')) v--;
  let s = v;
  let and = false;
  while (s > 0 && word(tokens[s - 1]) && (tokens[s - 1]!.cap || /^(?:and|the|of)$/.test(tokens[s - 1]!.lower))) {
    if (tokens[s - 1]!.lower === 'and' && !tokens[s - 1]!.cap) and = true;
    s--;
  }
  while (s < v && /^(?:and|the|of)$/i.test(tokens[s]!.text)) s++;
  // a clause of its own: the sentence's start or a comma or colon before it ("In March, A and B signed …")
  const opens = s === 0 || tokens[s - 1]!.text === ',' || tokens[s - 1]!.text === ':';
  return and && opens && v - s >= 3 && tokens[v - 1]!.cap ? { start: s, end: v } : undefined;
}

/**
 * "The Grant Contract of the above-mentioned project was concluded on March 2, 2017, between A
 * and B": the parties of an agreement named before, across a phrase of up to eight words.
 */
export function partiesSignedLater(tokens: readonly Token[], end: number): { start: number; end: number } | undefined {
  for (let k = end; k < tokens.length && k <= end + 8; k++) {
    const t = tokens[k]!;
    if (/^(?:was|were|has been|had been)$/.test(t.lower)) return partiesOfSigning(tokens, k);
    if (t.kind === 'punct' && t.text !== '-') return undefined;
  }
  return undefined;
}

/** Lower-case names of agreements, as words: the first word, then the rest. */
const NAMES: readonly (readonly string[])[] = [
  ['memorandum', 'of', 'understanding'], ['agreement'], ['memorandum', 'of', 'cooperation'], ['exchange', 'of', 'notes'],
  ['record', 'of', 'discussions'], ['record', 'of', 'discussion'], ['letter', 'of', 'intent'], ['memorandum'],
];
const OPENERS = new Set(['a', 'an', 'the', 'this', 'its', 'their']);

export function findGenericAgreements(tokens: readonly Token[], taken: Uint8Array): Described[] {
  const out: Described[] = [];
  for (let k = 1; k + 2 < tokens.length; k++) {
    // "Croatia and Ukraine sign memorandum …": a headline drops the determiner after the verb
    const bare = SIGNING.has(tokens[k - 1]!.lower);
    if ((!OPENERS.has(tokens[k - 1]!.lower) && !bare) || !word(tokens[k]) || tokens[k]!.cap) continue;
    const name = NAMES.find((words) => words.every((w, i) => tokens[k + i]?.lower === w && !tokens[k + i]!.cap));
    if (!name) continue;
    const end = k + name.length;
    if (!isFree(taken, k, end)) continue;
    const parties = partiesOfSigning(tokens, end) ?? signersBefore(tokens, bare ? k : k - 1);
    // a bare "agreement" names one only with its parties
    if (name.length === 1 && !parties) continue;
    const d: Described = { start: k, end, kind: 'agreement', aliases: [], scoped: true, actorsInside: true };
    if (parties) {
      d.partiesName = parties;
      d.participantSpan = parties;
      const pair = pairName(tokens, parties, spanText(tokens, k, end));
      if (pair) d.composedAliases = [pair];
    }
    // "the memorandum of understanding (MOU)"
    if (tokens[end]?.text === '(' && tokens[end + 1]?.allCaps && tokens[end + 2]?.text === ')') d.acronym = tokens[end + 1]!.text;
    out.push(d);
    k = end - 1;
  }
  return out;
}

/** "Croatia–Ukraine memorandum": two parties joined by a dash before the agreement's name, as such agreements are called. */
function pairName(tokens: readonly Token[], parties: { start: number; end: number }, name: string): string | undefined {
  const words = tokens.slice(parties.start, parties.end);
  const and = words.findIndex((t) => t.lower === 'and' && !t.cap);
  if (and <= 0 || words.some((t, i) => (i !== and && t.lower === 'and') || t.text === ',')) return undefined;
  const party = (s: number, e: number): string => spanText(tokens, tokens[s]?.lower === 'the' ? s + 1 : s, e);
  const a = party(parties.start, parties.start + and);
  const b = party(parties.start + and + 1, parties.end);
  return a && b ? `${a}\u2013${b} ${name}` : undefined;
}
