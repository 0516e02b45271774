/**
 * Actor mentions in one sentence: organisations, countries (gazetteer; "Government of X"),
 * acronyms, people with their roles. Stages claim tokens in a fixed order on a
 * `ClaimBoard` so a token belongs to one thing: initiatives (given), organisations,
 * embassies, countries, names the text marks as organisations, family-name-first people
 * ("KAMIKAWA Yoko"), acronyms, demonyms, roles, then people.
 */
import type { Token } from '../text/tokens.js';
import type { Run } from '../text/names.js';
import { isCapWord, personKey, titleCase } from '../text/names.js';
import { nameWord } from '../text/name-words.js';
import { ClaimBoard, countryWords, type ActorMention, type DocumentActorState } from './actor-claims.js';
import { embassies, namedOrganisations, organisations } from './bodies/organisations.js';
import { acronymThenName } from './bodies/acronym-names.js';
import { people, roles } from './people.js';
import { isRoleHead } from './roles.js';
import { registeredBodies } from './registered.js';
import { selfDescribedOrganisations } from './bodies/self-described.js';
import { classApposition, classLists } from './bodies/class-lists.js';
import { collectiveBodies, countryForces, localGovernments, nationalForces } from './bodies/public-bodies.js';
import { countryOf, countryOfDemonym, countryWordsFrom } from '../lexicon/countries.js';
import { HONORIFICS, ORG_HEADS, TERM_ACRONYMS } from '../lexicon/names.js';
import { CURRENCY_CODES } from '../lexicon/units.js';

export type { ActorKind, ActorMention, DocumentActorState, MentionRole } from './actor-claims.js';

const ACRONYM_CONTEXT_BEFORE = new Set([
  'by', 'with', 'from', 'of', 'the', 'and', 'for', 'to', 'at', 'via', 'through', 'between', 'including', 'like',
  'partner', 'partners', 'support', 'supports', 'said', 'says', 'told', 'as', 'both', 'from', 'by',
]);
const ACRONYM_CONTEXT_AFTER = new Set([
  'said', 'says', 'has', 'have', 'had', 'will', 'would', 'is', 'was', 'are', 'were', 'supports', 'supported', 'and',
  'also', 'said.', 'teams', 'team', 'staff', 'deminers', 'operators', 'programme', 'program', 'director',
  'general-director', 'chief', 'head', 'officials', 'representative', 'spokesperson', 'office', 'country',
  'announced', 'reported', 'cleared', 'provided', 'funded', 'launched', 'leads', 'led', 'plans', 'continues',
]);

const PROJECT_WORDS = new Set(['project', 'projects', 'initiative']);

/** Whether an initiative's name ends just before token `k` (a closing quote may sit between). */
function initiativeBefore(b: ClaimBoard, k: number): boolean {
  let j = k - 1;
  if (b.tokens[j] && /^["'\u201d\u2019]$/.test(b.tokens[j]!.text)) j--;
  return j >= 0 && b.owner[j]?.kind === 'initiative';
}

/** Words for the parts or premises of a body ("CMAC Headquarters"). */
const BODY_PARTS = new Set(['headquarters', 'hq', 'board', 'staff', 'premises', 'compound', 'building', 'offices', 'team', 'teams']);

/** "KAMIKAWA Yoko": a family name in capitals before a given name. */
export function familyNameFirst(b: ClaimBoard): void {
  const t = b.tokens;
  for (let k = 0; k + 1 < t.length; k++) {
    const family = t[k]!;
    const given = t[k + 1]!;
    if (b.claimed(k) || b.claimed(k + 1)) continue;
    if (!family.allCaps || family.text.length < 3 || TERM_ACRONYMS.has(family.text) || given.allCaps || !nameWord(given)) continue;
    if (!/^\p{Lu}+$/u.test(family.text)) continue;
    // "CMAC Headquarters", "NRA Board": a body's acronym before one of its parts, not a family name
    if (ORG_HEADS.has(given.lower) || BODY_PARTS.has(given.lower)) continue;
    if (t[k + 2] && isCapWord(t[k + 2]) && nameWord(t[k + 2])) continue;
    // "CENTRAL ASIA SECURITY REVIEW" / "Vol. 9": a heading in capitals, then the next line, not a name
    if (t[k - 1]?.allCaps || b.view.slice(family.end, given.start).includes('\n') || (t[k + 2]?.text === '.' && t[k + 3]?.kind === 'num')) continue;
    const display = `${titleCase(given.base)} ${titleCase(family.text)}`;
    const key = `person:${personKey(display)}`;
    const m = b.mention('person', key, k, k + 2, { display, evidence: true });
    b.claim({ kind: 'person', start: k, end: k + 2, mention: m });
    b.state.knownPersons.add(key);
  }
}

/**
 * "Mr. MASAFUMI KUROKI", "H.E. ALAN SMITH": a name written in capitals after an honorific is a
 * person, not two acronyms; it is shown in title case.
 */
export function capitalisedAfterHonorific(b: ClaimBoard): void {
  const t = b.tokens;
  for (let k = 1; k + 1 < t.length; k++) {
    const h = t[k - 1]?.text === '.' && t[k - 2] ? t[k - 2]! : t[k - 1]!;
    if (!HONORIFICS.has(h.lower) || !h.cap) continue;
    let e = k;
    while (e < t.length && e < k + 3 && !b.claimed(e) && t[e]!.allCaps && /^\p{Lu}{2,}$/u.test(t[e]!.text) && !TERM_ACRONYMS.has(t[e]!.text)) e++;
    if (e - k < 2) continue;
    const display = t.slice(k, e).map((w) => titleCase(w.text)).join(' ');
    const key = `person:${personKey(display)}`;
    const m = b.mention('person', key, k, e, { display, evidence: true });
    b.claim({ kind: 'person', start: k, end: e, mention: m });
    b.state.knownPersons.add(key);
    k = e - 1;
  }
}

export function acronyms(b: ClaimBoard): void {
  const t = b.tokens;
  for (let k = 0; k < t.length; k++) {
    const a = t[k]!;
    if (b.claimed(k) || a.kind !== 'word' || !(a.allCaps || b.state.mixedAcronyms?.has(a.base))) continue;
    const letters = a.base.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 || letters.length > 10 || TERM_ACRONYMS.has(a.base) || CURRENCY_CODES.has(a.base) || HONORIFICS.has(a.lower) || b.state.termAcronyms.has(a.base)) continue;
    if (/[a-z]/.test(a.base.slice(1)) && !/^[A-Z]+[a-z]?[A-Z]+$/.test(a.base) && !b.state.mixedAcronyms?.has(a.base)) continue;
    // "US$3.5 million", "NZ$ 2 million": letters glued to a currency sign name the currency, not an actor
    const next = t[k + 1];
    if (next !== undefined && next.start === a.end && (next.text === '$' || next.text === '\u20AC' || next.text === '\u00A3')) continue;
    // "4,080 riel to the US dollar": the letters before a currency's name name the currency
    if (next !== undefined && /^dollars?$/.test(next.lower)) continue;
    // "Brigadier General JC Mupande", "Mr MB Ncube": initials between a title and a surname are the person's
    if (letters.length <= 3 && t[k + 1]?.cap && !t[k + 1]!.allCaps && nameWord(t[k + 1]) && (b.owner[k - 1]?.kind === 'role' || HONORIFICS.has(t[k - 1]?.lower.replace(/\.$/, '') ?? '') || isRoleHead(t[k - 1]?.lower ?? ''))) continue;
    // Shouting headlines: several capitalised words in a row are not acronyms.
    const neighbours = (t[k - 1]?.allCaps ? 1 : 0) + (t[k + 1]?.allCaps ? 1 : 0);
    if (neighbours > 0 && !(t[k - 1]?.text === '(' || t[k + 1]?.text === ')')) continue;
    // "unexploded ordnance (UXO)": a term, not an actor.
    if (t[k - 1]?.text === '(' && t[k + 1]?.text === ')' && t[k - 2] && !t[k - 2]!.cap) {
      b.state.termAcronyms.add(a.base);
      continue;
    }
    // "… Antipersonnel Mines” (AICMA …)", "MAPA" after "Mine Action Programme of Afghanistan": an undertaking's acronym
    if ((letters.length >= 3 && b.state.initiativeInitials?.has(a.base)) || (t[k - 1]?.text === '(' && initiativeBefore(b, k - 1))) {
      b.state.termAcronyms.add(a.base);
      continue;
    }
    const before = t[k - 1];
    const after = t[k + 1];
    // "the MRCT project": an acronym naming a project, not who runs it
    const namesProject = after !== undefined && !after.cap && PROJECT_WORDS.has(after.lower);
    const evidence = a.poss || (!namesProject && before !== undefined && ACRONYM_CONTEXT_BEFORE.has(before.lower)) || (after !== undefined && after.kind === 'word' && ACRONYM_CONTEXT_AFTER.has(after.lower));
    const m = b.mention('organisation', `acr:${a.base}`, k, k + 1, { evidence });
    b.claim({ kind: 'acronym', start: k, end: k + 1, mention: m });
  }
}

/** Lower-case words after a demonym that stand for its state: "the Swiss government". */
const GOVERNMENT_WORDS = new Set(['government', 'authorities', 'administration']);

export function demonyms(b: ClaimBoard): void {
  const t = b.tokens;
  for (let k = 0; k < t.length; k++) {
    const d = t[k]!;
    if (d.kind !== 'word' || !d.cap) continue;
    // "Lithuanian-led": the country leads (also inside a described initiative's name).
    const led = d.base.includes('-') ? /^(.+)-(led|backed|funded|sponsored|run|financed|supported)$/i.exec(d.base) : null;
    if (led && (!b.claimed(k) || b.owner[k]!.kind === 'initiative')) {
      const country = countryOfDemonym(led[1]!) ?? countryOf(led[1]!);
      if (country) {
        const m = b.mention('country', `country:${country}`, k, k + 1, { display: country });
        m.surface = country;
        if (!b.claimed(k)) b.claim({ kind: 'country', start: k, end: k + 1, mention: m });
      }
      continue;
    }
    if (b.claimed(k)) continue;
    const country = countryOfDemonym(d.lower);
    // "the Swiss government", "the Japanese authorities": the country itself
    const gov = t[k + 1];
    if (country && gov?.kind === 'word' && !gov.cap && GOVERNMENT_WORDS.has(gov.lower) && !b.claimed(k + 1)) {
      const m = b.mention('country', `country:${country}`, k, k + 2, { display: country, acting: true });
      b.claim({ kind: 'country', start: k, end: k + 2, mention: m });
      continue;
    }
    if (country) {
      b.claim({ kind: 'demonym', start: k, end: k + 1, countryKey: `country:${country}` });
      b.demonymRefs.push({ tok: k, key: `country:${country}` });
    }
  }
}

/** Whether a token in `[from, to)` ends in a possessive. */
function possessiveBefore(t: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (t[j]!.poss) return true;
  return false;
}

export function countries(b: ClaimBoard): void {
  const t = b.tokens;
  for (let k = 0; k < t.length; k++) {
    if (b.claimed(k) || !isCapWord(t[k])) continue;
    const most = countryWordsFrom(t[k]!.base);
    if (most === 0) continue;
    for (let len = Math.min(most, t.length - k); len >= 1; len--) {
      if (b.claimed(k + len - 1)) continue;
      const last = t[k + len - 1]!;
      if (!isCapWord(last)) continue;
      if (len > 1 && possessiveBefore(t, k, k + len - 1)) continue;
      const country = countryOf(countryWords(t, k, len));
      if (!country) continue;
      if (last.allCaps && last.text.length <= 3 && len === 1 && !/^(?:US|UK|USA|UAE|DRC|CAR|PRC|DPRK)$/.test(last.text)) continue;
      // "US$4.5 million", "21 million U.S. dollars": a currency, not the country
      if (t[k + len]?.text === '$' && t[k + len]!.start === last.end) continue;
      if (/^dollars?$/.test(t[k + len]?.lower ?? '')) continue;
      // "DRC" after "Danish Refugee Council (DRC)": the document's organisation, not the country
      if (len === 1 && last.allCaps && b.state.orgAcronyms?.has(last.text)) continue;
      // "The US said …": the article that opens the sentence is not part of the name
      const from = t[k]!.lower === 'the' ? k + 1 : k;
      const m = b.mention('country', `country:${country}`, from, k + len, { display: country, acting: b.countryActs(k) });
      // a place, or its short form in brackets just after it ("… of Congo (DRC)")
      const named = t[k - 1]?.text === '(' ? b.owner[k - 2]?.mention : undefined;
      if (b.incidentalPlace(k, k + len) || (named?.key === m.key && named.place)) m.place = true;
      b.claim({ kind: 'country', start: k, end: k + len, mention: m });
      k += len - 1;
      break;
    }
  }
}

function inTokenOrder(mentions: readonly ActorMention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.tok < mentions[i - 1]!.tok) return false;
  return true;
}

export class SentenceActors {
  private readonly board: ClaimBoard;

  constructor(
    tokens: readonly Token[],
    runs: readonly Run[],
    view: string,
    initiativeSpans: readonly { start: number; end: number }[],
    state: DocumentActorState,
  ) {
    this.board = new ClaimBoard(tokens, runs, view, state);
    for (const span of initiativeSpans) this.board.claim({ kind: 'initiative', start: span.start, end: span.end });
  }

  /** Demonyms read as their country ("Cambodian deminers"), for what a figure is about. */
  get demonymRefs(): { tok: number; key: string }[] {
    return this.board.demonymRefs;
  }

  /** Runs every stage and returns the mentions in token order. */
  find(): ActorMention[] {
    const b = this.board;
    registeredBodies(b);
    selfDescribedOrganisations(b);
    classLists(b);
    classApposition(b);
    localGovernments(b);
    countryForces(b);
    collectiveBodies(b);
    organisations(b);
    embassies(b);
    countries(b);
    acronymThenName(b);
    namedOrganisations(b);
    familyNameFirst(b);
    capitalisedAfterHonorific(b);
    acronyms(b);
    nationalForces(b);
    demonyms(b);
    roles(b);
    people(b);
    // (sort is stable: mentions already in token order, as they mostly are, stay as they are)
    if (!inTokenOrder(b.mentions)) b.mentions.sort((x, y) => x.tok - y.tok);
    return b.mentions;
  }
}
