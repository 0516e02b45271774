/**
 * Role titles in a sentence's tokens: "Prime Minister", "foreign minister", "Minister for
 * Foreign Affairs", "Director General", "first vice-president", "CMAC general-director".
 * A title is modifiers then at least one head word, optionally "for <Capitalised words>".
 */
import type { Token } from './tokens.js';
import { ROLE_BIGRAMS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon/names.js';
import { countryOf } from './lexicon/countries.js';

export interface RoleSpan {
  start: number;
  end: number;
}

function isRoleWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.allCaps && (ROLE_HEADS.has(t.lower) || ROLE_MODIFIERS.has(t.lower));
}

/** Length of a role head at `i` (2 for a bigram like "prime minister"), or 0. */
function headAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || t.allCaps) return 0;
  const next = tokens[i + 1];
  if (next && next.kind === 'word' && ROLE_BIGRAMS.has(`${t.lower} ${next.lower}`)) return 2;
  return ROLE_HEADS.has(t.lower) ? 1 : 0;
}

/**
 * The role title starting exactly at token `i`, greedy, ending on a head word; `claimed`
 * tokens are never part of it.
 */
export function roleAt(tokens: readonly Token[], i: number, claimed: (k: number) => boolean): RoleSpan | undefined {
  let j = i;
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
  // "Minister for Foreign Affairs": "for" and capitalised words that are not a country.
  const f = tokens[end];
  if (f && f.lower === 'for' && !f.cap) {
    let k = end + 1;
    while (k < tokens.length && tokens[k]!.kind === 'word' && tokens[k]!.cap && !claimed(k)) k++;
    const words = tokens.slice(end + 1, k).map((t) => t.text).join(' ');
    if (k > end + 1 && !countryOf(words)) end = k;
  }
  // "Minister of Foreign Affairs" (but not "of Japan"): capitalised words after "of" that nothing claimed.
  const o = tokens[end];
  if (o && o.lower === 'of' && !o.cap && !claimed(end + 1)) {
    let k = end + 1;
    while (k < tokens.length && tokens[k]!.kind === 'word' && tokens[k]!.cap && !claimed(k)) k++;
    const words = tokens.slice(end + 1, k).map((t) => t.text).join(' ');
    if (k > end + 1 && k - end - 1 <= 3 && !countryOf(words) && /^(?:foreign|defen[cs]e|interior|finance|economy|health|education|state|justice|labou?r|mission|delegation|operations|programmes?)\b/i.test(words)) end = k;
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
  while (last > k && !ROLE_HEADS.has(tokens[last - 1]!.lower) && !(last - 2 >= k && ROLE_BIGRAMS.has(`${tokens[last - 2]!.lower} ${tokens[last - 1]!.lower}`))) last--;
  if (last !== end) return undefined;
  return { start: k, end };
}
