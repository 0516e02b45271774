/**
 * Organisations in a sentence: capitalised names ending in a head word ("… Centre",
 * "Ministry of Economy", "… Office in Ukraine"), international bodies ("United Nations"),
 * "the Japanese Komeito party", "the Japanese embassy in Cambodia", names the text defines
 * by an acronym ("Norwegian People's Aid (NPA)") or calls an organisation ("UXO Lao, the
 * national operator"); "Government of Japan" is the country.
 */
import type { Run } from '../../text/names.js';
import { initials, isCapWord, nameKey, pluralApostropheAt } from '../../text/names.js';
import { ClaimBoard, DETERMINERS } from '../actor-claims.js';
import { countryOf, countryOfDemonym } from '../../lexicon/countries.js';
import { isMineActionWord } from '../../lexicon/mine-action-words.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/numbers.js';
import { countryAfterOf, countryOverOf, isGenericGovernmentBody, ofCountryBefore, portfolioListEnd } from './government-bodies.js';
import { personClosesRun, personInApposition } from '../../text/person-closes-run.js';
import { claimBranchOffice, placeOfMission } from './branch-offices.js';
import { claimJointBodies } from './joint-bodies.js';
import { lowerCaseParties } from './public-bodies.js';
import { isParticipantLabel } from '../../text/layout/field-lines.js';
import { acronymDefinition } from './acronym-names.js';
import {
  HEADLINE_VERBS, HONORIFICS, isInternationalOrganisation, LEADING_NOISE, ORG_CLASS_NOUNS, ORG_HEADS, ORG_SUBUNITS, ROLE_HEADS,
  startsInternationalName, TERM_ACRONYMS,
} from '../../lexicon/names.js';

const MISSION_NOUNS = new Set(['embassy', 'consulate', 'mission', 'delegation']);
/** Last words of names of events and texts, which no organisation's name ends in. */
const EVENT_TAILS = new Set([
  'conference', 'meeting', 'meetings', 'ceremony', 'workshop', 'seminar', 'briefing', 'summit', 'launch', 'event',
  'session', 'symposium', 'webinar', 'visit', 'release', 'statement', 'remarks', 'speech', 'report', 'reports',
  'day', 'week', 'photo', 'photos', 'video', 'update', 'bulletin', 'newsletter',
]);
/** Words that alone name a press or contact desk of some body ("Communications Unit", "Press Section"), no body of its own. */
const DESK_WORDS = new Set(['press', 'media', 'communications', 'communication', 'information', 'public', 'affairs', 'news', 'contact', 'contacts', 'liaison', 'outreach']);
/** Heads of such a desk. */
const DESK_HEADS = new Set(['unit', 'section', 'office', 'desk', 'team', 'department', 'service', 'division', 'centre', 'center']);

export function organisations(b: ClaimBoard): void {
  const t = b.tokens;
  for (const run of b.runs) {
    // International bodies without head words: "United Nations".
    for (let k = run.start; k < run.end; k++) {
      if (b.claimed(k) || !startsInternationalName(t[k]!.lower)) continue;
      for (let len = Math.min(4, run.end - k); len >= 1; len--) {
        const words = t.slice(k, k + len).map((x) => x.base).join(' ');
        if (isInternationalOrganisation(words.toLowerCase()) && !ORG_HEADS.has(t[k + len]?.lower ?? '') && !isCapWord(t[k + len])) {
          const m = b.mention('organisation', `org:${nameKey(words)}`, k, k + len);
          b.claim({ kind: 'org', start: k, end: k + len, mention: m });
          break;
        }
      }
    }
    for (let h = run.start; h < run.end; h++) {
      const head = t[h]!;
      if (b.claimed(h) || !head.cap || !ORG_HEADS.has(head.lower) || head.allCaps) continue;
      organisationAt(b, run, h);
    }
  }
  lowerCaseParties(b);
}

/**
 * Capitalised names the text itself marks as organisations: "Norwegian People's Aid (NPA)"
 * (an acronym spelling its initials), "UXO Lao, the national operator" (an apposition).
 */
export function namedOrganisations(b: ClaimBoard): void {
  const t = b.tokens;
  for (const run of b.runs) {
    let s = run.start;
    while (s < run.end && (b.claimed(s) || LEADING_NOISE.has(t[s]!.lower))) s++;
    const e = run.end;
    if (e - s < 2 && !(e - s === 1 && t[s]?.allCaps)) continue;
    let clear = true;
    for (let k = s; k < e; k++) if (b.claimed(k) && b.owner[k]!.kind !== 'demonym') clear = false;
    if (!clear) continue;
    const surface = b.surface(s, e);
    if (countryOf(surface) || t[e - 1]!.lower === 'fund') continue;
    const acr = t[e]?.text === '(' && t[e + 2]?.text === ')' ? t[e + 1] : undefined;
    // "Victim Assistance (VA)": a term of the work spelled by its acronym is no body
    const term = !t.slice(s, e).some((x) => ORG_HEADS.has(x.lower)) && t.slice(s, e).some((x) => isMineActionWord(x.lower));
    const defined = acr !== undefined && acr.allCaps && initials(surface) === acr.text && !TERM_ACRONYMS.has(acr.text) && !term;
    let apposed = false;
    if (t[e]?.text === ',' && DETERMINERS.has(t[e + 1]?.lower ?? '')) {
      for (let j = e + 2; j < t.length && j <= e + 4; j++) {
        if (ORG_CLASS_NOUNS.has(t[j]!.lower) && !t[j]!.cap) apposed = true;
        if (t[j]!.kind !== 'word') break;
      }
    }
    if (!defined && !apposed) continue;
    const m = b.mention('organisation', `org:${nameKey(surface)}`, s, e);
    b.claim({ kind: 'org', start: s, end: e, mention: m });
    if (defined) {
      m.links.push(`acr:${acr!.text}`);
      (m.alsoCalled ??= []).push(acr!.text);
      b.claim({ kind: 'acronym', start: e + 1, end: e + 2, mention: m });
    }
  }
}

/** "the Japanese embassy in Cambodia": a country's mission named in lower case. */
export function embassies(b: ClaimBoard): void {
  const t = b.tokens;
  for (let k = 1; k < t.length; k++) {
    const noun = t[k]!;
    if (noun.cap || !MISSION_NOUNS.has(noun.lower) || b.claimed(k) || b.claimed(k - 1)) continue;
    const country = countryOfDemonym(t[k - 1]!.lower);
    if (!country || !t[k - 1]!.cap) continue;
    let e = k + 1;
    if (t[e]?.lower === 'in' && b.countryAt(e + 1) > e + 1) e = b.countryAt(e + 1);
    const m = b.mention('organisation', `org:${nameKey(b.surface(k - 1, e))}`, k - 1, e, { head: noun.lower });
    b.claim({ kind: 'org', start: k - 1, end: e, mention: m });
  }
}

export function organisationAt(b: ClaimBoard, run: Run, h: number): void {
  const t = b.tokens;
  // Back from the head over capitalised words; "and" only inside one name.
  let s = h;
  while (s - 1 >= run.start) {
    const p = t[s - 1]!;
    if (b.claimed(s - 1) || b.breakEndsName(s)) break;
    // "Norwegian People's Aid", "Children's Fund": a possessive inside a name, but not "Japan's"
    if (isCapWord(p) && (!p.poss || (!countryOf(p.base) && !p.allCaps && s - 1 > run.start))) {
      s--;
      continue;
    }
    // "Karenni Health Workers’ Organization": a plural possessive's apostrophe inside the name
    if (s - 2 >= run.start && pluralApostropheAt(t, s - 1) && !b.claimed(s - 2)) {
      s -= 2;
      continue;
    }
    const countryPair = p.lower === 'and' && countryOf(`${t[s - 2]?.base ?? ''} and ${t[s]?.base ?? ''}`) !== undefined;
    // "Bosnia and Herzegovina and Regional Centre …": a country's name ends before the "and"
    const afterCountry = p.lower === 'and' && [s - 2, s - 3, s - 4].some((j) => j >= 0 && b.countryAt(j) === s - 1);
    if (p.lower === 'and' && !afterCountry && isCapWord(t[s - 2]) && !b.claimed(s - 2) && !ORG_HEADS.has(t[s - 2]!.lower) && (countryPair || !countryOf(t[s - 2]!.base)) && t[s]?.lower !== 'the') {
      s--;
      continue;
    }
    break;
  }
  // Drop leading noise and class nouns: "The", "NGO".
  while (s < h && (LEADING_NOISE.has(t[s]!.lower) || ORG_CLASS_NOUNS.has(t[s]!.lower) || (t[s]!.allCaps && TERM_ACRONYMS.has(t[s]!.text)))) s++;
  // "the Colombian Office of the High Commissioner": a demonym before a name that starts with its head is an adjective
  if (s + 1 === h && countryOfDemonym(t[s]!.lower) && t[h + 1]?.lower === 'of') s++;
  // "a State Party to the Convention" is not a political party
  if ((t[h]!.lower === 'party' || t[h]!.lower === 'parties') && /^states?$/.test(t[h - 1]?.lower ?? '')) return;
  // "Head of Mission Sarah Johnson", "Chief of Staff Ali Khan": a head word alone after "<role> of" ends a title, and a name follows
  if (s === h && t[h - 1]?.lower === 'of' && ROLE_HEADS.has(t[h - 2]?.lower ?? '') && isCapWord(t[h + 1]) && t[h + 1]!.lower !== 'of') return;
  // Forward: "of"/"for"/"on" and capitalised words ("Ministry of Economy").
  let e = h + 1;
  let ofs = 0;
  while (e < t.length) {
    const u = t[e]!;
    if (b.claimed(e)) break;
    if (isCapWord(u) && e < run.end) {
      if (t[e - 1]!.poss || b.breakEndsName(e)) break;
      // "Ministry of Interior Mr Damir Trut", "Ecuadorian Army Lieutenant Colonel …": a title opens a person's name
      if (HONORIFICS.has(u.lower) || (ofs === 0 && ROLE_HEADS.has(u.lower)) || HEADLINE_VERBS.has(u.lower)) break;
      // "Director of the National Mine Action Authority Jane Brown opened …": a name closing the run is a person's
      // (also after an "of" name: "Minister of the Council of Ministers Sok An")
      if ((ORG_HEADS.has(t[e - 1]!.lower) || (ofs > 0 && isCapWord(t[e - 1]))) && personClosesRun(t, e, run.end, (k) => !b.claimed(k))) break;
      e++;
      continue;
    }
    // "for UXO/Mine Action Sector"
    if (u.text === '/' && u.start === t[e - 1]!.end && isCapWord(t[e + 1]) && t[e + 1]!.start === u.end) {
      e += 2;
      while (e < t.length && isCapWord(t[e]) && !b.claimed(e)) e++;
      continue;
    }
    // "… in Lao PDR (NRA)": a location inside a name its acronym spells
    if (u.lower === 'in' && !u.cap) {
      const c = b.countryAt(e + 1);
      if (c > 0 && t[c]?.text === '(' && t[c + 1]?.allCaps && t[c + 2]?.text === ')') {
        e = c;
        break;
      }
    }
    // "… Monitoring Mission in Ukraine": an office or mission is named with where it is
    if (u.lower === 'in' && !u.cap && ORG_SUBUNITS.has(t[e - 1]!.lower)) {
      const c = b.countryAt(e + 1);
      if (c > 0) {
        e = c;
        break;
      }
    }
    if (e >= run.end) break;
    // "Department of State Office of Weapons Removal", "… of Mine Action": after a head or before the work, a second "of" goes on
    const nestedOf = u.lower === 'of' && (ORG_HEADS.has(t[e - 1]!.lower) || (isMineActionWord(t[e + 1]?.lower ?? '') && isCapWord(t[e + 1])));
    if (u.lower === 'of' && ++ofs > 1 && !nestedOf) {
      // "Ministry of Defence of Ukraine": a second "of" only for the country whose body it is;
      // "Embassy of the United States of America": or one country's name that runs on over it
      e = countryAfterOf(b, e) ?? countryOverOf(b, h + 1, e) ?? e;
      break;
    }
    if ((u.lower === 'of' || u.lower === 'for' || u.lower === 'on' || u.lower === 'the' || u.lower === 'and') && !u.cap) {
      let k = e + 1;
      while (k < run.end && (t[k]!.lower === 'the') && !t[k]!.cap) k++;
      // "… Foreign Affairs on May 5": a date after "on" is when, not more of the name
      const date = u.lower === 'on' && (MONTHS.has(t[k]?.lower ?? '') || WEEKDAYS.has(t[k]?.lower ?? ''));
      if (k < run.end && isCapWord(t[k]) && !b.claimed(k) && !date && !(u.lower === 'and' && (countryOf(t[k]!.base) || personInApposition(t, k, run.end)))) {
        e = k;
        continue;
      }
    }
    break;
  }
  if (t[e - 1]!.lower === 'the') e--;
  // "Press Release No. 31/2023": the label of a numbered text is no part of a name
  if (e - 1 > h && /^(?:no|nr|vol)$/.test(t[e - 1]!.lower) && t[e]?.text === '.') e--;
  e = portfolioListEnd(b, h, e);
  if (e - s >= 2) e = placeOfMission(b, h, e);
  // "Press Conference", "Board Meeting": an event or a text, not a body; "Donor Agency: …": a field's label
  if ((e - 1 > h && EVENT_TAILS.has(t[e - 1]!.lower)) || (s === 0 && t[e]?.text === ':' && isParticipantLabel(b.surface(s, e)))) return;
  const span = t.slice(s, e);
  // "Press contact: Communications Unit, Ministry of …": a desk of the body named after it
  if (DESK_HEADS.has(t[e - 1]!.lower) && e - s >= 2 && span.slice(0, -1).every((x) => DESK_WORDS.has(x.lower))) return;
  // "Government of Japan", "Royal Government of Cambodia", "Japanese Government": the country.
  const lowers = span.map((x) => x.lower);
  const gov = lowers.indexOf('government');
  if (gov >= 0) {
    const rest = span.filter((_x, i) => i !== gov && lowers[i] !== 'of' && lowers[i] !== 'the' && lowers[i] !== 'royal' && lowers[i] !== 'federal' && lowers[i] !== 'national');
    const name = rest.map((x) => x.base).join(' ');
    // "Government of the United States of America": the country's own name may hold an "of"
    const after = lowers[gov + 1] === 'of' ? countryOf(b.surface(s + gov + 2, e)) : undefined;
    const country = countryOf(name) ?? after ?? (rest.length === 1 ? countryOfDemonym(rest[0]!.lower) : undefined);
    if (country) {
      const m = b.mention('country', `country:${country}`, s, e, { display: country });
      b.claim({ kind: 'country', start: s, end: e, mention: m });
      return;
    }
    if (rest.length === 0) return;
  }
  if (e - s < 2) return;
  // "… Trust Fund", "… Integration Fund": a fund is an undertaking (well-known funds are in the register)
  if (t[e - 1]!.lower === 'fund') return;
  if (claimBranchOffice(b, s, e) || claimJointBodies(b, s, h, e)) return;
  // "Russian Federation": a country whose name ends like an organisation.
  const asCountry = countryOf(b.surface(s, e));
  if (asCountry) {
    const m = b.mention('country', `country:${asCountry}`, s, e, { display: asCountry, acting: b.countryActs(s) });
    b.claim({ kind: 'country', start: s, end: e, mention: m });
    return;
  }
  // "UNDP Representative Office in Ukraine": an office of the organisation its acronym names, and where it is.
  const first = t[s]!;
  if (first.allCaps && !TERM_ACRONYMS.has(first.text) && ORG_SUBUNITS.has(t[h]!.lower)) {
    // "at ANAMA Office": the organisation itself, no office of its own
    if (e - s === 2 && t[e]?.lower !== 'in') {
      const itself = b.mention('organisation', `acr:${first.text}`, s, s + 1, { evidence: true });
      b.claim({ kind: 'acronym', start: s, end: e, mention: itself });
      return;
    }
    const parent = b.mention('organisation', `acr:${first.text}`, s, s + 1, { evidence: true });
    b.claim({ kind: 'acronym', start: s, end: s + 1, mention: parent });
    if (t[e]?.lower === 'in' && b.countryAt(e + 1) > e + 1) e = b.countryAt(e + 1);
    const office = b.mention('organisation', `org:${nameKey(b.surface(s, e))}`, s, e, { head: nameKey(t[h]!.base) });
    b.claim({ kind: 'org', start: s + 1, end: e, mention: office });
    return;
  }
  const surface = b.surface(s, e);
  const key = `org:${nameKey(surface)}`;
  const m = b.mention('organisation', key, s, e, { head: nameKey(t[h]!.base) });
  if (isGenericGovernmentBody(surface)) ofCountryBefore(b, m, s);
  b.claim({ kind: 'org', start: s, end: e, mention: m });
  acronymDefinition(b, m, e);
}
