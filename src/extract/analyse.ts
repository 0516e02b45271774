/**
 * One document to mentions: sentences, then per sentence initiatives, actors and figures,
 * then the links that need the document as a whole — pronouns and anaphors ("she", "the
 * package", "The Center"), who leads an initiative, whom a figure is about, and pillar sets.
 * Everything is keyed by name keys; `resolve.ts` turns keys into records across documents.
 */
import { cleanText, type CleanText } from './text/layout/markup.js';
import type { DocumentAnalysis, DocumentInput, QuotedActorMention, QuotedInitiativeMention } from './analysis.js';
import { segment, type Sentence } from './text/layout/sentences.js';
import { tokenize, type Token } from './text/tokens.js';
import { capitalisedRuns } from './text/names.js';
import { findInitiatives, type InitiativeMention } from './initiatives/initiatives.js';
import { SentenceActors, type DocumentActorState } from './actors/actors.js';
import { sentenceFigures } from './figures/sentence-figures.js';
import { findPillarSets, listGateOf, mayOpenList, type InitiativeLink } from './pillars/pillars.js';
import { quoteFor } from './text/quotes.js';
import { collapse, initials, nameKey } from './text/names.js';
import { originalSlice } from './text/layout/markup.js';
import { ORG_HEADS } from './lexicon/names.js';
import type { Ref } from './text/refs.js';
import { addAnaphorLeads, anaphorLeads, leadContext, leadsOf } from './initiatives/leads.js';
import { fieldParticipants } from './initiatives/field-participants.js';
import { readBareDollars, type DocumentOrigin } from './figures/dollar-country.js';
import { readRupees } from './figures/rupee-country.js';
import { FallbackLink } from './pillars/set-initiative.js';
import { initiativeLinkAt } from './pillars/sentence-link.js';
import { initiativeSpans, innerMentions } from './initiatives/mention-spans.js';
import { TitleCandidate } from './initiatives/title-candidate.js';
import { isBreadcrumbLine } from './text/breadcrumb.js';
import { ownerBefore, placeBareWork, titlePlace } from './initiatives/placed-names.js';
import { isDateLine } from './document-meta.js';
import { columnHeaderAt, type ColumnHeader } from './figures/table-columns.js';
import { findTables, type Table } from './text/layout/tables.js';

const NO_DEMONYMS: ReadonlyMap<number, string> = new Map();

/** Sentences whose tokens pillar detection may read in full. */
const MAY_HOLD_SET = /(?:pillars|approaches|principles|phases|priorities|results|outcomes|objectives|goals|components|areas|strands|workstreams|lines|focus|focuses|focused|concentrates|centres|centers|consists|comprises|rests)\b/i;

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
  private readonly mayList: boolean[] = [];
  private readonly refs: Ref[][] = [];
  private readonly initiativeMentions: InitiativeMention[][] = [];
  private readonly state: DocumentActorState = { knownPersons: new Set(), termAcronyms: new Set(), initiativeInitials: new Set() };
  private lastPerson: string | undefined;
  private speaker: string | undefined;
  private lastInitiative: string | undefined;
  /** Initiatives named so far, by the initials of their names ("NMAP" for "National Mine Action Plan"). */
  private readonly initiativeByInitials = new Map<string, string>();
  /** The title line has been read (the first heading among the opening sentences). */
  private titleRead = false;
  private readonly lastInitiativeByKind = new Map<string, string>();
  private readonly titleCandidate = new TitleCandidate();
  private readonly lastOrgByHead = new Map<string, string>();
  private readonly countryCounts = new Map<string, number>();

  readonly out: DocumentAnalysis;
  private readonly fallback: FallbackLink;

  private readonly origin: DocumentOrigin;

  constructor(doc: DocumentInput) {
    this.origin = { publisher: doc.publisher, url: doc.url, body: doc.text };
    this.clean = cleanText(doc.text, doc.bodyOffset);
    const seg = segment(this.clean);
    this.sentences = seg.sentences;
    this.blocks = seg.blocks;
    this.out = { id: doc.id, actors: [], initiatives: [], figures: [], pillarSets: [] };
    this.fallback = new FallbackLink(this.clean.text, this.sentences, this.initiativeMentions);
    if (doc.date) this.out.date = doc.date;
  }

  /** The column header over a table cell at a view offset (the document's tables found once, when a figure first asks). */
  private tables: Table[] | undefined;
  private readonly columnOf = (offset: number): ColumnHeader | undefined => columnHeaderAt((this.tables ??= findTables(this.clean.text)), offset);

  /** Words of the full personal names seen so far in the document. */
  private readonly nameWords = new Set<string>();
  private readonly personKeys = new Set<string>();

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
    this.placeBareWork();
    readBareDollars(this.out.figures, this.origin, this.countryCounts);
    readRupees(this.out.figures, this.origin, this.countryCounts);
    return this.out;
  }

  /** The place the title ends with ("… in Iraq"), if any. */
  private titlePlace: string | undefined;
  /** Initiatives written with their owner before them ("its mine clearance program", "Peru's programme"). */
  private readonly owned = new Set<InitiativeMention>();

  /** "the clearance project" → "clearance project in Iraq": where the document is (placed-names.ts). */
  private placeBareWork(): void {
    const country = this.mainCountry();
    // the country's own name, not how it was written ("Government of Japan")
    const place = this.titlePlace ?? (country?.startsWith('country:') ? country.slice(8) : undefined);
    placeBareWork(this.out.initiatives, (m) => m.leadKeys !== undefined || this.owned.has(m), place);
  }

  private quoteCache = { sentence: -1, quote: '' };

  /** The quote for a fact in sentence `s`: the whole sentence when it is short (computed once), else the clause. */
  private quote(s: number, start?: number, end?: number): string {
    const sentence = this.sentences[s]!;
    if (sentence.end - sentence.start <= 600) {
      if (this.quoteCache.sentence !== s) this.quoteCache = { sentence: s, quote: quoteFor(this.clean, sentence.start, sentence.end) };
      return this.quoteCache.quote;
    }
    return quoteFor(this.clean, sentence.start, sentence.end, start ?? sentence.start, end ?? sentence.end);
  }

  /** A heading, or a line standing alone without final punctuation ("Mine Action agreement with the EU"). */
  private isTitleLine(s: number): boolean {
    const sentence = this.sentences[s]!;
    if (sentence.kind === 'heading') return true;
    const alone = this.sentences[s - 1]?.block !== sentence.block && this.sentences[s + 1]?.block !== sentence.block;
    return alone && !/[.!?:;,]\s*$/.test(sentence.text);
  }

  private sentence(s: number): void {
    const sentence = this.sentences[s]!;
    const tokens = tokenize(sentence.text, sentence.start);
    // Pillar detection reads whole sentences only where a set or focus word occurs; elsewhere the opening words do.
    const opens = mayOpenList(sentence.text);
    this.mayList.push(listGateOf(sentence.text, opens));
    this.tokens.push(opens || MAY_HOLD_SET.test(sentence.text) ? tokens : tokens.slice(0, 6));
    const runs = capitalisedRuns(tokens);
    const headline = this.isTitleLine(s);
    // the title may follow a line holding only the date, or a page's breadcrumb trail
    const title = s < 3 && !this.titleRead && headline && !isDateLine(sentence.text) && !isBreadcrumbLine(sentence.text);
    if (title) this.titleRead = true;
    if (title) this.titlePlace = titlePlace(tokens, (a, b) => collapse(this.clean.text.slice(tokens[a]!.start, tokens[b - 1]!.end)));
    const inits = findInitiatives(tokens, runs, this.clean.text, { title, headline, scope: this.out.id });
    this.initiativeMentions.push(inits.mentions);
    if (inits.titleCandidate) this.titleCandidate.offer(inits.titleCandidate, this.quote(s), s);
    for (const m of inits.mentions) {
      const letters = initials(m.name);
      this.state.initiativeInitials!.add(letters);
      if (letters.length >= 3 && !this.initiativeByInitials.has(letters)) this.initiativeByInitials.set(letters, m.key);
    }
    const finder = new SentenceActors(tokens, runs, this.clean.text, initiativeSpans(inits.mentions), this.state);
    const actors = finder.find();
    const demonyms = finder.demonymRefs.length > 0 ? new Map(finder.demonymRefs.map((d) => [d.tok, d.key])) : NO_DEMONYMS;
    const refs: Ref[] = [];
    const actorStarts = new Set<number>();
    for (const a of actors) actorStarts.add(a.tok);

    // Speaker of remarks: "Remarks by Ms. KAMIKAWA Yoko".
    if (s < 4 && !this.speaker && SPEAKER_LINE.test(sentence.text)) {
      const person = actors.find((a) => a.kind === 'person' && a.key.startsWith('person:'));
      if (person) this.speaker = person.key;
    }

    for (const a of actors) {
      if (!a.key.startsWith('person:') || this.personKeys.has(a.key)) continue;
      this.personKeys.add(a.key);
      for (const w of a.key.slice(7).split(' ')) this.nameWords.add(w);
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
        // a lone capitalised word counts only when it is a known person's name ("Kamikawa", not "Africa")
        const known = !a.key.startsWith('surname:') || a.evidence || this.nameWords.has(a.key.slice(8));
        if (known) refs.push({ tok: k, key: a.key, type: 'actor', explicit: true, via: 'name', tokEnd: a.tokEnd });
        if (a.kind === 'country') this.countryCounts.set(a.key, (this.countryCounts.get(a.key) ?? 0) + 1);
        const quoted = a as QuotedActorMention;
        quoted.quote = this.quote(s, tokens[a.tok]!.start, tokens[a.tokEnd - 1]!.end);
        quoted.sentence = s;
        this.out.actors.push(quoted);
        if (a.kind === 'person' && known) this.lastPerson = a.key;
        if (a.kind === 'organisation' && a.head) this.lastOrgByHead.set(a.head, a.key);
        ai++;
      }
      // "The NMAP 2010-2015 outlines …": an acronym no one defined, spelling an initiative named before, names it
      const spelled = t.allCaps ? this.initiativeByInitials.get(t.text) : undefined;
      if (spelled && !initiativeMentions.some((m) => m.tok <= k && k < m.tokEnd)) {
        refs.push({ tok: k, key: spelled, type: 'initiative', explicit: true, via: 'name', tokEnd: k + 1 });
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
        let key = an.kind ? this.lastInitiativeByKind.get(an.kind) ?? (an.kind === 'initiative' ? this.lastInitiative : undefined) : this.lastInitiative;
        // "The project supports …" with no project named yet: the one the title names
        const titled = key ? undefined : this.titleCandidate.claim(an);
        if (titled) {
          this.out.initiatives.push(titled);
          this.initiativeMentions[titled.sentence]!.push(titled);
          this.lastInitiativeByKind.set(titled.kind, (key = titled.key));
        }
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
    const anaphoric = refs.some((r) => r.type === 'initiative' && r.via === 'anaphor');
    const context = initiativeMentions.length > 0 || anaphoric ? leadContext(tokens, refs) : undefined;
    const inner = innerMentions(initiativeMentions);
    for (const m of initiativeMentions) {
      // A name inside another ("… of the State Parties to the … Convention") takes no leads from the sentence.
      const leads = inner.has(m) ? { leads: [], participants: [] } : leadsOf(tokens, refs, m, context!);
      const quoted = m as QuotedInitiativeMention;
      quoted.quote = this.quote(s, tokens[m.tok]!.start, tokens[m.tokEnd - 1]!.end);
      quoted.sentence = s;
      quoted.leads = leads.leads;
      quoted.participants = leads.participants;
      if (ownerBefore(tokens, m.tok)) this.owned.add(quoted);
      this.out.initiatives.push(quoted);
    }
    // "The project, funded by X …": who takes part, read after an anaphor, in the initiative it stands for
    if (anaphoric) addAnaphorLeads(this.out.initiatives, anaphorLeads(tokens, refs, context!));
    // "Donor Agency: Government of Japan": a project page's field line names who takes part
    if (sentence.firstInBlock) addAnaphorLeads(this.out.initiatives, fieldParticipants(tokens, refs, this.out.initiatives.at(-1)));

    // Figures, with whom they are about (only where the sentence has a digit or a number word).
    this.out.figures.push(...sentenceFigures({
      sentence, previous: this.sentences[s - 1], tokens, refs, initiatives: initiativeMentions, columnOf: this.columnOf,
      textOf: (start, end) => collapse(originalSlice(this.clean, start, end)),
      quoteOf: (start, end) => this.quote(s, start, end),
    }));
  }

  /** The initiative a pillar set's sentence refers to (pillars/sentence-link.ts). */
  private link = (s: number, tok: number): InitiativeLink | undefined => initiativeLinkAt(this.refs, this.sentences, this.fallback, s, tok);

  private pillars(): void {
    const sets = findPillarSets({ view: this.clean.text, sentences: this.sentences, blocks: this.blocks, tokens: this.tokens, mayList: this.mayList, link: this.link });
    for (const set of sets) {
      const proposed = this.fallback.take(set.initiativeKey, (s, start, end) => this.quote(s, start, end));
      if (proposed) this.out.initiatives.push(proposed);
      const quotes = set.items.map((item) => quoteFor(this.clean, item.start, item.end));
      this.out.pillarSets.push({ ...set, quotes });
    }
  }
}

/** Analyses one document into mentions keyed by name. Never throws on text. */
export function analyseDocument(doc: DocumentInput): DocumentAnalysis {
  return new DocumentAnalyser(doc).run();
}
