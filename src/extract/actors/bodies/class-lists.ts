/**
 * Names listed before the plural noun of their class: "Tetra Tech, Al-Fahad, Eagle Eye
 * Companies", "the Alpha, Beta and Gamma companies", "Pro Vita and Stop Mines, among other
 * commercial companies", "Alpha, Beta and other operators". Each name of the list is an organisation;
 * the class noun belongs to none of them.
 */
import { isCapWord, nameKey } from '../../text/names.js';
import { countryOf } from '../../lexicon/countries.js';
import type { ClaimBoard } from '../actor-claims.js';

/** Plural nouns of a class of bodies a list of names may end in. */
const CLASS_PLURALS = new Set(['companies', 'firms', 'contractors', 'organizations', 'organisations', 'ngos', 'operators']);
const MAX_NAME_WORDS = 5;
const MIN_NAMES = 2;

/** The start of the capitalised run that ends just before `e` (at most `MAX_NAME_WORDS` words), or `e`. */
function runStart(b: ClaimBoard, e: number): number {
  let s = e;
  for (;;) {
    while (s > 0 && s > e - MAX_NAME_WORDS && isCapWord(b.tokens[s - 1]) && !b.tokens[s - 1]!.poss) s--;
    // "N&N IVSA", "Johnson & Johnson": an ampersand between capitalised words is inside the name
    if (s < e && b.tokens[s - 1]?.text === '&' && isCapWord(b.tokens[s - 2]) && s > e - MAX_NAME_WORDS) s -= 2;
    else return s;
  }
}

/** Words between "other" and the class noun: "among other commercial companies and non-governmental organisations". */
const MAX_CLASS_WORDS = 4;

/**
 * Where the last name of a list ends, for the token at `k`: the class noun right after it
 * ("… Eagle Eye Companies"), or "among other …" / "and other …" before a class noun ("Pro
 * Vita, Stop Mines and N&N IVSA, among other commercial companies"); -1 otherwise.
 */
function listEndAt(b: ClaimBoard, k: number): number {
  const t = b.tokens;
  if (CLASS_PLURALS.has(t[k]!.lower)) return isCapWord(t[k - 1]) ? k : -1;
  const among = t[k]!.lower === 'among' && t[k - 1]?.text === ',' && /^others?$/.test(t[k + 1]?.lower ?? '');
  const andOther = /^(?:and|or)$/.test(t[k]!.lower) && t[k + 1]?.lower === 'other';
  if (!among && !andOther) return -1;
  for (let j = k + 2; j < t.length && j <= k + 1 + MAX_CLASS_WORDS; j++) {
    if (CLASS_PLURALS.has(t[j]!.lower)) {
      const e = among ? k - 1 : k;
      return isCapWord(t[e - 1]) ? e : -1;
    }
    if (t[j]!.kind !== 'word' || t[j]!.cap) break;
  }
  return -1;
}

export function classLists(b: ClaimBoard): void {
  const t = b.tokens;
  for (let k = 2; k < t.length; k++) {
    let e = listEndAt(b, k);
    if (e < 0) continue;
    const names: [number, number][] = [];
    for (;;) {
      const s = runStart(b, e);
      if (s === e) break;
      names.push([s, e]);
      const sep = t[s - 1];
      if (!sep || !(sep.text === ',' || (sep.lower === 'and' && !sep.cap))) break;
      // ", and": an Oxford comma
      e = sep.lower === 'and' && t[s - 2]?.text === ',' ? s - 2 : s - 1;
    }
    if (names.length < MIN_NAMES) continue;
    for (const [s, x] of names) {
      let free = true;
      for (let j = s; j < x; j++) if (b.claimed(j)) free = false;
      const surface = b.surface(s, x);
      if (!free || countryOf(surface)) continue;
      const m = b.mention('organisation', `org:${nameKey(surface)}`, s, x, { evidence: true });
      b.claim({ kind: 'org', start: s, end: x, mention: m });
    }
  }
}

/** Singular class nouns a name may follow in apposition: "the Danish company Hydrema". */
const CLASS_SINGULARS = new Set(['company', 'firm', 'contractor', 'operator', 'manufacturer']);

/** "the Danish company Hydrema", "the demining firm Mine Kafon": the name after a class noun is an organisation's. */
export function classApposition(b: ClaimBoard): void {
  const t = b.tokens;
  for (let k = 1; k + 1 < t.length; k++) {
    const noun = t[k]!;
    if (noun.cap || !CLASS_SINGULARS.has(noun.lower) || !isCapWord(t[k + 1])) continue;
    let e = k + 1;
    while (e < t.length && e < k + 1 + MAX_NAME_WORDS && isCapWord(t[e]) && !b.claimed(e)) e++;
    if (e === k + 1) continue;
    const surface = b.surface(k + 1, e);
    if (countryOf(surface)) continue;
    const m = b.mention('organisation', `org:${nameKey(surface)}`, k + 1, e, { evidence: true });
    b.claim({ kind: 'org', start: k + 1, end: e, mention: m });
  }
}
