/**
 * Public bodies written in lower case around a name: a country's forces ("Angolan
 * security forces", "the Kenyan police"), an armed group ("the Houthi militia"), the
 * government or authorities of a province, district or commune ("the government of Quang Tri
 * Province", "Local authorities of Gio Hai Commune"), "the government of <country>", which
 * is the country, and parties named before a lower-case "party" ("the Japanese Komeito party").
 */
import { isCapWord, nameKey } from '../../text/names.js';
import { countryOf, countryOfDemonym } from '../../lexicon/countries.js';
import { COLLECTIVE_BODIES } from '../../lexicon/names.js';
import type { ClaimBoard } from '../actor-claims.js';

/** The collective bodies' names as words, by their first word: one look-up per token. */
const COLLECTIVE = new Map<string, string[][]>();
for (const name of COLLECTIVE_BODIES) {
  const words = name.toLowerCase().split(' ');
  COLLECTIVE.set(words[0]!, [...(COLLECTIVE.get(words[0]!) ?? []), words]);
}

/** "States Parties", "Congress", "Parliament": bodies that act together, named without a head word. */
export function collectiveBodies(b: ClaimBoard): void {
  const t = b.tokens;
  for (let k = 0; k < t.length; k++) {
    if (b.claimed(k) || t[k]!.kind !== 'word') continue;
    const names = COLLECTIVE.get(t[k]!.lower);
    if (names === undefined) continue;
    for (const words of names) {
      const end = k + words.length;
      if (end > t.length || words.some((w, i) => t[k + i]!.lower !== w || b.claimed(k + i))) continue;
      // one capitalised word must be written so ("Congress", not "congress"); "states parties" may be lower case
      if (words.length === 1 && !t[k]!.cap) continue;
      // "a State Party" is a country's status, the plural the parties together; "Parliament House" is a building
      // "Congress of Local Authorities" is a name of its own, read by its head word
      const ofName = /^(?:of|for)$/.test(t[end]?.lower ?? '') && isCapWord(t[end + 1]);
      if (isCapWord(t[end]) || ofName || (words.length === 1 && t[k - 1]?.cap && !/^(?:the|of|by|to|and|in)$/i.test(t[k - 1]!.lower))) continue;
      const surface = b.surface(k, end);
      const m = b.mention('organisation', `org:${nameKey(surface)}`, k, end, { evidence: true });
      b.claim({ kind: 'org', start: k, end, mention: m });
      k = end - 1;
      break;
    }
  }
}

const FORCE_ADJECTIVES = new Set(['armed', 'security', 'defence', 'defense', 'police', 'military', 'border', 'naval', 'air', 'national']);
const FORCE_NOUNS = new Set(['forces', 'army', 'police', 'navy', 'military', 'armed']);
/** Nouns of armed groups after their capitalised name: "Houthi militia", "Maoist rebels". */
const ARMED_GROUPS = new Set(['militia', 'militias', 'rebels', 'insurgents']);
const LEVELS = new Set(['local', 'provincial', 'district', 'regional', 'municipal', 'city', 'state', 'commune', 'village', 'county']);
const GOVERNING_NOUNS = new Set(['government', 'authorities', 'authority', 'administration', 'council']);
/** Last words of the name of a place below a country. */
const PLACE_HEADS = new Set([
  'province', 'region', 'district', 'commune', 'governorate', 'oblast', 'county', 'municipality', 'city', 'town',
  'village', 'prefecture', 'canton', 'island', 'islands', 'state', 'territory', 'department',
]);

/** Words after a force noun that make it a verb's subject, not an adjective: "The Ukrainian military cleared …". */
const AFTER_SUBJECT = /^(?:is|are|was|were|has|have|had|will|would|said|says|and|\p{Ll}+ed)$/u;

/** The end of a lower-case force noun written after a country or demonym at `e` ("army", "security forces"), or -1. */
function forceEnd(b: ClaimBoard, e: number): number {
  const t = b.tokens;
  let x = e;
  while (x < t.length && x < e + 2 && !t[x]!.cap && FORCE_ADJECTIVES.has(t[x]!.lower) && !FORCE_NOUNS.has(t[x]!.lower)) x++;
  const noun = t[x];
  if (!noun || noun.cap || !FORCE_NOUNS.has(noun.lower) || noun.lower === 'armed' || b.claimed(x)) return -1;
  // "military" alone is an adjective ("Ukrainian military personnel"), unless a verb follows it
  if (noun.lower === 'military' && t[x + 1]?.kind === 'word' && !AFTER_SUBJECT.test(t[x + 1]!.lower)) return -1;
  return x + 1;
}

/**
 * A country's forces written after its name or a demonym of two words: "the New Zealand army",
 * "the Sri Lankan army", "Chile's Armed Forces" (run before the country and the organisation
 * stages, which would take the country, or "Armed Forces" alone).
 */
export function countryForces(b: ClaimBoard): void {
  const t = b.tokens;
  for (let k = 0; k + 1 < t.length; k++) {
    if (!isCapWord(t[k]) || b.claimed(k) || t[k]!.lower === 'the') continue;
    const named = b.countryAt(k);
    let end = -1;
    if (named > 0) {
      // "Chile's Armed Forces": after a possessive, only the capitalised forces; "the New Zealand army": a lower-case noun
      const poss = t[named - 1]!.poss;
      if (poss) end = t[named]?.text === 'Armed' && t[named + 1]?.text === 'Forces' && !b.claimed(named) && !b.claimed(named + 1) ? named + 2 : -1;
      else end = forceEnd(b, named);
    } else if (isCapWord(t[k + 1]) && !b.claimed(k + 1) && countryOfDemonym(`${t[k]!.lower} ${t[k + 1]!.lower}`)) {
      end = forceEnd(b, k + 2);
    }
    if (end < 0) continue;
    const m = b.mention('organisation', `org:${nameKey(b.surface(k, end))}`, k, end, { head: t[end - 1]!.lower });
    b.claim({ kind: 'org', start: k, end, mention: m });
    k = end - 1;
  }
}

/** "Angolan security forces": a demonym, optional adjectives, then a lower-case force noun. */
export function nationalForces(b: ClaimBoard): void {
  const t = b.tokens;
  for (let k = 0; k + 1 < t.length; k++) {
    const d = t[k]!;
    // "the Iran-backed Houthi militia": an armed group named by a capitalised word before its noun
    if (d.cap && d.kind === 'word' && !b.claimed(k) && !b.claimed(k + 1) && ARMED_GROUPS.has(t[k + 1]!.lower) && !t[k + 1]!.cap && !/^(?:the|a|an|its|their)$/i.test(d.text)) {
      const m = b.mention('organisation', `org:${nameKey(b.surface(k, k + 2))}`, k, k + 2, { head: t[k + 1]!.lower });
      b.claim({ kind: 'org', start: k, end: k + 2, mention: m });
      k++;
      continue;
    }
    if (!d.cap || d.kind !== 'word' || b.claimed(k) || !countryOfDemonym(d.lower)) continue;
    const end = forceEnd(b, k + 1);
    if (end < 0) continue;
    const m = b.mention('organisation', `org:${nameKey(b.surface(k, end))}`, k, end, { head: t[end - 1]!.lower });
    b.claim({ kind: 'org', start: k, end, mention: m });
    k = end - 1;
  }
}

/** "the government of Quang Tri Province", "Local authorities of Gio Hai Commune", "the government of Afghanistan". */
export function localGovernments(b: ClaimBoard): void {
  const t = b.tokens;
  for (let k = 0; k + 2 < t.length; k++) {
    const noun = t[k]!;
    if (noun.kind !== 'word' || !GOVERNING_NOUNS.has(noun.lower) || b.claimed(k) || t[k + 1]?.lower !== 'of') continue;
    // a capitalised "Government of …" is read by the organisation stage
    const start = k > 0 && LEVELS.has(t[k - 1]!.lower) && !b.claimed(k - 1) ? k - 1 : k;
    if (t[start]!.cap && start === k) continue;
    let s = k + 2;
    if (t[s]?.lower === 'the' && !t[s]!.cap) s++;
    const country = b.countryAt(s);
    if (country > s && noun.lower === 'government' && start === k) {
      let clear = true;
      for (let j = s; j < country; j++) if (b.claimed(j)) clear = false;
      if (!clear) continue;
      const name = countryOf(b.surface(s, country));
      if (!name) continue;
      const m = b.mention('country', `country:${name}`, k, country, { display: name });
      b.claim({ kind: 'country', start: k, end: country, mention: m });
      k = country - 1;
      continue;
    }
    let e = s;
    while (e < t.length && isCapWord(t[e]) && !b.claimed(e) && e < s + 6) e++;
    // "the provincial government of Tete": a level word says whose government it is, place word or not
    if (e === s || (!PLACE_HEADS.has(t[e - 1]!.lower) && start === k)) continue;
    const m = b.mention('organisation', `org:${nameKey(b.surface(start, e))}`, start, e, { head: noun.lower });
    b.claim({ kind: 'org', start, end: e, mention: m });
    k = e - 1;
  }
}

/** "the Japanese Komeito party": a capitalised name before lower-case "party". */
export function lowerCaseParties(b: ClaimBoard): void {
  const t = b.tokens;
  for (let k = 1; k < t.length; k++) {
    if (t[k]!.lower === 'party' && !t[k]!.cap && isCapWord(t[k - 1]) && !b.claimed(k - 1)) {
      let s = k - 1;
      while (s - 1 >= 0 && isCapWord(t[s - 1]) && !b.claimed(s - 1) && !countryOfDemonym(t[s - 1]!.lower)) s--;
      if (countryOfDemonym(t[s]!.lower)) s++;
      if (s < k) {
        const m = b.mention('organisation', `org:${nameKey(b.surface(s, k))}`, s, k, { head: 'party' });
        b.claim({ kind: 'org', start: s, end: k, mention: m });
      }
    }
  }
}
