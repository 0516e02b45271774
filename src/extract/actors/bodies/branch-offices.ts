/**
 * "KOICA Laos Office", "JMAS (Palau Office)", "the OSCE Programme Office in Dushanbe": a body's
 * office in a country, or of a kind, named right after the body. The words are only a country (or
 * the office's kind) and an office word, so the office is no actor of its own: the body before it
 * is the one that acts.
 */
import type { ClaimBoard } from '../actor-claims.js';
import { countryOf } from '../../lexicon/countries.js';
import { ORG_SUBUNITS } from '../../lexicon/names.js';
import { isCapWord } from '../../text/names.js';

/** Words saying what kind of office a body keeps: "OSCE Programme Office", "UNDP Country Office". */
const OFFICE_KINDS = new Set(['programme', 'program', 'country', 'regional', 'field', 'liaison', 'project', 'sub-regional', 'subregional', 'area', 'provincial']);

/**
 * Claims tokens `[s, e)` (head at `e - 1`) for the body just before them when they are only a
 * country and an office word; false, claiming nothing, otherwise.
 */
export function claimBranchOffice(b: ClaimBoard, s: number, e: number): boolean {
  const t = b.tokens;
  if (e - s < 2 || !ORG_SUBUNITS.has(t[e - 1]!.lower)) return false;
  const kind = t.slice(s, e - 1).every((w) => OFFICE_KINDS.has(w.lower));
  if (!kind && !countryOf(b.surface(s, e - 1))) return false;
  let k = s - 1;
  if (t[k]?.text === ')') k--;
  const before = b.owner[k];
  if (!before?.mention || (before.kind !== 'org' && before.kind !== 'acronym')) return false;
  // one claim from the body to its office, so a role held "of the KOICA Laos Office" reads the body
  b.claim({ kind: before.kind, start: before.start, end: e, mention: before.mention });
  return true;
}

/** Heads of a state's office abroad, named with the city or country it is in. */
const DIPLOMATIC_HEADS = new Set(['embassy', 'consulate', 'consulate-general', 'high commission']);
const MAX_PLACE_WORDS = 3;

/**
 * One past "in <place>" at token `e` after an embassy's name whose head is `h` ("Embassy of
 * Japan | in Dushanbe", "Japanese Embassy | in Phnom Penh"): two embassies of one state in two
 * places are two bodies. `e` when no place follows.
 */
export function placeOfMission(b: ClaimBoard, h: number, e: number): number {
  const t = b.tokens;
  if (!DIPLOMATIC_HEADS.has(t[h]!.lower) || t[e]?.lower !== 'in' || t[e]!.cap) return e;
  const c = b.countryAt(e + 1);
  const country = c > e + 1 ? countryOf(b.surface(e + 1, c)) : undefined;
  if (country) {
    // the country is named too: "… in Thailand" still says Thailand
    b.mention('country', `country:${country}`, e + 1, c, { display: country, acting: b.countryActs(e + 1) });
    return c;
  }
  let k = e + 1;
  while (k < e + 1 + MAX_PLACE_WORDS && isCapWord(t[k]) && !b.claimed(k) && !b.breakEndsName(k)) k++;
  return k > e + 1 && !isCapWord(t[k]) ? k : e;
}
