/**
 * Roles and people in a sentence. A title is found first ("Prime Minister", "foreign
 * minister", "Minister for Foreign Affairs"); a capitalised name is a person when the
 * sentence shows it: a title before or after it, an apposition ("Heng Ratana, CMAC
 * general-director"), an honorific, a verb of saying, a kinship word ("his father, Hun
 * Sen"), or a pronoun that refers back to it. Lone names are kept as surnames for later.
 */
import type { Token } from '../text/tokens.js';
import { nameKey, personKey } from '../text/names.js';
import { isRoleHead, roleAt, type RoleSpan } from './roles.js';
import { nameWord } from '../text/name-words.js';
import { ClaimBoard, DETERMINERS, type MentionRole } from './actor-claims.js';
import { roleEndingBefore, roleOrganisation, roleStartingAt, roleTitle } from './role-owners.js';
import { BYLINE_WORDS, HONORIFICS, KINSHIP, ORG_HEADS, PLACE_HEADS, ROLE_BIGRAMS, ROLE_MODIFIERS, ROLE_REGIONS, ROYAL_TITLES, SPEECH_VERBS, TERM_ACRONYMS } from '../lexicon/names.js';

const PARTICLES = new Set(['bin', 'al', 'van', 'de', 'von', 'da', 'del', 'le', 'la', 'ibn', 'der', 'den']);
const WHO_AS = new Set(['serves', 'served', 'is', 'was', 'acts', 'acted', 'works', 'worked']);

/** Whether role modifiers and a head follow from `k` ("Programme Manager"). */
function headAfterModifiers(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 4; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (isRoleHead(t.lower)) return true;
    if (!ROLE_MODIFIERS.has(t.lower)) return false;
  }
  return false;
}

export function roles(b: ClaimBoard): void {
  const t = b.tokens;
  for (let k = 0; k < t.length; k++) {
    if (t[k]!.kind !== 'word') continue;
    let r: RoleSpan | undefined;
    // "Angola Programme Manager", "Africa Head of Mine Action": a country or a region may open a title
    const place = (b.owner[k]?.kind === 'country' && b.owner[k]!.end === k + 1) || (!b.claimed(k) && ROLE_REGIONS.has(t[k]!.lower) && t[k]!.cap);
    if (place && !t[k]!.poss && headAfterModifiers(t, k + 1)) {
      r = roleAt(t, k, b.claimed, nameWord, true);
    } else if (!b.claimed(k) && (isRoleHead(t[k]!.lower) || ROLE_MODIFIERS.has(t[k]!.lower) || ROLE_BIGRAMS.has(`${t[k]!.lower} ${t[k + 1]?.lower}`))) {
      r = roleAt(t, k, b.claimed, nameWord);
    }
    if (!r) continue;
    if (r.start !== k) continue;
    // A role word inside an organisation's name is not a role ("Representative Office").
    if (t[r.end] && ORG_HEADS.has(t[r.end]!.lower) && t[r.end]!.cap) continue;
    b.claim({ kind: 'role', start: r.start, end: r.end });
    k = r.end - 1;
  }
}

export function people(b: ClaimBoard): void {
  const t = b.tokens;
  // Names found before roles were known ("KAMIKAWA Yoko") get their roles now.
  for (const m of b.mentions) {
    if (m.kind === 'person' && m.roles.length === 0) m.roles.push(...evidenceFor(b, m.tok, m.tokEnd).roles);
  }
  // Pieces: maximal sequences of unclaimed name words (particles allowed inside).
  let k = 0;
  while (k < t.length) {
    if (b.claimed(k) || !nameWord(t[k])) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < t.length && !b.claimed(e) && !t[e - 1]!.poss && !b.breakEndsName(e)) {
      // "Nguyen Van An", "Le Thanh An": a given name that is also an article, inside a name
      if (nameWord(t[e]) || (t[e]!.text === 'An' && nameWord(t[e - 1]))) {
        e++;
        continue;
      }
      if (PARTICLES.has(t[e]!.lower) && nameWord(t[e + 1]) && !b.claimed(e + 1)) {
        e += 2;
        continue;
      }
      // "Marieke van der Linden", "Ana de la Cruz": two particles
      if (PARTICLES.has(t[e]!.lower) && PARTICLES.has(t[e + 1]?.lower ?? '') && nameWord(t[e + 2]) && !b.claimed(e + 1) && !b.claimed(e + 2)) {
        e += 3;
        continue;
      }
      // "John F. Kerry": a middle initial
      if (/^\p{Lu}$/u.test(t[e]!.text) && t[e + 1]?.text === '.' && nameWord(t[e + 2]) && !b.claimed(e + 1) && !b.claimed(e + 2)) {
        e += 3;
        continue;
      }
      break;
    }
    person(b, k, Math.min(e, k + 6));
    k = Math.max(e, k + 1);
  }
}

// a programme has its staff too: "Chief of the Mine Action Programme, Paul Heslop"
const BODY_CLAIMS = new Set(['acronym', 'org', 'country', 'demonym', 'initiative']);

/** "CMAC general-director": an organisation, demonym or country then the role, from token `k`. */
function roleAfterBody(b: ClaimBoard, k: number): RoleSpan | undefined {
  const c = b.owner[k];
  return c && BODY_CLAIMS.has(c.kind) ? roleStartingAt(b, c.end) : undefined;
}

/** "…, Ambassador of X to Y Lars Holm": a role followed by its body and then a name is that name's. */
function roleLeadsToName(b: ClaimBoard, r: RoleSpan): boolean {
  const t = b.tokens;
  let k = r.end;
  const body = (): void => {
    while (t[k] && DETERMINERS.has(t[k]!.lower)) k++;
    const c = b.owner[k];
    if (c && BODY_CLAIMS.has(c.kind)) k = c.end;
  };
  if (t[k]?.lower === 'of' || t[k]?.lower === 'at') {
    k++;
    body();
    if (t[k]?.lower === 'to' || t[k]?.lower === 'in') {
      k++;
      body();
    }
  }
  return !b.claimed(k) && nameWord(t[k]) && nameWord(t[k + 1]);
}

/** The role ending before "of [the] <body> [to|in [the] <country>]" just before token `s`. */
function roleOfBodyBefore(b: ClaimBoard, s: number): RoleSpan | undefined {
  const t = b.tokens;
  let k = s;
  const skipDeterminers = (): void => {
    while (k > 0 && DETERMINERS.has(t[k - 1]!.lower)) k--;
  };
  const bodyBefore = (): boolean => {
    // "… in Yemen (MASAM) Ousama Al-Gosaibi": the body's acronym in brackets after it
    if (t[k - 1]?.text === ')' && t[k - 3]?.text === '(' && t[k - 2]?.allCaps) k -= 3;
    const c = b.owner[k - 1];
    if (!c || !BODY_CLAIMS.has(c.kind) || c.end !== k) return false;
    k = c.start;
    skipDeterminers();
    return true;
  };
  if (!bodyBefore()) return undefined;
  // "Country Director of World Education Laos, Rebecca Derry": a role whose own words took the body's first part
  const joined = roleEndingBefore(b, k);
  if (joined) return joined;
  if ((t[k - 1]?.lower === 'to' || t[k - 1]?.lower === 'in' || t[k - 1]?.lower === 'for') && !t[k - 1]!.cap) {
    // "UNDP Resident Representative to Laos Ricarda Rieger", "MAG's country director for Lebanon, Sylvain Lefort"
    const direct = roleEndingBefore(b, k - 1);
    if (direct) return direct;
    k--;
    skipDeterminers();
    if (!bodyBefore()) return undefined;
  }
  if (t[k - 1]?.lower !== 'of' && t[k - 1]?.lower !== 'at') return undefined;
  return roleEndingBefore(b, k - 1);
}

/** The word after an age in apposition (", 24, who …", ", 24, a mother of …"), not a list going on (", 7, and 9"). */
const AGE_FOLLOWER = /^(?!(?:and|or|nor)$)\p{Ll}+$/u;

/** Whether the text from `start` to `end` is a line of its own. */
function lineAround(view: string, start: number, end: number): boolean {
  return (start === 0 || view[start - 1] === '\n') && (end === view.length || view[end] === '\n' || view[end] === '\r');
}

/** Roles and person evidence around a name at tokens `[s, e)`. */
export function evidenceFor(b: ClaimBoard, s: number, e: number): { roles: MentionRole[]; evidence: boolean } {
  const t = b.tokens;
  const roles: MentionRole[] = [];
  let evidence = false;
  const addRole = (r: RoleSpan | undefined): void => {
    if (!r) return;
    const role: MentionRole = { title: roleTitle(b, r) };
    const org = roleOrganisation(b, r);
    if (org) role.orgKey = org;
    roles.push(role);
    evidence = true;
  };
  // A role straight before: "Prime Minister Hun Manet", "senator Natsuo Yamaguchi"; not a role's
  // possession ("the Ambassador's Residence")
  if (!t[s - 1]?.poss) addRole(roleEndingBefore(b, s));
  // A role held in a body before: "director of CROMAC Zdravko Modrušan", "Ambassador of X to Y Emilija Georgieva".
  if (roles.length === 0) addRole(roleOfBodyBefore(b, s));
  // Apposition before: "Japan's foreign minister, Yoko Kamikawa"; "his father, Hun Sen"; "…, Eng. Dhafir Khalaf".
  const lead = t[s - 1]?.text === '.' && HONORIFICS.has(t[s - 2]?.lower ?? '') ? s - 2 : HONORIFICS.has(t[s - 1]?.lower ?? '') ? s - 1 : s;
  if (t[lead - 1]?.text === ',' && roles.length === 0) {
    addRole(roleEndingBefore(b, lead - 1));
    // "The Prime Minister of Japan, Fumio Kishida": a role held in a body, then the name in apposition
    if (roles.length === 0) addRole(roleOfBodyBefore(b, lead - 1));
    if (t[lead - 2] && KINSHIP.has(t[lead - 2]!.lower)) evidence = true;
  }
  // A role straight after in the same name run: "KAMIKAWA Yoko Minister for Foreign Affairs of Japan";
  // one word there is the role's own ("Field Reporting Officer", "Standing Vice Chairman")
  const after = e - s >= 2 ? roleStartingAt(b, e) : undefined;
  if (after && b.inRun(e) >= 0 && b.inRun(e) === b.inRun(e - 1)) addRole(after);
  // Apposition after: ", CMAC general-director", ", Director General of …", ", who serves as president of …",
  // and in brackets in a list of participants: "Ali Hassan (Director, Kurdistan Mine Action Agency)".
  if (t[e]?.text === ',' || (t[e]?.text === '(' && e - s >= 2)) {
    let k = e + 1;
    if (t[k]?.lower === 'who' && WHO_AS.has(t[k + 1]?.lower ?? '')) k += 2;
    // ", who has been programme manager for …"
    else if (t[k]?.lower === 'who' && /^(?:has|had|have)$/.test(t[k + 1]?.lower ?? '') && t[k + 2]?.lower === 'been') k += 3;
    if (t[k]?.lower === 'as') k++;
    while (t[k] && (DETERMINERS.has(t[k]!.lower) || t[k]!.lower === 'its' || t[k]!.lower === 'their')) k++;
    const r = roleStartingAt(b, k) ?? roleAfterBody(b, k);
    if (r && !roleLeadsToName(b, r)) addRole(r);
  } else if (t[e]?.lower === 'the' && e - s >= 2) {
    // "Velimir Žunac the State Secretary of …"
    addRole(roleStartingAt(b, e + 1));
  }
  // Honorifics: "Ms. KAMIKAWA", "Mr Smith", "H.E. …".
  let p = s - 1;
  if (t[p]?.text === '.') p--;
  if (t[p] && HONORIFICS.has(t[p]!.lower)) evidence = true;
  // Bylines: "By Anna Lind" opening a line, "Photo by …".
  if (t[s - 1]?.lower === 'by' && (s === 1 || BYLINE_WORDS.has(t[s - 2]!.lower) || /^[|\u2013\u2014-]$/.test(t[s - 2]!.text) || b.view.slice(t[s - 2]!.end, t[s - 1]!.start).includes('\n'))) evidence = true;
  // "Survivor James Lomoro, 24, who lost a leg …": an age in apposition is a person's
  if (e - s >= 2 && t[e]?.text === ',' && /^\d{1,2}$/.test(t[e + 1]?.text ?? '') && Number(t[e + 1]!.text) >= 5 && t[e + 2]?.text === ',' && AGE_FOLLOWER.test(t[e + 3]?.text ?? '')) evidence = true;
  // "Tinashe Mupfumi (14) and his cousin …": an age in brackets
  if (e - s >= 2 && t[e]?.text === '(' && t[e + 2]?.text === ')' && /^\d{1,3}$/.test(t[e + 1]?.text ?? '') && Number(t[e + 1]!.text) >= 2 && Number(t[e + 1]!.text) <= 110) evidence = true;
  // "Farai Mutasa in RUSHINGA": a byline with the place the reporter files from, on a line of its own
  if (e - s >= 2 && t[e]?.lower === 'in' && t[e + 1]?.allCaps && lineAround(b.view, t[s]!.start, t[e + 1]!.end)) evidence = true;
  // "For Umm Hassan, a 46-year-old widow …": an age as an adjective in apposition
  if (e - s >= 2 && t[e]?.text === ',' && /^(?:a|an)$/.test(t[e + 1]?.lower ?? '') && t[e + 2]?.kind === 'num' && t[e + 4]?.lower === 'year-old') evidence = true;
  // "according to Anna Lind": a source of what is said
  if (t[s - 1]?.lower === 'to' && t[s - 2]?.lower === 'according' && e - s >= 2) evidence = true;
  // Verbs of saying: "Kamikawa said", "said Heng Ratana".
  if (t[e] && (SPEECH_VERBS.has(t[e]!.lower) || (t[e]!.text === ',' && e - s >= 2 && t[s - 1]?.lower !== 'the' && SPEECH_VERBS.has(t[e + 1]?.lower ?? '')))) evidence = true;
  if (t[s - 1] && SPEECH_VERBS.has(t[s - 1]!.lower)) evidence = true;
  // "Nguyen Van Binh was eight years old when he lost …": a personal pronoun refers back to the name
  if (!evidence && e - s >= 2) {
    for (let k = e; k < t.length && k < e + 14; k++) {
      const w = t[k]!.lower;
      if (t[k]!.text === '.' || t[k]!.text === ';') break;
      if ((w === 'he' || w === 'she' || w === 'his' || w === 'her' || w === 'him') && !t[k]!.cap) {
        evidence = true;
        break;
      }
    }
  }
  return { roles, evidence };
}

export function person(b: ClaimBoard, s: number, e: number): void {
  const t = b.tokens;
  // "Osijek-Baranja County Prefect …": a place before the role, not the role's holder;
  // "1 x Expat EOD Technical Field Manager": a term of the work ("EOD") names no one
  if (PLACE_HEADS.has(t[e - 1]!.lower) || t.slice(s, e).some((x) => x.allCaps && TERM_ACRONYMS.has(x.text))) return;
  const { roles, evidence } = evidenceFor(b, s, e);
  if (e - s === 1) {
    const word = t[s]!;
    if (word.allCaps) return;
    // "Prince Harry", "Queen Rania": a royal title is part of how the person is named
    if (t[s - 1]?.cap && ROYAL_TITLES.has(t[s - 1]!.lower)) {
      const display = `${t[s - 1]!.text} ${word.base}`;
      const royal = b.mention('person', `person:${personKey(display)}`, s - 1, e, { display, evidence: true, roles });
      b.claim({ kind: 'person', start: s, end: e, mention: royal });
      return;
    }
    const m = b.mention('person', `surname:${nameKey(word.base)}`, s, e, { evidence, roles });
    b.claim({ kind: 'person', start: s, end: e, mention: m });
    return;
  }
  const surface = b.surface(s, e);
  const key = `person:${personKey(surface)}`;
  // A name in capitals only ("DONG HA, Viet Nam") is a dateline or heading, not a person
  const shouting = t.slice(s, e).every((x) => x.allCaps);
  if (shouting || (!evidence && !b.state.knownPersons.has(key))) {
    // Without evidence, single words may still be known surnames: "Kamikawa highlighted".
    for (let k = s; k < e; k++) {
      const m = b.mention('person', `surname:${nameKey(t[k]!.base)}`, k, k + 1, { evidence: false });
      b.claim({ kind: 'person', start: k, end: k + 1, mention: m });
    }
    return;
  }
  b.state.knownPersons.add(key);
  const m = b.mention('person', key, s, e, { evidence: true, roles });
  b.claim({ kind: 'person', start: s, end: e, mention: m });
}
