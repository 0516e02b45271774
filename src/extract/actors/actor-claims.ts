/**
 * The claim board of one sentence: which token belongs to which name (an initiative, an
 * organisation, a country, an acronym, a demonym, a role or a person), and the actor
 * mentions made so far. Each stage of actor finding (`organisations.ts`, `people.ts`,
 * `actors.ts`) claims tokens on it, so a token belongs to one thing.
 */
import type { Token } from '../text/tokens.js';
import type { Run } from '../text/names.js';
import { collapse, isCapWord } from '../text/names.js';
import { countryOf, countryWordsFrom } from '../lexicon/countries.js';

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
  /** For a body every state has ("Ministry of Defence"): the country key the sentence gives it ("Thai …"). */
  country?: string;
  /** Set in resolution: the key of such a body was qualified by its document's country, not by its sentence. */
  byHome?: boolean;
  /** A country named only to place something else: "Peshawar, Pakistan", "the border with Cambodia". */
  place?: boolean;
  /** For people and surnames: whether the sentence shows it is a person. */
  evidence: boolean;
  roles: MentionRole[];
  /** Other keys that name the same actor (an acronym and its long form). */
  links: string[];
  /** Those other names as written ("CMAC" in "… Centre (CMAC)"). */
  alsoCalled?: string[];
  /** For organisations: the head word ("center"), for "the Center" later. */
  head?: string;
}

export interface DocumentActorState {
  knownPersons: Set<string>;
  /** Acronyms the document defines as terms ("unexploded ordnance (UXO)"). */
  termAcronyms: Set<string>;
  /** Initials of the initiatives named so far ("MAPA" for "Mine Action Programme of Afghanistan"): acronyms of undertakings, not actors. */
  initiativeInitials?: Set<string>;
  /** Acronyms in mixed case the document defines ("AusAID"): read as acronyms wherever they occur. */
  mixedAcronyms?: Set<string>;
  /** Acronyms the document defines for an organisation ("Danish Refugee Council (DRC)"): that body, not a country, wherever they occur. */
  orgAcronyms?: Set<string>;
}

export interface Claim {
  kind: 'initiative' | 'org' | 'country' | 'acronym' | 'demonym' | 'role' | 'person';
  start: number;
  end: number;
  mention?: ActorMention;
  /** For demonyms: the country key. */
  countryKey?: string;
}

const LOCATION_PREPOSITIONS = new Set([
  'in', 'to', 'from', 'at', 'across', 'throughout', 'into', 'within', 'near', 'around', 'via', 'toward', 'towards',
  'inside', 'outside', 'through', 'visit', 'visited', 'visiting', 'over', 'trip', 'travel', 'travelled',
  'traveled', 'arrived', 'based', 'border', 'northern', 'southern', 'eastern', 'western', 'central',
]);
export const DETERMINERS = new Set(['the', 'a', 'an']);
const BORDER_WORDS = new Set(['border', 'borders', 'bordering', 'neighboring', 'neighbouring', 'adjacent', 'frontier']);
const PLACE_HEADS = new Set(['province', 'district', 'region', 'city', 'town', 'village', 'governorate', 'county', 'municipality', 'commune']);

/** The words of tokens `[k, k + len)` joined by spaces, the last without its possessive: a name to look up as a country. */
export function countryWords(t: readonly Token[], k: number, len: number): string {
  let words = '';
  for (let i = 0; i < len - 1; i++) words += `${t[k + i]!.text} `;
  return words + t[k + len - 1]!.base;
}

export class ClaimBoard {
  readonly owner: (Claim | undefined)[];
  readonly runOf: Int32Array;
  readonly mentions: ActorMention[] = [];
  /** Demonyms read as their country ("Cambodian deminers"), for what a figure is about. */
  readonly demonymRefs: { tok: number; key: string }[] = [];

  constructor(
    readonly tokens: readonly Token[],
    readonly runs: readonly Run[],
    readonly view: string,
    readonly state: DocumentActorState,
  ) {
    this.owner = new Array<Claim | undefined>(tokens.length).fill(undefined);
    this.runOf = new Int32Array(tokens.length).fill(-1);
    for (let i = 0; i < runs.length; i++) for (let k = runs[i]!.start; k < runs[i]!.end; k++) this.runOf[k] = i;
  }

  readonly claimed = (k: number): boolean => this.owner[k] !== undefined;

  claim(c: Claim): void {
    for (let k = c.start; k < c.end; k++) this.owner[k] = c;
  }

  /** The name at tokens `[start, end)` as written, whitespace collapsed, possessive dropped. */
  surface(start: number, end: number): string {
    const last = this.tokens[end - 1]!;
    const stop = last.poss ? last.start + last.base.length : last.end;
    return collapse(this.view.slice(this.tokens[start]!.start, stop));
  }

  mention(kind: ActorKind, key: string, start: number, end: number, extra: Partial<ActorMention> = {}): ActorMention {
    const m: ActorMention = {
      key, kind, surface: this.surface(start, end), tok: start, tokEnd: end, acting: true, evidence: false, roles: [], links: [], ...extra,
    };
    this.mentions.push(m);
    return m;
  }

  /** Whether token `k` opens a new "Label: value" line ("Donor: …\nImplementing partner: …"), where no name runs on. */
  opensLabelLine(k: number): boolean {
    const t = this.tokens;
    if (k <= 0 || !t[k] || !this.view.slice(t[k - 1]!.end, t[k]!.start).includes('\n')) return false;
    for (let j = k + 1; j < t.length && j <= k + 4; j++) {
      if (this.view.slice(t[j - 1]!.end, t[j]!.start).includes('\n')) return false;
      if (t[j]!.text === ':') return true;
    }
    return false;
  }

  /**
   * Whether a line break before token `k` ends a name: the next line opens a "Label:", or the
   * line before is short, a title or a line of a letterhead ("Press Statement\nOffice of the
   * Spokesperson"). A name may run over the break of a long, wrapped line.
   */
  breakEndsName(k: number): boolean {
    const t = this.tokens;
    if (k <= 0 || !t[k] || !this.view.slice(t[k - 1]!.end, t[k]!.start).includes('\n')) return false;
    const lineStart = this.view.lastIndexOf('\n', t[k - 1]!.start) + 1;
    return t[k - 1]!.end - lineStart < 50 || this.opensLabelLine(k);
  }

  /** Index of the capitalised run holding token `k`, or -1. */
  inRun(k: number): number {
    return k >= 0 && k < this.runOf.length ? this.runOf[k]! : -1;
  }

  /** One past the end of a country name starting at token `k`, or -1. */
  countryAt(k: number): number {
    const t = this.tokens;
    if (!t[k]) return -1;
    const most = countryWordsFrom(t[k]!.base);
    for (let len = Math.min(most, t.length - k); len >= 1; len--) {
      if (!isCapWord(t[k]) || !isCapWord(t[k + len - 1])) continue;
      if (countryOf(countryWords(t, k, len))) return k + len;
    }
    return -1;
  }

  /**
   * A country named only to locate something else, not as a party to anything: after a place
   * name and a comma ("based in Peshawar, Pakistan", "Surin Province, Thailand"), or as what a
   * place borders ("the border area with Cambodia", "neighbouring the DRC").
   */
  incidentalPlace(k: number, end: number): boolean {
    const t = this.tokens;
    if (t[end - 1]!.poss) return false;
    const before = this.owner[k - 2];
    if (t[k - 1]?.text === ',' && isCapWord(t[k - 2]) && (!before || (before.kind === 'org' && before.mention?.head !== undefined && PLACE_HEADS.has(before.mention.head)))) {
      // not the last of a list of countries ("Guatemala, Honduras and Peru") nor a list going on
      if (t[end]?.text !== ',' && t[end]?.lower !== 'and' && !this.view.slice(t[k - 2]!.end, t[k - 1]!.start).includes('\n')) return true;
    }
    for (let p = k - 1; p >= 0 && p >= k - 4; p--) {
      const w = t[p]!.lower;
      if (BORDER_WORDS.has(w)) return true;
      if (!DETERMINERS.has(w) && w !== 'to' && w !== 'with' && w !== 'area' && w !== 'areas') break;
    }
    return false;
  }

  /** A country acts unless it is only a place: "in Poland", "to the Philippines". */
  countryActs(k: number): boolean {
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
}
