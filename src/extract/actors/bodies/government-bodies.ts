/**
 * Bodies every state has under the same name ("Ministry of Defence", "Department of Foreign
 * Affairs", "National Police"): which country's body a mention is, from the sentence — a
 * demonym or possessive before ("Thai Ministry of Defence", "Ukraine's Ministry of
 * Economy") or "of <country>" after ("Ministry of Foreign Affairs of Japan"). Resolution
 * keeps the bodies of different countries apart (`resolve/government-keys.ts`).
 */
import type { ActorMention, ClaimBoard } from '../actor-claims.js';
import { countryOf, countryOfDemonym } from '../../lexicon/countries.js';
import { isCapWord } from '../../text/names.js';

/** Names that many states give the same kind of body. */
const GENERIC_BODY = /^(?:the\s+)?(?:ministry|ministries|department|council of ministers|national assembly|cabinet|armed forces|army|navy|air force|national police|police|presidency|office of the (?:president|prime minister)|state secretariat)\b/i;

export function isGenericGovernmentBody(surface: string): boolean {
  if (!GENERIC_BODY.test(surface)) return false;
  // "Ministry of Foreign Affairs of Japan", "Department of Foreign Affairs and Trade" stay as written
  return !surface.split(/[^\p{L}]+/u).some((w) => w.length > 2 && /^\p{Lu}/u.test(w) && (countryOf(w) !== undefined || countryOfDemonym(w.toLowerCase()) !== undefined));
}

/** One past "of <country>" when it follows token `e` ("Ministry of Defence | of Ukraine"), else undefined. */
export function countryAfterOf(b: ClaimBoard, e: number): number | undefined {
  const t = b.tokens;
  if (t[e]?.lower !== 'of' || t[e]!.cap) return undefined;
  let k = e + 1;
  if (t[k]?.lower === 'the' && !t[k]!.cap) k++;
  const c = b.countryAt(k);
  if (c <= k) return undefined;
  for (let j = k; j < c; j++) if (b.claimed(j)) return undefined;
  return c;
}

/**
 * One past a country whose name starts after the "of" at token `of` and runs on past `e`, the
 * name's second "of" ("Embassy of the United States | of America"), else undefined.
 */
export function countryOverOf(b: ClaimBoard, of: number, e: number): number | undefined {
  const c = countryAfterOf(b, of);
  return c !== undefined && c > e ? c : undefined;
}

/**
 * Gives a body every state has (mention `m` at token `s`) the country the words before it name;
 * a demonym there is part of how the text names it: "the Senegalese Ministry of Foreign Affairs".
 */
export function ofCountryBefore(b: ClaimBoard, m: ActorMention, s: number): void {
  m.country = governmentCountryBefore(b, s);
  const p = b.tokens[s - 1];
  if (m.country && p && countryOfDemonym(p.lower)) m.display = `${p.text} ${m.surface}`;
}

/** The country whose body the name at tokens `[s, e)` is, from the words just before it. */
export function governmentCountryBefore(b: ClaimBoard, s: number): string | undefined {
  const t = b.tokens;
  const p = t[s - 1];
  if (!p || !p.cap) return undefined;
  const owner = b.owner[s - 1];
  if (owner?.kind === 'demonym' && owner.countryKey) return owner.countryKey;
  const byDemonym = countryOfDemonym(p.lower);
  if (byDemonym) return `country:${byDemonym}`;
  if (p.poss) {
    const c = countryOf(p.base);
    if (c) return `country:${c}`;
  }
  return undefined;
}

/** Heads whose name may list several portfolios ("Ministry of Public Service, Labour and Social Welfare"). */
const PORTFOLIO_HEADS = new Set(['ministry', 'department']);
const MAX_PORTFOLIO_WORDS = 3;

/** The end of one portfolio from `k`: capitalised words, none an acronym or a country, none claimed; `k` when there is none. */
function portfolioEnd(b: ClaimBoard, k: number): number {
  const t = b.tokens;
  let j = k;
  while (j < k + MAX_PORTFOLIO_WORDS && isCapWord(t[j]) && !t[j]!.allCaps && !b.claimed(j) && countryOf(t[j]!.base) === undefined) j++;
  return isCapWord(t[j]) ? k : j;
}

/**
 * One past the portfolios a ministry's name lists after its first one, at `e` (head `h`):
 * "Ministry of Public Service | , Labour and Social Welfare" — commas between capitalised
 * portfolios, the last one after "and". `e` when the name lists none.
 */
export function portfolioListEnd(b: ClaimBoard, h: number, e: number): number {
  const t = b.tokens;
  if (!PORTFOLIO_HEADS.has(t[h]!.lower) || t[h + 1]?.lower !== 'of') return e;
  let k = e;
  while (t[k]?.text === ',') {
    const j = portfolioEnd(b, k + 1);
    if (j === k + 1) return e;
    if (t[j]?.lower === 'and' && !t[j]!.cap) {
      const z = portfolioEnd(b, j + 1);
      // "… Veterans and Social Affairs of the Republic of Serbia": the country whose ministry it is
      return z > j + 1 ? countryAfterOf(b, z) ?? z : e;
    }
    k = j;
  }
  return e;
}
