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
    runs.forEach((r, i) => {
      for (let k = r.start; k < r.end; k++) this.runOf[k] = i;
    });
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
      const words = t.slice(k, k + len).map((x, i) => (i === len - 1 ? x.base : x.text)).join(' ');
      if (countryOf(words)) return k + len;
    }
    return -1;
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
