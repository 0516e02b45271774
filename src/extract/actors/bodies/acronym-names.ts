/**
 * Organisations and their acronyms written together, in either order: "CMAC (Cambodian Mine
 * Action Centre)" and "Cambodian Mine Action Centre (CMAC)".
 */
import { initials, isCapWord, nameKey } from '../../text/names.js';
import { countryOf, countryOfDemonym } from '../../lexicon/countries.js';
import { TERM_ACRONYMS } from '../../lexicon/names.js';
import type { ActorMention, ClaimBoard } from '../actor-claims.js';

function capitals(text: string): string {
  return text.replace(/[^\p{Lu}]/gu, '');
}

/** "GW (Golden West Relief)": an acronym first, then the name its initials spell in brackets. */
export function acronymThenName(b: ClaimBoard): void {
  const t = b.tokens;
  for (const run of b.runs) {
    const k = run.start - 2;
    if (k < 0 || t[k + 1]!.text !== '(' || t[run.end]?.text !== ')' || run.end - run.start < 2) continue;
    const acr = t[k]!;
    if (!acr.allCaps || b.claimed(k) || TERM_ACRONYMS.has(acr.text)) continue;
    let clear = true;
    for (let j = run.start; j < run.end; j++) if (b.claimed(j)) clear = false;
    const surface = b.surface(run.start, run.end);
    if (!clear || initials(surface) !== acr.text || countryOf(surface)) continue;
    const m = b.mention('organisation', `org:${nameKey(surface)}`, run.start, run.end);
    m.links.push(`acr:${acr.text}`);
    (m.alsoCalled ??= []).push(acr.text);
    b.claim({ kind: 'org', start: run.start, end: run.end, mention: m });
    b.claim({ kind: 'acronym', start: k, end: k + 1, mention: m });
  }
}

/** "Cambodian Mine Action Centre (CMAC)": links the acronym to the long name. */
export function acronymDefinition(b: ClaimBoard, m: ActorMention, after: number): void {
  const t = b.tokens;
  if (t[after]?.text !== '(' || t[after + 2]?.text !== ')') return;
  const acr = t[after + 1]!;
  if (acr.kind !== 'word' || acr.text.length < 2 || acr.text.length > 12) return;
  if (!acr.allCaps) {
    // "… for International Development (AusAID)": an acronym in mixed case whose capitals spell the initials
    if (!/^\p{Lu}[\p{L}]*$/u.test(acr.text) || capitals(acr.text).length < 3 || capitals(acr.text) !== initials(m.surface)) return;
    (b.state.mixedAcronyms ??= new Set()).add(acr.text);
  }
  let ini = initials(m.surface);
  // "Foreign, Commonwealth and Development Office (FCDO)": the acronym reaches back over commas
  if (ini.length < acr.text.length && !ini.startsWith(acr.text[0]!)) {
    let s = m.tok;
    while (s >= 2 && t[s - 1]!.text === ',' && isCapWord(t[s - 2]) && !b.claimed(s - 2) && ini.length < acr.text.length) {
      s -= 2;
      ini = initials(b.surface(s, m.tokEnd));
    }
    if (ini === acr.text) {
      m.surface = b.surface(s, m.tokEnd);
      m.key = `org:${nameKey(m.surface)}`;
      m.tok = s;
      b.claim({ kind: 'org', start: s, end: m.tokEnd, mention: m });
    }
  }
  // "Lao National Regulatory Authority (NRA)": the acronym may leave out the country word the name opens with
  const opening = m.surface.split(' ', 1)[0]!;
  const national = ini.slice(1) === acr.text && (countryOfDemonym(opening) ?? countryOf(opening)) !== undefined;
  // initials that disagree are still the acronym when it is long enough ("… Assistance (CNIDAH)", a Portuguese name)
  if (acr.text[0] !== ini[0] && acr.text.length < 4 && !national) return;
  if (acr.allCaps) (b.state.orgAcronyms ??= new Set()).add(acr.text);
  m.links.push(`acr:${acr.text}`);
  (m.alsoCalled ??= []).push(acr.text);
  b.claim({ kind: 'acronym', start: after + 1, end: after + 2, mention: m });
}
