/**
 * One document to mentions: sentences, then per sentence initiatives, actors and figures,
 * then the links that need the document as a whole — pronouns and anaphors ("she", "the
 * package", "The Center"), who leads an initiative, whom a figure is about, and pillar sets.
 * Everything is keyed by name keys; `resolve.ts` turns keys into records across documents.
 */
import { cleanText, type CleanText } from './markup.js';
import { segment, type Sentence } from './sentences.js';
import { tokenize, type Token } from './tokens.js';
import { capitalisedRuns } from './names.js';
import { findInitiatives, type InitiativeMention } from './initiatives.js';
import { SentenceActors, type ActorMention, type DocumentActorState } from './actors.js';
import { figuresIn, type FigureCandidate } from './figures.js';
import { findPillarSets, type InitiativeLink, type PillarSet } from './pillars.js';
import { quoteFor } from './quotes.js';
import { collapse, nameKey } from './names.js';
import { originalSlice } from './markup.js';
import { ORG_HEADS } from './lexicon/names.js';
import { countryOf } from './lexicon/countries.js';

export interface DocumentInput {
  id: string;
  /** The whole file. */
  text: string;
  /** Where the body starts (after front matter). */
  bodyOffset: number;
  title?: string;
  date?: string;
}

export interface QuotedActorMention extends ActorMention {
  quote: string;
  sentence: number;
}

export interface QuotedInitiativeMention extends InitiativeMention {
  quote: string;
  sentence: number;
  leads: string[];
  participants: string[];
}

export interface QuotedFigure extends FigureCandidate {
  /** The figure as written, verbatim. */
  text: string;
  quote: string;
  /** Key of the actor or initiative it is about. */
  aboutKey?: string;
}

export interface QuotedPillarSet extends PillarSet {
  quotes: string[];
}

export interface DocumentAnalysis {
  id: string;
  date?: string;
  actors: QuotedActorMention[];
  initiatives: QuotedInitiativeMention[];
  figures: QuotedFigure[];
  pillarSets: QuotedPillarSet[];
}

/** A reference in a sentence to an actor or initiative, explicit or resolved from a pronoun or anaphor. */
interface Ref {
  tok: number;
  key: string;
  type: 'actor' | 'initiative';
  explicit: boolean;
  kind?: string;
  /** How the reference was made: a name, a pronoun, an anaphor ("the package"), a demonym. */
  via: 'name' | 'pronoun' | 'anaphor' | 'demonym';
  /** Token after the reference (for initiatives, the end of the name). */
  tokEnd?: number;
}

const LEAD_VERBS = new Set([
  'launch', 'launched', 'launches', 'launching', 'announce', 'announced', 'announces', 'announcing', 'initiate',
  'initiated', 'initiates', 'lead', 'leads', 'led', 'leading', 'chair', 'chairs', 'chaired', 'chairing', 'establish',
  'established', 'establishes', 'unveil', 'unveiled', 'unveils', 'propose', 'proposed', 'proposes', 'spearhead',
  'spearheaded', 'spearheads', 'host', 'hosts', 'hosted', 'hosting', 'present', 'presented', 'presenting',
  'presents', 'created', 'create', 'creates', 'founded', 'set', 'adopted', 'outlined',
]);
const PARTICIPATE_VERBS = new Set([
  'join', 'joins', 'joined', 'joining', 'participate', 'participates', 'participated', 'participating',
  'co-sponsor', 'co-sponsored', 'co-sponsors', 'funds', 'funded', 'finances', 'financed', 'implement',
  'implements', 'implemented', 'implementing', 'supports', 'supported', 'contribute', 'contributes', 'contributed',
  'signed',
]);
interface LeadContext {
  /** Index in `refs` of the last actor reference before each token, or -1. */
  lastActor: Int32Array;
  partners: string[];
  byTok: Map<number, Ref>;
}

/** Words that open a clause, for what a figure is about. */
const CLAUSE_WORDS = new Set(['that', 'who', 'which', 'while', 'whereas', 'whose']);

const SPEAKER_LINE = /^(?:opening |closing |keynote |welcome )?(?:remarks|speech|statement|address|keynote|intervention|message)\b.{0,40}?\b(?:by|of|from)\b/i;

function isPronoun(t: Token, word: 'she' | 'he' | 'i'): boolean {
  if (word === 'i') return t.text === 'I';
  return t.lower === word;
}

class DocumentAnalyser {
  private readonly clean: CleanText;
  private readonly sentences: Sentence[];
  private readonly blocks;
  private readonly tokens: Token[][] = [];
  private readonly refs: Ref[][] = [];
  private readonly initiativeMentions: InitiativeMention[][] = [];
  private readonly state: DocumentActorState = { knownPersons: new Set(), termAcronyms: new Set() };
  private lastPerson: string | undefined;
  private speaker: string | undefined;
  private lastInitiative: string | undefined;
  private readonly lastInitiativeByKind = new Map<string, string>();
  private readonly lastOrgByHead = new Map<string, string>();
  private readonly countryCounts = new Map<string, number>();

  readonly out: DocumentAnalysis;

  constructor(private readonly doc: DocumentInput) {
    this.clean = cleanText(doc.text, doc.bodyOffset);
    const seg = segment(this.clean);
    this.sentences = seg.sentences;
    this.blocks = seg.blocks;
    this.out = { id: doc.id, actors: [], initiatives: [], figures: [], pillarSets: [] };
    if (doc.date) this.out.date = doc.date;
  }

  private mainCountry(): string | undefined {
    let best: string | undefined;
    let count = 0;
    for (const [key, n] of this.countryCounts) {
      if (n > count) {
        best = key;
        count = n;
      }
    }
    return best;
  }

  run(): DocumentAnalysis {
    for (let s = 0; s < this.sentences.length; s++) this.sentence(s);
    this.pillars();
    return this.out;
  }

  private quote(s: number, start?: number, end?: number): string {
    const sentence = this.sentences[s]!;
    return quoteFor(this.clean, sentence.start, sentence.end, start ?? sentence.start, end ?? sentence.end);
  }

  private sentence(s: number): void {
    const sentence = this.sentences[s]!;
    const tokens = tokenize(sentence.text, sentence.start);
    this.tokens.push(tokens);
    const runs = capitalisedRuns(tokens);
    const inits = findInitiatives(tokens, runs, this.clean.text);
    this.initiativeMentions.push(inits.mentions);
    const finder = new SentenceActors(tokens, runs, this.clean.text, inits.mentions.map((m) => ({ start: m.tok, end: m.tokEnd })), this.state);
    const actors = finder.find();
    const demonyms = new Map(finder.demonymRefs.map((d) => [d.tok, d.key]));
    const refs: Ref[] = [];
    const actorStarts = new Set(actors.map((a) => a.tok));

    // Speaker of remarks: "Remarks by Ms. KAMIKAWA Yoko".
    if (s < 4 && !this.speaker && SPEAKER_LINE.test(sentence.text)) {
      const person = actors.find((a) => a.kind === 'person' && a.key.startsWith('person:'));
      if (person) this.speaker = person.key;
    }

    // Actors, in token order, with pronouns and "the Center" resolved as we go.
    let ai = 0;
    let ii = 0;
    const initiativeMentions = inits.mentions;
    const anaphors = inits.anaphors;
    let ni = 0;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      while (ai < actors.length && actors[ai]!.tok === k) {
        const a = actors[ai]!;
        refs.push({ tok: k, key: a.key, type: 'actor', explicit: true, via: 'name' });
        if (a.kind === 'country') this.countryCounts.set(a.key, (this.countryCounts.get(a.key) ?? 0) + 1);
        this.out.actors.push({ ...a, quote: this.quote(s, tokens[a.tok]!.start, tokens[a.tokEnd - 1]!.end), sentence: s });
        if (a.kind === 'person' && (a.key.startsWith('person:') || a.evidence || a.key.startsWith('surname:'))) this.lastPerson = a.key;
        if (a.kind === 'organisation' && a.head) this.lastOrgByHead.set(a.head, a.key);
        ai++;
      }
      while (ii < initiativeMentions.length && initiativeMentions[ii]!.tok === k) {
        const m = initiativeMentions[ii]!;
        refs.push({ tok: k, key: m.key, type: 'initiative', explicit: true, kind: m.kind, via: 'name', tokEnd: m.tokEnd });
        this.lastInitiative = m.key;
        this.lastInitiativeByKind.set(m.kind, m.key);
        ii++;
      }
      while (ni < anaphors.length && anaphors[ni]!.tok === k) {
        const an = anaphors[ni]!;
        const key = an.kind ? this.lastInitiativeByKind.get(an.kind) ?? (an.kind === 'initiative' ? this.lastInitiative : undefined) : this.lastInitiative;
        if (key) refs.push({ tok: k, key, type: 'initiative', explicit: false, via: 'anaphor', tokEnd: an.tokEnd });
        ni++;
      }
      if (t.kind === 'word') {
        const demonym = demonyms.get(k);
        if (demonym) refs.push({ tok: k, key: demonym, type: 'actor', explicit: false, via: 'demonym' });
        if ((isPronoun(t, 'she') || isPronoun(t, 'he')) && this.lastPerson) refs.push({ tok: k, key: this.lastPerson, type: 'actor', explicit: false, via: 'pronoun' });
        else if (isPronoun(t, 'i') && this.speaker) refs.push({ tok: k, key: this.speaker, type: 'actor', explicit: false, via: 'pronoun' });
        else if (t.lower === 'the' && tokens[k + 1] && ORG_HEADS.has(tokens[k + 1]!.lower) && !actorStarts.has(k + 1) && !actorStarts.has(k)) {
          const key = this.lastOrgByHead.get(nameKey(tokens[k + 1]!.base));
          if (key) refs.push({ tok: k + 1, key, type: 'actor', explicit: false, via: 'anaphor' });
        } else if (t.lower === 'the' && /^(?:country|kingdom|nation)$/.test(tokens[k + 1]?.lower ?? '') && !tokens[k + 1]!.cap) {
          // "the country": the country the document has named most so far
          const key = this.mainCountry();
          if (key) refs.push({ tok: k + 1, key, type: 'actor', explicit: false, via: 'anaphor' });
        }
      }
    }
    this.refs.push(refs);

    // Initiatives with leads and participants.
    const context = initiativeMentions.length > 0 ? this.leadContext(tokens, refs) : undefined;
    for (const m of initiativeMentions) {
      // A name inside another ("… of the State Parties to the … Convention") takes no leads from the sentence.
      const inner = initiativeMentions.some((o) => o !== m && o.tok <= m.tok && o.tokEnd >= m.tokEnd && o.tokEnd - o.tok > m.tokEnd - m.tok);
      const leads = inner ? { leads: [], participants: [] } : this.leadsOf(tokens, refs, m, context!);
      this.out.initiatives.push({
        ...m, quote: this.quote(s, tokens[m.tok]!.start, tokens[m.tokEnd - 1]!.end), sentence: s, leads: leads.leads, participants: leads.participants,
      });
    }

    // Figures, with whom they are about.
    for (const f of figuresIn(tokens, sentence.kind === 'heading')) {
      const start = tokens[f.start]!.start;
      const end = tokens[f.end - 1]!.end;
      const figure: QuotedFigure = { ...f, text: collapse(originalSlice(this.clean, start, end)), quote: this.quote(s, start, end) };
      const about = this.aboutOf(tokens, refs, f);
      if (about) figure.aboutKey = about;
      if (figure.text.length > 0 && figure.text.length <= 500) this.out.figures.push(figure);
    }
  }

  /**
   * What a figure is about: the initiative whose name contains it ("three principles for …");
   * else the first reference in its clause before it (its subject, pronouns aside); else the
   * nearest reference before the clause; else an initiative, then an actor, after it.
   */
  private aboutOf(tokens: readonly Token[], refs: readonly Ref[], f: FigureCandidate): string | undefined {
    for (const r of refs) if (r.type === 'initiative' && r.via === 'name' && r.tok <= f.start && (r.tokEnd ?? r.tok) >= f.end) return r.key;
    let clauseStart = 0;
    for (let k = f.start - 1; k >= 0; k--) {
      const t = tokens[k]!;
      if (/^[,;:(\u2014]$/.test(t.text) || CLAUSE_WORDS.has(t.lower)) {
        clauseStart = k + 1;
        break;
      }
    }
    let clauseEnd = tokens.length;
    for (let k = f.end; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (/^[,;:()\u2014.]$/.test(t.text) || CLAUSE_WORDS.has(t.lower)) {
        clauseEnd = k;
        break;
      }
    }
    const usable = refs.filter((r) => r.via !== 'pronoun');
    const subject = usable.find((r) => r.tok >= clauseStart && r.tok < f.start && r.via !== 'demonym');
    if (subject) return subject.key;
    let before: Ref | undefined;
    for (const r of usable) if (r.tok < clauseStart) before = r;
    if (before) return before.key;
    const after = usable.filter((r) => r.tok >= f.end && r.tok < clauseEnd && r.via !== 'demonym');
    return (after.find((r) => r.type === 'initiative') ?? after[0] ?? usable.find((r) => r.type === 'initiative' && r.tok >= f.end))?.key;
  }

  /** Per sentence: the last actor reference before each token, and partners "in cooperation with X". */
  private leadContext(tokens: readonly Token[], refs: readonly Ref[]): LeadContext {
    const lastActor = new Int32Array(tokens.length + 1).fill(-1);
    let r = 0;
    let last = -1;
    const sorted = refs.map((x, i) => ({ x, i })).sort((a, b) => a.x.tok - b.x.tok || a.i - b.i);
    for (let k = 0; k <= tokens.length; k++) {
      lastActor[k] = last;
      while (r < sorted.length && sorted[r]!.x.tok === k) {
        if (sorted[r]!.x.type === 'actor') last = sorted[r]!.i;
        r++;
      }
    }
    const partners: string[] = [];
    const byTok = new Map<number, Ref>();
    for (const x of refs) if (x.type === 'actor' && x.explicit && !byTok.has(x.tok)) byTok.set(x.tok, x);
    for (let k = 0; k + 2 < tokens.length; k++) {
      const a = tokens[k]!.lower;
      if ((a === 'cooperation' || a === 'together' || a === 'jointly' || a === 'partnership') && tokens[k + 1]!.lower === 'with') {
        const x = byTok.get(k + 2);
        if (x) partners.push(x.key);
      }
    }
    return { lastActor, partners, byTok };
  }

  private leadsOf(tokens: readonly Token[], refs: readonly Ref[], m: InitiativeMention, context: LeadContext): { leads: string[]; participants: string[] } {
    const leads = new Set<string>();
    const participants = new Set<string>();
    for (const k of m.leadKeys ?? []) leads.add(k);
    // A possessive owner: "Japan's Comprehensive Package".
    if (m.owner !== undefined) {
      const owner = tokens[m.owner]!;
      const country = countryOf(owner.base);
      if (country) leads.add(`country:${country}`);
      else if (owner.allCaps) leads.add(`acr:${owner.base}`);
    }
    // "<actor> launched … <initiative>": the nearest actor before the verb leads what follows it.
    for (let v = m.tok - 1; v >= 0 && v >= m.tok - 30; v--) {
      const t = tokens[v]!;
      if (t.text === '.' || t.text === ';') break;
      if (t.kind !== 'word' || t.cap) continue;
      const lead = LEAD_VERBS.has(t.lower);
      const part = PARTICIPATE_VERBS.has(t.lower);
      if (!lead && !part) continue;
      // "the launch of …" is a noun, not a verb with a subject
      if (/^(?:the|a|an|its|their|his|her|this)$/.test(tokens[v - 1]?.lower ?? '')) continue;
      const subject = context.lastActor[v]!;
      if (subject >= 0) (lead ? leads : participants).add(refs[subject]!.key);
      break;
    }
    // "<initiative> launched by <actor>"
    for (let v = m.tokEnd; v < tokens.length - 2 && v < m.tokEnd + 6; v++) {
      if (LEAD_VERBS.has(tokens[v]!.lower) && tokens[v + 1]!.lower === 'by') {
        for (let k = v + 2; k <= v + 4; k++) {
          const x = context.byTok.get(k);
          if (x) {
            leads.add(x.key);
            break;
          }
        }
      }
    }
    // "… Agreement … between A and B"
    for (let k = m.tokEnd; k < tokens.length && k < m.tokEnd + 4; k++) {
      if (tokens[k]!.lower === 'between') {
        for (let j = k + 1; j < tokens.length && j < k + 16; j++) {
          const x = context.byTok.get(j);
          if (x) participants.add(x.key);
        }
        break;
      }
    }
    // "in cooperation with X" next to a launch
    if (leads.size > 0) for (const p of context.partners) participants.add(p);
    for (const l of leads) participants.delete(l);
    return { leads: [...leads], participants: [...participants] };
  }

  /**
   * The initiative a sentence refers to near token `tok`: named before it (3), referred to
   * before it ("the package", "This": 2), else nearby (1): the sentences just before in the
   * section, the next sentence, or later in this sentence.
   */
  private link = (s: number, tok: number): InitiativeLink | undefined => {
    const refs = (this.refs[s] ?? []).filter((r) => r.type === 'initiative');
    const last = (list: Ref[]): Ref | undefined => list[list.length - 1];
    const explicit = last(refs.filter((r) => r.explicit && r.tok <= tok));
    if (explicit) return { key: explicit.key, strength: 3 };
    const implicit = last(refs.filter((r) => !r.explicit && r.tok <= tok));
    if (implicit) return { key: implicit.key, strength: 2 };
    const section = this.sentences[s]!.section;
    for (let p = s - 1; p >= 0 && p >= s - 6; p--) {
      if (this.sentences[p]!.section !== section) break;
      const named = (this.refs[p] ?? []).filter((r) => r.type === 'initiative' && r.explicit);
      if (named.length > 0) return { key: named[named.length - 1]!.key, strength: 1 };
    }
    const next = s + 1 < this.sentences.length && this.sentences[s + 1]!.section === section ? (this.refs[s + 1] ?? []).find((r) => r.type === 'initiative' && r.explicit) : undefined;
    if (next) return { key: next.key, strength: 1 };
    const later = refs.find((r) => r.explicit && r.tok > tok);
    if (later) return { key: later.key, strength: 1 };
    return undefined;
  };

  private pillars(): void {
    const sets = findPillarSets({ view: this.clean.text, sentences: this.sentences, blocks: this.blocks, tokens: this.tokens, link: this.link });
    for (const set of sets) {
      const quotes = set.items.map((item) => quoteFor(this.clean, item.start, item.end));
      this.out.pillarSets.push({ ...set, quotes });
    }
  }
}

/** Analyses one document into mentions keyed by name. Never throws on text. */
export function analyseDocument(doc: DocumentInput): DocumentAnalysis {
  return new DocumentAnalyser(doc).run();
}
