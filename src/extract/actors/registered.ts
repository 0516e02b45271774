/**
 * Well-known bodies from the register, claimed before any other stage: "HALO Trust and
 * Humanity and Inclusion" are two organisations, "MAG" is one without evidence, and every
 * name of one body ("UNMAS", "United Nations Mine Action Service") shares one key. Treaties
 * and meetings of the register are never actors.
 */
import { isCapWord, nameKey } from '../text/names.js';
import { HONORIFICS, ORG_HEADS, ORG_SUBUNITS } from '../lexicon/names.js';
import { countryOf, countryOfDemonym } from '../lexicon/countries.js';
import { isRoleHead } from './roles.js';
import { acronymsOf, registeredAt } from '../lexicon/register.js';
import type { ClaimBoard } from './actor-claims.js';
import { acronymDefinition } from './bodies/acronym-names.js';

/**
 * One past the longer body a registered name at `[s, e)` runs on into ("United Nations | Office of
 * Humanitarian Affairs", "UXO Lao | Training Center"), or undefined: capitalised words ending in
 * a body's head word. An acronym's office is the body's own (branch-offices.ts).
 */
function longerBodyEnd(b: ClaimBoard, s: number, e: number): number | undefined {
  const t = b.tokens;
  if (t[e - 1]!.poss) return undefined;
  let end: number | undefined;
  for (let k = e; k < e + 4 && isCapWord(t[k]) && !b.claimed(k) && !b.breakEndsName(k); k++) if (ORG_HEADS.has(t[k]!.lower)) end = k + 1;
  if (end !== undefined && e - s === 1 && t[s]!.allCaps && ORG_SUBUNITS.has(t[end - 1]!.lower)) return undefined;
  return end;
}

/** Whether a registered full name at `s` follows a capitalised word of a longer name: "the Interim | Implementation Support Unit". */
function afterOwnWord(b: ClaimBoard, s: number): boolean {
  const t = b.tokens;
  const p = t[s - 1];
  if (!p || !isCapWord(p) || p.allCaps || p.poss || t[s]!.allCaps || b.claimed(s - 1) || b.view.slice(p.end, t[s]!.start).includes('\n')) return false;
  const before = t[s - 2];
  // a capitalised word that opens the sentence, a title, a role or a country is no part of the name
  if (!before || before.text === '.' || HONORIFICS.has(p.lower) || isRoleHead(p.lower) || countryOf(p.base) || countryOfDemonym(p.lower)) return false;
  return true;
}

export function registeredBodies(b: ClaimBoard): void {
  const t = b.tokens;
  for (let k = 0; k < t.length; k++) {
    if (b.claimed(k)) continue;
    const match = registeredAt(t, k);
    if (!match) continue;
    let clear = true;
    for (let j = match.start; j < match.end; j++) if (b.claimed(j)) clear = false;
    if (!clear || afterOwnWord(b, match.start)) continue;
    const longer = longerBodyEnd(b, match.start, match.end);
    // a name of its own, written with the body's ("UXO Lao Training Center"): left to the stages after when it has no acronym
    if (longer !== undefined) {
      if (!t.slice(match.start, match.end).some((x) => x.allCaps)) continue;
      const m = b.mention('organisation', `org:${nameKey(b.surface(match.start, longer))}`, match.start, longer, { head: nameKey(t[longer - 1]!.base) });
      b.claim({ kind: 'org', start: match.start, end: longer, mention: m });
      k = longer - 1;
      continue;
    }
    if (match.entry.kind !== 'organisation') {
      b.claim({ kind: 'initiative', start: match.start, end: match.end });
    } else {
      const m = b.mention('organisation', `org:${nameKey(match.entry.name)}`, match.start, match.end, { evidence: true });
      for (const acr of acronymsOf(match.entry)) m.links.push(`acr:${acr}`);
      b.claim({ kind: 'org', start: match.start, end: match.end, mention: m });
      // "Danish Refugee Council (DRC)": the document's own acronym for a registered body
      acronymDefinition(b, m, match.end);
    }
    k = match.end - 1;
  }
}
