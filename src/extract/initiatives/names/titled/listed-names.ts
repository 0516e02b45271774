/**
 * Undertakings listed by name after their plural noun and a colon: "ADPC has been involved in
 * several Mine Risk Awareness projects: the National Seminar on Mine Action; Mine Risk
 * Awareness Education in Sa Kaeo Province; …". Each capitalised item is an initiative of the
 * kind its noun says (pillars/item-shape.ts keeps such a list out of the pillars).
 * The same after "include" or "namely" instead of a colon, by capitalised titles whatever their
 * last word: "The projects include the Cluster Munitions Remnant Survey and Clearance in Eastern
 * Cambodia and two short-term projects namely Landmine Survey & Clearance on the
 * Cambodia-Thailand Border and the Landmine Free Provinces in the Southern part of Cambodia".
 */
import type { Token } from '../../../text/tokens.js';
import { isFree } from '../../spans.js';
import { UNDERTAKING_PLURALS } from '../../../lexicon/set-words.js';

const LEADING = new Set(['the', 'a', 'an', 'and', 'our', 'its', 'their']);
const MAX_ITEM_TOKENS = 14;
/** Words that end a name inside its item: "Regional Seminar for Civil Society titled “…”" keeps its title apart. */
const NAME_STOP = new Set(['titled', 'entitled', 'called', 'named', 'which', 'that', 'in', 'since']);

export interface ListedName {
  start: number;
  end: number;
  kind: string;
}

export function findListedNames(tokens: readonly Token[], taken: Uint8Array): ListedName[] {
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1) return findIncludedNames(tokens, taken);
  const kind = [1, 2].map((d) => UNDERTAKING_PLURALS.get(tokens[colon - d]?.lower ?? '')).find((x) => x !== undefined);
  if (!kind) return findIncludedNames(tokens, taken);
  const semicolons = tokens.slice(colon + 1).some((t) => t.text === ';');
  const sep = semicolons ? ';' : ',';
  const out: ListedName[] = [];
  let a = colon + 1;
  for (let k = colon + 1; k <= tokens.length; k++) {
    const t = tokens[k];
    if (t && t.text !== sep && !(k === tokens.length - 1 && t.text === '.')) continue;
    let s = a;
    while (s < k && LEADING.has(tokens[s]!.lower) && !tokens[s]!.cap) s++;
    // "Regional Seminar titled “…”": the name before its title word; a place after "in" stays in it
    let e = s;
    while (e < k && !(NAME_STOP.has(tokens[e]!.lower) && !tokens[e]!.cap && tokens[e]!.lower !== 'in')) e++;
    if (e > s && e - s <= MAX_ITEM_TOKENS && tokens[s]!.cap && tokens[s]!.kind === 'word' && tokens[e - 1]!.kind === 'word' && isFree(taken, s, e)) out.push({ start: s, end: e, kind });
    a = k + 1;
  }
  // a list of one is no list
  return out.length >= 2 ? out : [];
}

/** Words after an undertaking's plural that open the list of their names. */
const INCLUDING = new Set(['include', 'includes', 'included', 'including', 'namely']);
/** Small words inside a title, between capitalised words: "Survey and Clearance in Eastern Cambodia". */
const TITLE_SMALL = new Set(['of', 'for', 'on', 'in', 'the', 'to', 'at', 'against', '&', '-', 'and']);

/** Where the list of names opened after an undertaking's plural at `j` starts ("projects namely"), or undefined. */
function listStart(tokens: readonly Token[], j: number): number | undefined {
  if (!UNDERTAKING_PLURALS.has(tokens[j]?.lower ?? '') || tokens[j]!.cap) return undefined;
  const next = tokens[j + 1];
  return next && !next.cap && INCLUDING.has(next.lower) ? j + 2 : undefined;
}

/** The end of a capitalised title from `s`: capitalised words, numbers and the small words between them. */
function titleEnd(tokens: readonly Token[], s: number): number {
  let e = s;
  let k = s;
  while (k < tokens.length && k - s < MAX_ITEM_TOKENS) {
    const t = tokens[k]!;
    if ((t.kind === 'word' && t.cap) || t.kind === 'num') {
      e = ++k;
      continue;
    }
    // "and" joins two capitalised words of one title, not a title and "the" next one
    if (!TITLE_SMALL.has(t.lower) || (t.lower === 'and' && !(tokens[k + 1]?.cap && tokens[k + 1]!.lower !== 'the'))) break;
    k++;
  }
  return e;
}

/** Undertakings named by capitalised titles after "projects include" or "projects namely", two at least. */
function findIncludedNames(tokens: readonly Token[], taken: Uint8Array): ListedName[] {
  const out: ListedName[] = [];
  for (let j = 0; j < tokens.length; j++) {
    let k = listStart(tokens, j);
    if (k === undefined) continue;
    const kind = UNDERTAKING_PLURALS.get(tokens[j]!.lower)!;
    while (k < tokens.length) {
      if (tokens[k]!.lower === 'the' && !tokens[k]!.cap) k++;
      const s = k;
      if (!tokens[s]?.cap || tokens[s]!.kind !== 'word') break;
      const e = titleEnd(tokens, s);
      if (e - s >= 2 && isFree(taken, s, e)) out.push({ start: s, end: e, kind });
      k = e;
      const sep = tokens[k];
      if (!sep || (sep.text !== ',' && sep.text !== ';' && sep.lower !== 'and')) break;
      k++;
      if (tokens[k]?.lower === 'and') k++;
      // "… and two short-term projects namely …": the list goes on after another plural
      let again: number | undefined;
      for (let x = k; x < k + 5 && x < tokens.length && again === undefined; x++) again = listStart(tokens, x);
      if (again !== undefined) k = again;
    }
    j = k;
  }
  return out.length >= 2 ? out : [];
}
