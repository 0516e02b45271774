/**
 * Undertakings listed by name after their plural noun and a colon: "ADPC has been involved in
 * several Mine Risk Awareness projects: the National Seminar on Mine Action; Mine Risk
 * Awareness Education in Sa Kaeo Province; …". Each capitalised item is an initiative of the
 * kind its noun says (pillars/item-shape.ts keeps such a list out of the pillars).
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
  if (colon < 1) return [];
  const kind = [1, 2].map((d) => UNDERTAKING_PLURALS.get(tokens[colon - d]?.lower ?? '')).find((x) => x !== undefined);
  if (!kind) return [];
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
