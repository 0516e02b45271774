/**
 * "KOICA Laos Office", "JMAS (Palau Office)": a body's office in a country, named right after the
 * body. The words are only a country and an office word, so the office is no actor of its own:
 * the body before it is the one that acts.
 */
import type { ClaimBoard } from './actor-claims.js';
import { countryOf } from '../lexicon/countries.js';
import { ORG_SUBUNITS } from '../lexicon/names.js';

/**
 * Claims tokens `[s, e)` (head at `e - 1`) for the body just before them when they are only a
 * country and an office word; false, claiming nothing, otherwise.
 */
export function claimBranchOffice(b: ClaimBoard, s: number, e: number): boolean {
  const t = b.tokens;
  if (e - s < 2 || !ORG_SUBUNITS.has(t[e - 1]!.lower) || !countryOf(b.surface(s, e - 1))) return false;
  let k = s - 1;
  if (t[k]?.text === ')') k--;
  const before = b.owner[k];
  if (!before?.mention || (before.kind !== 'org' && before.kind !== 'acronym')) return false;
  // one claim from the body to its office, so a role held "of the KOICA Laos Office" reads the body
  b.claim({ kind: before.kind, start: before.start, end: e, mention: before.mention });
  return true;
}
