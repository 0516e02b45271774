/**
 * Names listed before the plural noun of their class: "Tetra Tech, Al-Fahad, Eagle Eye
 * Companies", "the Alpha, Beta and Gamma companies". Each name of the list is an organisation;
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
  while (s > 0 && s > e - MAX_NAME_WORDS && isCapWord(b.tokens[s - 1]) && !b.tokens[s - 1]!.poss) s--;
  return s;
}

export function classLists(b: ClaimBoard): void {
  const t = b.tokens;
  for (let k = 2; k < t.length; k++) {
    if (!CLASS_PLURALS.has(t[k]!.lower) || !isCapWord(t[k - 1])) continue;
    const names: [number, number][] = [];
    let e = k;
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
