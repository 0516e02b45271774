/**
 * Role titles in a sentence's tokens: "Prime Minister", "foreign minister", "Minister for
 * Foreign Affairs", "Director General", "first vice-president", "CMAC general-director".
 * A title is modifiers then at least one head word, optionally "for <Capitalised words>".
 */
import type { Token } from '../text/tokens.js';
import { ROLE_BIGRAMS, ROLE_HEADS, ROLE_MODIFIERS } from '../lexicon/names.js';
import { countryOf } from '../lexicon/countries.js';

export interface RoleSpan {
  start: number;
  end: number;
}

function isRoleWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.allCaps && (isRoleHead(t.lower) || ROLE_MODIFIERS.has(t.lower));
}

/** A role head word, also hyphenated ("Ambassador-at-Large", "Minister-designate"). */
export function isRoleHead(lower: string): boolean {
  if (ROLE_HEADS.has(lower)) return true;
  const dash = lower.indexOf('-');
  return dash > 0 && ROLE_HEADS.has(lower.slice(0, dash)) && /^(?:at-large|designate|elect|in-chief|general|in-charge)$/.test(lower.slice(dash + 1));
}

/** Length of a role head at `i` (2 for a bigram like "prime minister"), or 0. */
/** Role titles written in capitals: "CEO", "MP". */
const ROLE_ACRONYMS = new Set(['CEO', 'COO', 'CFO', 'MP', 'MEP']);

function headAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return 0;
  if (t.allCaps) return ROLE_ACRONYMS.has(t.text) ? 1 : 0;
  const next = tokens[i + 1];
  if (next && next.kind === 'word' && ROLE_BIGRAMS.has(`${t.lower} ${next.lower}`)) return 2;
  return isRoleHead(t.lower) ? 1 : 0;
}

/**
 * The role title starting exactly at token `i`, greedy, ending on a head word; `claimed`
 * tokens are never part of it.
 */
export function roleAt(
  tokens: readonly Token[],
  i: number,
  claimed: (k: number) => boolean,
  nameWord: (t: Token | undefined) => boolean = () => false,
  countryModifier = false,
): RoleSpan | undefined {
  let j = i;
  // "Angola Programme Manager": a country may open a title
  if (countryModifier) j++;
  let lastHeadEnd = -1;
  while (j < tokens.length && !claimed(j)) {
    const h = headAt(tokens, j);
    if (h > 0) {
      if (h === 2 && claimed(j + 1)) break;
      j += h;
      lastHeadEnd = j;
      continue;
    }
    if (isRoleWord(tokens[j])) {
      j++;
      continue;
    }
    break;
  }
  if (lastHeadEnd < 0) return undefined;
  let end = lastHeadEnd;
  for (let round = 0; round < 2; round++) {
    const f = tokens[end];
    if (!f || f.cap || (f.lower !== 'for' && f.lower !== 'of')) break;
    let k = end + 1;
    // capitalised words, and "and" between them ("Minister of Labour and Social Welfare")
    while (k < tokens.length && !claimed(k) && ((tokens[k]!.kind === 'word' && tokens[k]!.cap) || (tokens[k]!.lower === 'and' && k > end + 1 && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.cap && !claimed(k + 1)))) k++;
    // "Minister for Foreign Affairs Yoko Kamikawa": a name closing the run is not part of the title
    // (of three or more name-like words, a person's are the last two: "Minister of Environment Karim Al-Jaberi")
    let nameFrom = k;
    while (nameFrom > end + 1 && (nameWord(tokens[nameFrom - 1]) || /^\p{Lu}$/u.test(tokens[nameFrom - 1]!.text))) nameFrom--;
    if (k - nameFrom >= 3) nameFrom = k - 2;
    // "… for Development and Africa", "Minister of Labour and Social Welfare, acknowledged": the words after "and" are the title's
    // when one word follows it, or when the title ends there at a comma
    if (tokens[nameFrom - 1]?.lower === 'and' && (k - nameFrom === 1 || /^[,;.)]$/.test(tokens[k]?.text ?? '.'))) nameFrom = k;

    if (nameFrom < k && nameFrom > end + 1) k = nameFrom;
    // "Director of The HALO Trust": the article of a body's name is the body's
    while (k > end + 1 && /^(?:the|a|an)$/.test(tokens[k - 1]!.lower)) k--;
    const words = tokens.slice(end + 1, k).map((t) => t.text).join(' ');
    if (k === end + 1 || countryOf(words)) break;
    // "Minister for Foreign Affairs", "Secretary of State for Demining"; but "of <organisation>" is not part of the title
    // "of <organisation>" was claimed before roles were read; what is left is part of the title
    if (f.lower === 'of' && k - end - 1 > 4) break;
    end = k;
  }
  return { start: i, end };
}

/** The role title ending just before token `end` (read backwards), if any. */
export function roleEndingAt(tokens: readonly Token[], end: number, claimed: (k: number) => boolean): RoleSpan | undefined {
  let k = end;
  while (k > 0 && isRoleWord(tokens[k - 1]) && !claimed(k - 1)) k--;
  if (k === end) return undefined;
  // must end on a head
  let last = end;
  while (last > k && !isRoleHead(tokens[last - 1]!.lower) && !(last - 2 >= k && ROLE_BIGRAMS.has(`${tokens[last - 2]!.lower} ${tokens[last - 1]!.lower}`))) last--;
  if (last !== end) return undefined;
  return { start: k, end };
}
