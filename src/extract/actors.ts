/**
 * Actor mentions in one sentence: organisations (head words, acronyms, "the NGO X"),
 * countries (gazetteer; "Government of X"), and people (capitalised names with evidence:
 * a role, an honorific, an apposition, a verb of saying), each with the roles the
 * sentence gives them. Claims are made in a fixed order so a token belongs to one thing:
 * initiatives, organisations, countries, acronyms, family-name-first people, demonyms,
 * roles, then people.
 */
import type { Token } from './tokens.js';
import type { Run } from './names.js';
import { collapse, initials, isCapWord, nameKey, personKey, titleCase } from './names.js';
import { roleAt, roleEndingAt, type RoleSpan } from './roles.js';
import { countryOf, countryOfDemonym, LONGEST_COUNTRY_WORDS } from './lexicon/countries.js';
import {
  HONORIFICS, INITIATIVE_HEADS, isInternationalOrganisation, KINSHIP, LEADING_NOISE, NON_PERSON_WORDS, ORG_CLASS_NOUNS,
  ORG_HEADS, ORG_SUBUNITS, ROLE_HEADS, ROLE_MODIFIERS, SPEECH_VERBS, TERM_ACRONYMS,
} from './lexicon/names.js';
import { MONTHS } from './lexicon/numbers.js';

export type ActorKind = 'person' | 'organisation' | 'country';

export interface MentionRole {
  title: string;
  /** Key of the organisation or country the role is held in. */
  orgKey?: string;
}

export interface ActorMention {
  /** `country:<name>`, `org:<key>`, `acr:<ACRONYM>`, `person:<key>` or `surname:<word>`. */
  key: string;
  kind: ActorKind;
  /** The name as written (whitespace collapsed, possessive dropped). */
  surface: string;
  /** The name to show, when it differs from the surface ("Yoko Kamikawa" for "KAMIKAWA Yoko"). */
  display?: string;
  /** Token span in the sentence. */
  tok: number;
  tokEnd: number;
  /** Whether the mention shows the actor acting (a country not merely named as a place). */
  acting: boolean;
  /** For people and surnames: whether the sentence shows it is a person. */
  evidence: boolean;
  roles: MentionRole[];
  /** Other keys that name the same actor (an acronym and its long form). */
  links: string[];
  /** For organisations: the head word ("center"), for "the Center" later. */
  head?: string;
}

export interface DocumentActorState {
  knownPersons: Set<string>;
  /** Acronyms the document defines as terms ("unexploded ordnance (UXO)"). */
  termAcronyms: Set<string>;
}

interface Claim {
  kind: 'initiative' | 'org' | 'country' | 'acronym' | 'demonym' | 'role' | 'person';
  start: number;
  end: number;
  mention?: ActorMention;
  /** For demonyms: the country key. */
  countryKey?: string;
}

const LOCATION_PREPOSITIONS = new Set([
  'in', 'to', 'from', 'at', 'across', 'throughout', 'into', 'within', 'near', 'around', 'via', 'toward', 'towards',
  'inside', 'outside', 'through', 'visit', 'visited', 'visiting', 'across', 'over', 'trip', 'travel', 'travelled',
  'traveled', 'arrived', 'based', 'border', 'northern', 'southern', 'eastern', 'western', 'central',
]);
const DETERMINERS = new Set(['the', 'a', 'an']);
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
const PARTICLES = new Set(['bin', 'al', 'van', 'de', 'von', 'da', 'del', 'le', 'la', 'ibn', 'der', 'den']);
const WHO_AS = new Set(['serves', 'served', 'is', 'was', 'acts', 'acted', 'works', 'worked']);

function isMonthWord(t: Token): boolean {
  return MONTHS.has(t.lower) && t.lower.length > 3;
}

/** Whether a capitalised word can be part of a person's name. */
function nameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !t.cap) return false;
  const l = t.lower;
  if (/\d/.test(l) || l.length < 2 && !t.allCaps) return false;
  if (LEADING_NOISE.has(l) || NON_PERSON_WORDS.has(l) || ORG_HEADS.has(l) || INITIATIVE_HEADS.has(l)) return false;
  if (ROLE_HEADS.has(l) || ROLE_MODIFIERS.has(l) || HONORIFICS.has(l) || isMonthWord(t)) return false;
  if (countryOf(t.base) || countryOfDemonym(l)) return false;
  if (l.includes('-') && l.split('-').some((p) => NON_PERSON_WORDS.has(p) || countryOf(p) !== undefined || countryOfDemonym(p) !== undefined)) return false;
  return true;
}

export class SentenceActors {
  private readonly owner: (Claim | undefined)[];
  private readonly runOf: Int32Array;
  readonly mentions: ActorMention[] = [];
  /** Demonyms read as their country ("Cambodian deminers"), for what a figure is about. */
  readonly demonymRefs: { tok: number; key: string }[] = [];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly runs: readonly Run[],
    private readonly view: string,
    initiativeSpans: readonly { start: number; end: number }[],
    private readonly state: DocumentActorState,
  ) {
    this.owner = new Array<Claim | undefined>(tokens.length).fill(undefined);
    this.runOf = new Int32Array(tokens.length).fill(-1);
    runs.forEach((r, i) => {
      for (let k = r.start; k < r.end; k++) this.runOf[k] = i;
    });
    for (const span of initiativeSpans) this.claim({ kind: 'initiative', start: span.start, end: span.end });
  }

  /** Runs every stage and returns the mentions in token order. */
  find(): ActorMention[] {
    this.organisations();
    this.embassies();
    this.countries();
    this.familyNameFirst();
    this.acronyms();
    this.demonyms();
    this.roles();
    this.people();
    this.mentions.sort((a, b) => a.tok - b.tok);
    return this.mentions;
  }

  private claimed = (k: number): boolean => this.owner[k] !== undefined;

  private claim(c: Claim): void {
    for (let k = c.start; k < c.end; k++) this.owner[k] = c;
  }

  private surface(start: number, end: number): string {
    const last = this.tokens[end - 1]!;
    const stop = last.poss ? last.start + last.base.length : last.end;
    return collapse(this.view.slice(this.tokens[start]!.start, stop));
  }

  private mention(kind: ActorKind, key: string, start: number, end: number, extra: Partial<ActorMention> = {}): ActorMention {
    const m: ActorMention = {
      key, kind, surface: this.surface(start, end), tok: start, tokEnd: end, acting: true, evidence: false, roles: [], links: [], ...extra,
    };
    this.mentions.push(m);
    return m;
  }

  private inRun(k: number): number {
    return k >= 0 && k < this.runOf.length ? this.runOf[k]! : -1;
  }

  // ---- organisations -------------------------------------------------------------------

  private organisations(): void {
    const t = this.tokens;
    for (const run of this.runs) {
      // International bodies without head words: "United Nations".
      for (let k = run.start; k < run.end; k++) {
        if (this.claimed(k)) continue;
        for (let len = Math.min(4, run.end - k); len >= 1; len--) {
          const words = t.slice(k, k + len).map((x) => x.base).join(' ');
          if (isInternationalOrganisation(words.toLowerCase()) && !ORG_HEADS.has(t[k + len]?.lower ?? '') && !isCapWord(t[k + len])) {
            const m = this.mention('organisation', `org:${nameKey(words)}`, k, k + len);
            this.claim({ kind: 'org', start: k, end: k + len, mention: m });
            break;
          }
        }
      }
      for (let h = run.start; h < run.end; h++) {
        const head = t[h]!;
        if (this.claimed(h) || !head.cap || !ORG_HEADS.has(head.lower) || head.allCaps) continue;
        this.organisationAt(run, h);
      }
    }
    // "the Japanese Komeito party": a capitalised name before lower-case "party".
    for (let k = 1; k < t.length; k++) {
      if (t[k]!.lower === 'party' && !t[k]!.cap && isCapWord(t[k - 1]) && !this.claimed(k - 1)) {
        let s = k - 1;
        while (s - 1 >= 0 && isCapWord(t[s - 1]) && !this.claimed(s - 1) && !countryOfDemonym(t[s - 1]!.lower)) s--;
        if (countryOfDemonym(t[s]!.lower)) s++;
        if (s < k) {
          const m = this.mention('organisation', `org:${nameKey(this.surface(s, k))}`, s, k, { head: 'party' });
          this.claim({ kind: 'org', start: s, end: k, mention: m });
        }
      }
    }
  }

  /** "the Japanese embassy in Cambodia": a country's mission named in lower case. */
  private embassies(): void {
    const t = this.tokens;
    for (let k = 1; k < t.length; k++) {
      const noun = t[k]!;
      if (noun.cap || !/^(?:embassy|consulate|mission|delegation)$/.test(noun.lower) || this.claimed(k) || this.claimed(k - 1)) continue;
      const country = countryOfDemonym(t[k - 1]!.lower);
      if (!country || !t[k - 1]!.cap) continue;
      let e = k + 1;
      if (t[e]?.lower === 'in' && this.countryAt(e + 1) > e + 1) e = this.countryAt(e + 1);
      const m = this.mention('organisation', `org:${nameKey(this.surface(k - 1, e))}`, k - 1, e, { head: noun.lower });
      this.claim({ kind: 'org', start: k - 1, end: e, mention: m });
    }
  }

  private organisationAt(run: Run, h: number): void {
    const t = this.tokens;
    // Back from the head over capitalised words; "and" only inside one name.
    let s = h;
    while (s - 1 >= run.start) {
      const p = t[s - 1]!;
      if (this.claimed(s - 1)) break;
      if (isCapWord(p) && !p.poss) {
        s--;
        continue;
      }
      if (p.lower === 'and' && isCapWord(t[s - 2]) && !this.claimed(s - 2) && !ORG_HEADS.has(t[s - 2]!.lower) && !countryOf(t[s - 2]!.base) && t[s]?.lower !== 'the') {
        s--;
        continue;
      }
      break;
    }
    // Drop leading noise and class nouns: "The", "NGO".
    while (s < h && (LEADING_NOISE.has(t[s]!.lower) || ORG_CLASS_NOUNS.has(t[s]!.lower) || (t[s]!.allCaps && TERM_ACRONYMS.has(t[s]!.text)))) s++;
    // Forward: "of"/"for"/"on" and capitalised words ("Ministry of Economy").
    let e = h + 1;
    while (e < run.end) {
      const u = t[e]!;
      if (this.claimed(e)) break;
      if (isCapWord(u)) {
        if (t[e - 1]!.poss) break;
        e++;
        continue;
      }
      if ((u.lower === 'of' || u.lower === 'for' || u.lower === 'on' || u.lower === 'the' || u.lower === 'and') && !u.cap) {
        let k = e + 1;
        while (k < run.end && (t[k]!.lower === 'the') && !t[k]!.cap) k++;
        if (k < run.end && isCapWord(t[k]) && !this.claimed(k) && !(u.lower === 'and' && countryOf(t[k]!.base))) {
          e = k;
          continue;
        }
      }
      break;
    }
    if (t[e - 1]!.lower === 'the') e--;
    const span = t.slice(s, e);
    // "Government of Japan", "Royal Government of Cambodia", "Japanese Government": the country.
    const lowers = span.map((x) => x.lower);
    const gov = lowers.indexOf('government');
    if (gov >= 0) {
      const rest = span.filter((_x, i) => i !== gov && lowers[i] !== 'of' && lowers[i] !== 'the' && lowers[i] !== 'royal' && lowers[i] !== 'federal' && lowers[i] !== 'national');
      const name = rest.map((x) => x.base).join(' ');
      const country = countryOf(name) ?? (rest.length === 1 ? countryOfDemonym(rest[0]!.lower) : undefined);
      if (country) {
        const m = this.mention('country', `country:${country}`, s, e, { display: country });
        this.claim({ kind: 'country', start: s, end: e, mention: m });
        return;
      }
      if (rest.length === 0) return;
    }
    if (e - s < 2) return;
    // "Russian Federation": a country whose name ends like an organisation.
    const asCountry = countryOf(this.surface(s, e));
    if (asCountry) {
      const m = this.mention('country', `country:${asCountry}`, s, e, { display: asCountry, acting: this.countryActs(s) });
      this.claim({ kind: 'country', start: s, end: e, mention: m });
      return;
    }
    // "UNDP Representative Office in Ukraine": an office of the organisation its acronym names, and where it is.
    const first = t[s]!;
    if (first.allCaps && !TERM_ACRONYMS.has(first.text) && ORG_SUBUNITS.has(t[e - 1]!.lower)) {
      const parent = this.mention('organisation', `acr:${first.text}`, s, s + 1, { evidence: true });
      this.claim({ kind: 'acronym', start: s, end: s + 1, mention: parent });
      if (t[e]?.lower === 'in' && this.countryAt(e + 1) > e + 1) e = this.countryAt(e + 1);
      const office = this.mention('organisation', `org:${nameKey(this.surface(s, e))}`, s, e, { head: nameKey(t[h]!.base) });
      this.claim({ kind: 'org', start: s + 1, end: e, mention: office });
      return;
    }
    const surface = this.surface(s, e);
    const key = `org:${nameKey(surface)}`;
    const m = this.mention('organisation', key, s, e, { head: nameKey(t[h]!.base) });
    this.claim({ kind: 'org', start: s, end: e, mention: m });
    this.acronymDefinition(m, e);
  }

  /** One past the end of a country name starting at token `k`, or -1. */
  private countryAt(k: number): number {
    const t = this.tokens;
    for (let len = Math.min(LONGEST_COUNTRY_WORDS + 1, t.length - k); len >= 1; len--) {
      if (!isCapWord(t[k]) || !isCapWord(t[k + len - 1])) continue;
      const words = t.slice(k, k + len).map((x, i) => (i === len - 1 ? x.base : x.text)).join(' ');
      if (countryOf(words)) return k + len;
    }
    return -1;
  }

  /** "Cambodian Mine Action Centre (CMAC)": links the acronym to the long name. */
  private acronymDefinition(m: ActorMention, after: number): void {
    const t = this.tokens;
    if (t[after]?.text !== '(' || t[after + 2]?.text !== ')') return;
    const acr = t[after + 1]!;
    if (acr.kind !== 'word' || !acr.allCaps || acr.text.length < 2 || acr.text.length > 12) return;
    const ini = initials(m.surface);
    if (acr.text[0] !== ini[0]) return;
    m.links.push(`acr:${acr.text}`);
    this.claim({ kind: 'acronym', start: after + 1, end: after + 2, mention: m });
  }

  // ---- countries -----------------------------------------------------------------------

  private countries(): void {
    const t = this.tokens;
    for (let k = 0; k < t.length; k++) {
      if (this.claimed(k) || !isCapWord(t[k])) continue;
      for (let len = Math.min(LONGEST_COUNTRY_WORDS + 1, t.length - k); len >= 1; len--) {
        if (this.claimed(k + len - 1)) continue;
        const last = t[k + len - 1]!;
        if (!isCapWord(last)) continue;
        if (len > 1 && t.slice(k, k + len - 1).some((x) => x.poss)) continue;
        const words = t.slice(k, k + len).map((x, i) => (i === len - 1 ? x.base : x.text)).join(' ');
        const country = countryOf(words);
        if (!country) continue;
        if (last.allCaps && last.text.length <= 3 && len === 1 && !/^(?:US|UK|USA|UAE|DRC|CAR|PRC|DPRK)$/.test(last.text)) continue;
        const m = this.mention('country', `country:${country}`, k, k + len, { display: country, acting: this.countryActs(k) });
        this.claim({ kind: 'country', start: k, end: k + len, mention: m });
        k += len - 1;
        break;
      }
    }
  }

  /** A country acts unless it is only a place: "in Poland", "to the Philippines". */
  private countryActs(k: number): boolean {
    const t = this.tokens;
    let p = k - 1;
    while (p >= 0 && DETERMINERS.has(t[p]!.lower)) p--;
    const prev = t[p];
    if (!prev) return true;
    if (t[k]!.poss) return true;
    if ((prev.lower === 'and' || prev.lower === 'or' || prev.text === ',') && p - 1 >= 0) {
      const before = this.owner[p - 1];
      if (before?.kind === 'country' && before.mention) return before.mention.acting;
    }
    return !LOCATION_PREPOSITIONS.has(prev.lower);
  }

  // ---- acronyms, family-name-first names, demonyms --------------------------------------

  private familyNameFirst(): void {
    const t = this.tokens;
    for (let k = 0; k + 1 < t.length; k++) {
      const a = t[k]!;
      const b = t[k + 1]!;
      if (this.claimed(k) || this.claimed(k + 1)) continue;
      if (!a.allCaps || a.text.length < 3 || TERM_ACRONYMS.has(a.text) || b.allCaps || !nameWord(b)) continue;
      if (!/^\p{Lu}+$/u.test(a.text)) continue;
      if (t[k + 2] && isCapWord(t[k + 2]) && nameWord(t[k + 2])) continue;
      const display = `${titleCase(b.base)} ${titleCase(a.text)}`;
      const key = `person:${personKey(display)}`;
      const m = this.mention('person', key, k, k + 2, { display, evidence: true });
      this.claim({ kind: 'person', start: k, end: k + 2, mention: m });
      this.state.knownPersons.add(key);
    }
  }

  private acronyms(): void {
    const t = this.tokens;
    for (let k = 0; k < t.length; k++) {
      const a = t[k]!;
      if (this.claimed(k) || a.kind !== 'word' || !a.allCaps) continue;
      const letters = a.base.replace(/[^\p{L}]/gu, '');
      if (letters.length < 2 || letters.length > 10 || TERM_ACRONYMS.has(a.base) || this.state.termAcronyms.has(a.base)) continue;
      if (/[a-z]/.test(a.base.slice(1)) && !/^[A-Z]+[a-z]?[A-Z]+$/.test(a.base)) continue;
      // Shouting headlines: several capitalised words in a row are not acronyms.
      const neighbours = (t[k - 1]?.allCaps ? 1 : 0) + (t[k + 1]?.allCaps ? 1 : 0);
      if (neighbours > 0 && !(t[k - 1]?.text === '(' || t[k + 1]?.text === ')')) continue;
      // "unexploded ordnance (UXO)": a term, not an actor.
      if (t[k - 1]?.text === '(' && t[k + 1]?.text === ')' && t[k - 2] && !t[k - 2]!.cap) {
        this.state.termAcronyms.add(a.base);
        continue;
      }
      const before = t[k - 1];
      const after = t[k + 1];
      const evidence = a.poss || (before !== undefined && ACRONYM_CONTEXT_BEFORE.has(before.lower)) || (after !== undefined && after.kind === 'word' && ACRONYM_CONTEXT_AFTER.has(after.lower));
      const m = this.mention('organisation', `acr:${a.base}`, k, k + 1, { evidence });
      this.claim({ kind: 'acronym', start: k, end: k + 1, mention: m });
    }
  }

  private demonyms(): void {
    const t = this.tokens;
    for (let k = 0; k < t.length; k++) {
      const d = t[k]!;
      if (d.kind !== 'word' || !d.cap) continue;
      // "Lithuanian-led": the country leads (also inside a described initiative's name).
      const led = /^(.+)-(led|backed|funded|sponsored|run|financed|supported)$/i.exec(d.base);
      if (led && (!this.claimed(k) || this.owner[k]!.kind === 'initiative')) {
        const country = countryOfDemonym(led[1]!) ?? countryOf(led[1]!);
        if (country) {
          const m = this.mention('country', `country:${country}`, k, k + 1, { display: country });
          m.surface = country;
          if (!this.claimed(k)) this.claim({ kind: 'country', start: k, end: k + 1, mention: m });
        }
        continue;
      }
      if (this.claimed(k)) continue;
      const country = countryOfDemonym(d.lower);
      if (country) {
        this.claim({ kind: 'demonym', start: k, end: k + 1, countryKey: `country:${country}` });
        this.demonymRefs.push({ tok: k, key: `country:${country}` });
      }
    }
  }

  // ---- roles and people ----------------------------------------------------------------

  private roleSpans: RoleSpan[] = [];

  private roles(): void {
    const t = this.tokens;
    for (let k = 0; k < t.length; k++) {
      if (this.claimed(k) || t[k]!.kind !== 'word') continue;
      const r = roleAt(t, k, this.claimed);
      if (!r) continue;
      // A role word inside an organisation's name is not a role ("Representative Office").
      if (t[r.end] && ORG_HEADS.has(t[r.end]!.lower) && t[r.end]!.cap) continue;
      this.roleSpans.push(r);
      this.claim({ kind: 'role', start: r.start, end: r.end });
      k = r.end - 1;
    }
  }

  private roleStartingAt(k: number): RoleSpan | undefined {
    const c = this.owner[k];
    if (c?.kind !== 'role' || c.start !== k) return undefined;
    return { start: c.start, end: c.end };
  }

  private roleEndingBefore(k: number): RoleSpan | undefined {
    const c = this.owner[k - 1];
    if (c?.kind === 'role') return { start: c.start, end: c.end };
    return roleEndingAt(this.tokens, k, this.claimed);
  }

  /** The organisation or country a role is held in: "Japanese …", "Japan's …", "CMAC …" before, "of X" after. */
  private roleOrganisation(r: RoleSpan): string | undefined {
    const t = this.tokens;
    const before = this.owner[r.start - 1];
    if (before && r.start - 1 >= 0) {
      if (before.kind === 'demonym') return before.countryKey;
      if ((before.kind === 'country' || before.kind === 'org' || before.kind === 'acronym') && before.mention) return this.primaryKey(before.mention);
    }
    let k = r.end;
    if (t[k]?.lower === 'of' || t[k]?.lower === 'at') {
      k++;
      while (t[k] && DETERMINERS.has(t[k]!.lower)) k++;
      if (this.owner[k]?.kind === 'demonym') {
        // "of the Japanese Komeito party"
        const next = this.owner[k + 1];
        if (next?.mention && (next.kind === 'org' || next.kind === 'acronym')) return this.primaryKey(next.mention);
        return this.owner[k]!.countryKey;
      }
      const c = this.owner[k];
      if (c?.mention && (c.kind === 'country' || c.kind === 'org' || c.kind === 'acronym')) return this.primaryKey(c.mention);
    }
    return undefined;
  }

  private primaryKey(m: ActorMention): string {
    return m.key;
  }

  private roleTitle(r: RoleSpan): string {
    const t = this.tokens;
    let s = r.start;
    const prev = t[s - 1];
    if (prev && !prev.cap && /^(?:former|acting|then|late|incoming|outgoing|interim)$/.test(prev.lower)) s--;
    return collapse(this.view.slice(t[s]!.start, t[r.end - 1]!.end));
  }

  private people(): void {
    const t = this.tokens;
    // Names found before roles were known ("KAMIKAWA Yoko") get their roles now.
    for (const m of this.mentions) {
      if (m.kind === 'person' && m.roles.length === 0) m.roles.push(...this.evidenceFor(m.tok, m.tokEnd).roles);
    }
    // Pieces: maximal sequences of unclaimed name words (particles allowed inside).
    let k = 0;
    while (k < t.length) {
      if (this.claimed(k) || !nameWord(t[k])) {
        k++;
        continue;
      }
      let e = k + 1;
      while (e < t.length && !this.claimed(e) && !t[e - 1]!.poss) {
        if (nameWord(t[e])) {
          e++;
          continue;
        }
        if (PARTICLES.has(t[e]!.lower) && nameWord(t[e + 1]) && !this.claimed(e + 1)) {
          e += 2;
          continue;
        }
        break;
      }
      this.person(k, Math.min(e, k + 4));
      k = Math.max(e, k + 1);
    }
  }

  /** Roles and person evidence around a name at tokens `[s, e)`. */
  private evidenceFor(s: number, e: number): { roles: MentionRole[]; evidence: boolean } {
    const t = this.tokens;
    const roles: MentionRole[] = [];
    let evidence = false;
    const addRole = (r: RoleSpan | undefined): void => {
      if (!r) return;
      const role: MentionRole = { title: this.roleTitle(r) };
      const org = this.roleOrganisation(r);
      if (org) role.orgKey = org;
      roles.push(role);
      evidence = true;
    };
    // A role straight before: "Prime Minister Hun Manet", "senator Natsuo Yamaguchi".
    addRole(this.roleEndingBefore(s));
    // Apposition before: "Japan's foreign minister, Yoko Kamikawa"; "his father, Hun Sen".
    if (t[s - 1]?.text === ',' && roles.length === 0) {
      addRole(this.roleEndingBefore(s - 1));
      if (t[s - 2] && KINSHIP.has(t[s - 2]!.lower)) evidence = true;
    }
    // A role straight after in the same name run: "KAMIKAWA Yoko Minister for Foreign Affairs of Japan".
    const after = this.roleStartingAt(e);
    if (after && this.inRun(e) >= 0 && this.inRun(e) === this.inRun(e - 1)) addRole(after);
    // Apposition after: ", CMAC general-director", ", Director General of …", ", who serves as president of …".
    if (t[e]?.text === ',') {
      let k = e + 1;
      if (t[k]?.lower === 'who' && WHO_AS.has(t[k + 1]?.lower ?? '')) k += 2;
      if (t[k]?.lower === 'as') k++;
      while (t[k] && (DETERMINERS.has(t[k]!.lower) || t[k]!.lower === 'its' || t[k]!.lower === 'their')) k++;
      let r = this.roleStartingAt(k);
      if (!r) {
        // "CMAC general-director": an organisation or demonym then the role
        const c = this.owner[k];
        if (c && (c.kind === 'acronym' || c.kind === 'org' || c.kind === 'demonym' || c.kind === 'country')) r = this.roleStartingAt(c.end);
      }
      addRole(r);
    }
    // Honorifics: "Ms. KAMIKAWA", "Mr Smith", "H.E. …".
    let p = s - 1;
    if (t[p]?.text === '.') p--;
    if (t[p] && HONORIFICS.has(t[p]!.lower)) evidence = true;
    // Verbs of saying: "Kamikawa said", "said Heng Ratana".
    if (t[e] && SPEECH_VERBS.has(t[e]!.lower)) evidence = true;
    if (t[s - 1] && SPEECH_VERBS.has(t[s - 1]!.lower)) evidence = true;
    return { roles, evidence };
  }

  private person(s: number, e: number): void {
    const t = this.tokens;
    const { roles, evidence } = this.evidenceFor(s, e);
    if (e - s === 1) {
      const word = t[s]!;
      if (word.allCaps) return;
      const m = this.mention('person', `surname:${nameKey(word.base)}`, s, e, { evidence, roles });
      this.claim({ kind: 'person', start: s, end: e, mention: m });
      return;
    }
    const surface = this.surface(s, e);
    const key = `person:${personKey(surface)}`;
    if (!evidence && !this.state.knownPersons.has(key)) {
      // Without evidence, single words may still be known surnames: "Kamikawa highlighted".
      for (let k = s; k < e; k++) {
        const m = this.mention('person', `surname:${nameKey(t[k]!.base)}`, k, k + 1, { evidence: false });
        this.claim({ kind: 'person', start: k, end: k + 1, mention: m });
      }
      return;
    }
    this.state.knownPersons.add(key);
    const m = this.mention('person', key, s, e, { evidence: true, roles });
    this.claim({ kind: 'person', start: s, end: e, mention: m });
  }
}

/** Whether a token pair reads "<Country>'s" possessive. */
export function possessiveCountry(t: Token | undefined): string | undefined {
  if (!t || !t.poss) return undefined;
  return countryOf(t.base);
}
