/**
 * A proper name written before a lower-case initiative noun, small words and numbers
 * inside it: "the Women in Demining project", "its Clearing for Results project", "the
 * Landmine Free 2025 initiative", "our Weapons Destruction program". The name has two
 * or more capitalised words (or one with a number), opens and ends with one, and is no
 * organisation or country ("the HALO Trust programme" is HALO's programme, read elsewhere).
 * An order or newness word may come before the name ("its first-ever U.S. Humanitarian Mine
 * Action project"); it is no part of it. An owner's possessive opens a name too, and a plural
 * possessive may be inside it: "MLI’s Survivors’ Assistance programs".
 */
import type { Token } from '../../../text/tokens.js';
import { ORG_HEADS, ROLE_HEADS } from '../../../lexicon/names.js';
import { countryOf } from '../../../lexicon/countries.js';
import { isFree, word } from '../../spans.js';
import { pluralApostropheAt } from '../../../text/names.js';

export interface ProperSpan {
  start: number;
  end: number;
  kind: string;
}

const OPENERS = new Set(['the', 'its', 'their', 'our', 'his', 'her', 'this']);
const HEADS: ReadonlyMap<string, string> = new Map([
  ['initiative', 'initiative'], ['project', 'project'], ['programme', 'programme'], ['program', 'programme'],
  ['campaign', 'initiative'], ['partnership', 'partnership'], ['strategy', 'policy'], ['plan', 'policy'],
  ['package', 'package'], ['coalition', 'coalition'], ['fund', 'fund'], ['framework', 'policy'],
  ['programs', 'programme'], ['programmes', 'programme'], ['projects', 'project'], ['initiatives', 'initiative'],
]);
/** Lower-case words that may come between the opener and the name. */
const MODIFIERS = new Set(['first', 'first-ever', 'new', 'own', 'latest', 'current', 'flagship', 'second', 'third', 'next', 'pilot', 'existing', 'ongoing']);
const INNER = new Set(['in', 'for', 'of', 'to', 'and', 'the', 'on', 'against', '&']);
const MAX_TOKENS = 9;

/** Proper names before a lower-case head in one sentence, on tokens not yet taken. */
export function findProperBeforeHead(tokens: readonly Token[], taken: Uint8Array): ProperSpan[] {
  const out: ProperSpan[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    // "The Landmine Free 2025 initiative …": the opener may open the sentence
    const owner = word(t) && t.cap && t.poss;
    if (!owner && (!word(t) || (t.cap && k > 0) || !OPENERS.has(t.lower))) continue;
    // "its first-ever U.S. Humanitarian Mine Action project": an order or newness word before the name
    let s = k + 1;
    while (s < k + 3 && word(tokens[s]) && !tokens[s]!.cap && MODIFIERS.has(tokens[s]!.lower)) s++;
    if (!word(tokens[s]) || !tokens[s]!.cap) continue;
    let e = s;
    let caps = 0;
    let nums = 0;
    let inner = 0;
    while (e < tokens.length && e < s + MAX_TOKENS) {
      const u = tokens[e]!;
      // "Survivors’ Assistance": a plural possessive goes on past its apostrophe
      if (word(u) && u.cap && (!u.poss || pluralApostropheAt(tokens, e + 1))) caps++;
      else if (u.kind === 'num') nums++;
      else if (word(u) && !u.cap && (INNER.has(u.lower) || (u.lower === 'by' && tokens[e + 1]?.kind === 'num'))) inner++;
      else if (pluralApostropheAt(tokens, e)) inner++;
      else if (!(u.text === '-' && tokens[e + 1]?.start === u.end)) break;
      e++;
    }
    const head = tokens[e];
    const last = tokens[e - 1]!;
    if (!word(head) || head.cap || !HEADS.has(head.lower) || !(last.cap || last.kind === 'num')) continue;
    // words and numbers only: the small words of `inner` alone are not a name
    if (caps < 2 && !(caps === 1 && nums > 0)) continue;
    // "the Mine-Free Colombia initiative" has no small word and is read elsewhere; "our Weapons Destruction program" is read here
    if (inner === 0 && nums === 0 && t.lower === 'the') continue;
    const words = tokens.slice(s, e);
    if (words.some((w) => ORG_HEADS.has(w.lower) || ROLE_HEADS.has(w.lower))) continue;
    if (countryOf(words.map((w) => w.text).join(' '))) continue;
    if (!isFree(taken, s, e + 1)) continue;
    out.push({ start: s, end: e + 1, kind: HEADS.get(head.lower)! });
    k = e;
  }
  return out;
}
