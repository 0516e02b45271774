/**
 * Policies named by a capitalised phrase and the acronym that spells it: "Safe Path Forward III
 * (SPF III)" (a name with its numeral, and the acronym with the same numeral), and "Women, Peace,
 * and Security (WPS)", "Disarmament, Demobilization and Reintegration (DDR)" (an agenda of joined
 * words). A body ("Handicap International (HI)"), a term of the work ("Victim Assistance (VA)")
 * or an agency ("United Nations Development Programme (UNDP)") is none.
 */
import type { Token } from '../../text/tokens.js';
import type { Described } from './described-initiatives.js';
import { countryOf, countryOfDemonym } from '../../lexicon/countries.js';
import { ORG_HEADS, TERM_ACRONYMS } from '../../lexicon/names.js';
import { initials } from '../../text/names.js';
import { isMineActionWord } from '../../lexicon/mine-action-words.js';

export function findAcronymNames(tokens: readonly Token[], free: (s: number, e: number) => boolean): Described[] {
  const out: Described[] = [];
  // "Safe Path Forward III (SPF III)": a name with its numeral, and the acronym with the same numeral
  for (let k = 3; k + 2 < tokens.length; k++) {
    const acr = tokens[k]!;
    const numeral = tokens[k + 1]!;
    if (tokens[k - 1]!.text !== '(' || tokens[k + 2]!.text !== ')' || !acr.allCaps || !/^[IVX]{1,4}$/.test(numeral.text) || tokens[k - 2]!.text !== numeral.text) continue;
    let s = k - 2;
    while (s > 0 && s > k - 2 - acr.text.length && tokens[s - 1]!.kind === 'word' && tokens[s - 1]!.cap && !tokens[s - 1]!.allCaps) s--;
    const words = tokens.slice(s, k - 2);
    if (words.length !== acr.text.length || initials(words.map((u) => u.text).join(' ')) !== acr.text || !free(s, k - 1)) continue;
    out.push({ start: s, end: k - 1, kind: 'policy', aliases: [], acronym: `${acr.text} ${numeral.text}` });
  }
  // "Women, Peace, and Security (WPS)", "Disarmament, Demobilization and Reintegration (DDR)": an agenda of joined words
  for (let k = 2; k + 1 < tokens.length; k++) {
    if (tokens[k - 1]!.text !== '(' || tokens[k + 1]!.text !== ')') continue;
    const acr = tokens[k]!;
    if (!acr.allCaps || acr.text.length < 2 || acr.text.length > 8 || TERM_ACRONYMS.has(acr.text)) continue;
    let s = k - 1;
    let caps = 0;
    while (s > 0 && caps < acr.text.length) {
      const u = tokens[s - 1]!;
      if (u.kind === 'word' && u.cap && !u.allCaps) caps++;
      else if (!(u.text === ',' || (u.kind === 'word' && /^(?:and|of|for|the|on|in)$/.test(u.lower)))) break;
      s--;
    }
    if (caps !== acr.text.length || !free(s, k - 1)) continue;
    const phrase = tokens.slice(s, k - 1);
    // an agenda lists what it joins ("Women, Peace, and Security"); "Handicap International (HI)" is a body
    if (!phrase.some((u) => u.text === ',' || u.lower === 'and')) continue;
    // "Victim Assistance (VA)", "Mine Detection Dogs (MDD)": a term of the work, not a policy
    if (phrase.some((u) => ORG_HEADS.has(u.lower) || countryOf(u.base) || countryOfDemonym(u.lower) || isMineActionWord(u.lower))) continue;
    // "United Nations Development Programme (UNDP)": an agency, not a policy
    if (/^(?:united|un|world)$/.test(phrase[0]?.lower ?? '')) continue;
    if (initials(phrase.filter((u) => u.kind === 'word' && u.cap).map((u) => u.text).join(' ')) !== acr.text) continue;
    out.push({ start: s, end: k - 1, kind: 'policy', aliases: [], acronym: acr.text });
  }
  return out;
}
