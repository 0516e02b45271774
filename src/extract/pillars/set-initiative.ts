/**
 * A draft initiative for a pillar set to hang on when the document names none: the undertaking
 * its lead-in describes as a noun phrase ("our support through the global mine action programme
 * not only …", "build on a close U.S.-Angola partnership and will include:"), in the lead-in
 * sentence or the one before it, or the support an actor gives ("UNDP has supported Yemen's mine
 * action operations primarily through …" → "UNDP support to Yemen's mine action operations").
 * Else the document's title line names the undertaking. Nothing is proposed when neither is there.
 */
import { tokenize, type Token } from '../text/tokens.js';
import type { Sentence } from '../text/layout/sentences.js';
import { collapse, nameKey } from '../text/names.js';
import { HEADLINE_NAME_VERBS, INITIATIVE_HEADS, PAGE_WORDS } from '../lexicon/names.js';
import type { QuotedInitiativeMention } from '../analysis.js';
import type { InitiativeLink } from './pillar-items.js';
import { mainInitiative } from '../initiatives/main-initiative.js';
import type { InitiativeMention } from '../initiatives/initiatives.js';
import { heldOnlyAddress } from '../text/web-address.js';
import { isBreadcrumbLine } from '../text/breadcrumb.js';

export interface ProposedInitiative {
  key: string;
  name: string;
  kind: string;
  sentence: number;
  /** View span of the name. */
  start: number;
  end: number;
}

const KINDS = new Set(['initiative', 'package', 'project', 'programme', 'partnership', 'policy']);
/** An undertaking described by its way of working: "uses an integrated approach that includes A, B and C". */
const APPROACH_HEADS: ReadonlyMap<string, string> = new Map([['approach', 'policy'], ['response', 'policy']]);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'this', 'its', 'their', 'his', 'her', 'your']);
/** Words of judgement before the name, not part of it. */
const EVALUATIVE = new Set(['close', 'strong', 'new', 'successful', 'important', 'long-standing', 'longstanding', 'ongoing', 'continued', 'current']);
const MAX_WORDS = 6;

function phraseAt(tokens: readonly Token[], head: number): number | undefined {
  let words = 0;
  for (let k = head - 1; k >= 0 && words <= MAX_WORDS; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word' && DETERMINERS.has(t.lower)) return k + 1;
    if (t.kind === 'word') {
      if (!/^[\p{L}][\p{L}.'-]*$/u.test(t.text) || /^(?:of|on|for|to|in|and|or|with|by|through|from|at|as|will|is|was|has|have)$/.test(t.lower)) return undefined;
      words++;
    } else if (t.text !== '-' && t.text !== '.' && t.kind !== 'num') return undefined;
  }
  return undefined;
}

const SUPPORT_VERBS = new Set(['supported', 'supports']);
const OBJECT_END = new Set([',', ';', ':', '.', '(']);
const OBJECT_STOP = /^(?:primarily|mainly|chiefly|largely|principally|notably|mostly|through|by|with|since|for|in|from|over|during|until|and|via)$/;

/** "UNDP has supported Yemen's mine action operations primarily through …" → "UNDP support to Yemen's mine action operations". */
function supportAt(view: string, tokens: readonly Token[], k: number): { name: string; start: number; end: number } | undefined {
  let subjectEnd = k - 1;
  if (/^(?:has|have|had)$/.test(tokens[subjectEnd]?.lower ?? '')) subjectEnd--;
  let subjectStart = subjectEnd;
  while (subjectStart >= 0 && tokens[subjectStart]!.kind === 'word' && tokens[subjectStart]!.cap) subjectStart--;
  subjectStart++;
  if (subjectStart > subjectEnd || subjectEnd - subjectStart > 5) return undefined;
  let objectEnd = k + 1;
  while (objectEnd < tokens.length && !OBJECT_END.has(tokens[objectEnd]!.text) && !OBJECT_STOP.test(tokens[objectEnd]!.lower)) objectEnd++;
  if (objectEnd - (k + 1) < 2 || objectEnd - (k + 1) > 8) return undefined;
  const subject = collapse(view.slice(tokens[subjectStart]!.start, tokens[subjectEnd]!.end));
  const object = collapse(view.slice(tokens[k + 1]!.start, tokens[objectEnd - 1]!.end));
  return { name: `${subject} support to ${object}`, start: tokens[subjectStart]!.start, end: tokens[objectEnd - 1]!.end };
}

/** Words a headline may hold; beyond them the first line is a sentence, not a title. */
const TITLE_MAX_WORDS = 20;
/** Words of a title that names a page of news or a report, never an undertaking. */
const NOT_UNDERTAKING_TITLE = new Set([...PAGE_WORDS, 'newsletter', 'bulletin', 'blog']);

/**
 * The undertaking a document's title line names, when nothing else does: "Support to the
 * National Mine Action Authority" (a heading, or a first line standing alone without final
 * punctuation). A document is about what its title says; a set with no other initiative
 * hangs on it.
 */
export function titleInitiative(view: string, sentences: readonly Sentence[]): ProposedInitiative | undefined {
  // a page saved from the web may open with its address ("https://…", "Source: www.…") or its breadcrumb trail: the title follows it
  let at = 0;
  while (at < 2 && sentences[at] && (heldOnlyAddress(sentences[at]!.text) || isBreadcrumbLine(sentences[at]!.text))) at++;
  const first = sentences[at];
  if (!first || first.kind === 'item') return undefined;
  const alone = sentences[at + 1]?.block !== first.block;
  if (!alone || (first.kind !== 'heading' && /[.!?:;,]\s*$/.test(first.text))) return undefined;
  const tokens = tokenize(first.text, first.start).filter((t) => t.kind === 'word');
  if (tokens.length < 2 || tokens.length > TITLE_MAX_WORDS || !tokens.some((t) => t.cap)) return undefined;
  // "Demining news", "Annual Report 2023": a page about things, not an undertaking's name
  // "US donates $5.8m worth of demining equipment to Ukraine": a headline with its verb tells a story, it names nothing
  if (tokens.some((t) => NOT_UNDERTAKING_TITLE.has(t.lower) || HEADLINE_NAME_VERBS.has(t.lower))) return undefined;
  const start = first.start + (first.text.length - first.text.trimStart().length);
  const name = collapse(first.text).replace(/[.,;:!?\s]+$/, '');
  if (name === '') return undefined;
  return { key: `init:${nameKey(name)}`, name, kind: 'project', sentence: at, start, end: start + first.text.trim().length };
}

export function proposeInitiative(view: string, sentences: readonly Sentence[], s: number): ProposedInitiative | undefined {
  for (const at of [s, s - 1]) {
    const sentence = sentences[at];
    if (!sentence || (at !== s && sentence.section !== sentences[s]!.section)) continue;
    const tokens = tokenize(sentence.text, sentence.start);
    for (let k = 1; k < tokens.length; k++) {
      if (SUPPORT_VERBS.has(tokens[k]!.lower)) {
        const support = supportAt(view, tokens, k);
        if (support) return { key: `init:${nameKey(support.name)}`, name: support.name, kind: 'programme', sentence: at, start: support.start, end: support.end };
      }
      const kind = INITIATIVE_HEADS.get(tokens[k]!.lower) ?? APPROACH_HEADS.get(tokens[k]!.lower);
      if (!kind || !KINDS.has(kind) || tokens[k]!.lower.endsWith('s')) continue;
      let first = phraseAt(tokens, k);
      if (first === undefined || first >= k) continue;
      while (first < k && EVALUATIVE.has(tokens[first]!.lower)) first++;
      if (first >= k) continue;
      const start = tokens[first]!.start;
      const end = tokens[k]!.end;
      const name = collapse(view.slice(start, end));
      return { key: `init:${nameKey(name)}`, name, kind, sentence: at, start, end };
    }
  }
  return undefined;
}

/** Verbs a lead-in's subject announces its parts with: "EU assistance covers …", "Strategic management includes:". */
const SUBJECT_VERBS = new Set(['includes', 'include', 'covers', 'comprises', 'consists', 'encompasses', 'incorporates', 'involves', 'focuses', 'rests', 'has', 'uses', 'combines', 'entails']);
/** Subjects that name no undertaking: pronouns and bare nouns for the publisher. */
const NOT_UNDERTAKING = /^(?:it|this|that|these|they|we|he|she|there|which|who|the (?:group|organi[sz]ation|agency|centre|center|team|ngo|charity|company|foundation|fund|government|ministry))$/i;
const SUBJECT_MAX_TOKENS = 7;

/**
 * The undertaking a lead-in's subject names, when nothing else does: "EU assistance covers all key
 * aspects – …", "Strategic management in mine action includes:". Only a noun phrase that opens the
 * sentence and runs up to the verb, with a capitalised word in it.
 */
export function subjectInitiative(view: string, sentences: readonly Sentence[], s: number): ProposedInitiative | undefined {
  const sentence = sentences[s];
  if (!sentence) return undefined;
  const tokens = tokenize(sentence.text, sentence.start);
  const verb = tokens.findIndex((t, k) => k > 0 && k <= SUBJECT_MAX_TOKENS && SUBJECT_VERBS.has(t.lower));
  if (verb < 1 || tokens.slice(0, verb).some((t) => t.kind !== 'word') || !tokens.slice(0, verb).some((t) => t.cap)) return undefined;
  const first = DETERMINERS.has(tokens[0]!.lower) ? 1 : 0;
  // "HALO's programme there has …", "The equipment will include": an adverb or a modal is no part of the name
  let last = verb - 1;
  while (last > first && /^(?:there|here|now|also|currently|today|will|shall|would|may|must|can|should)$/.test(tokens[last]!.lower)) last--;
  if (first >= verb || /^(?:in|of|for|and|on|to|with)$/.test(tokens[last]!.lower)) return undefined;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const name = collapse(view.slice(start, end));
  if (NOT_UNDERTAKING.test(collapse(view.slice(tokens[0]!.start, end)))) return undefined;
  return { key: `init:${nameKey(name)}`, name, kind: 'programme', sentence: s, start, end };
}

/**
 * The last resort of linking a set: the document's main initiative, else (in a document naming
 * none) a proposed one, which becomes a mention only when a set hangs on it.
 */
export class FallbackLink {
  private main: string | undefined | null = null;
  private readonly proposed = new Map<string, ProposedInitiative>();

  constructor(private readonly view: string, private readonly sentences: readonly Sentence[], private readonly mentions: readonly (readonly InitiativeMention[])[]) {}

  at(s: number): InitiativeLink | undefined {
    if (this.main === null) this.main = mainInitiative(this.mentions.flat());
    if (this.main !== undefined) return { key: this.main, strength: 0 };
    const p = proposeInitiative(this.view, this.sentences, s) ?? titleInitiative(this.view, this.sentences) ?? subjectInitiative(this.view, this.sentences, s);
    if (!p) return undefined;
    this.proposed.set(p.key, p);
    return { key: p.key, strength: 0 };
  }

  /** The mention of the proposal a set hangs on, the first time it is asked for. */
  take(key: string, quote: (sentence: number, start: number, end: number) => string): QuotedInitiativeMention | undefined {
    const p = this.proposed.get(key);
    if (!p) return undefined;
    this.proposed.delete(key);
    return {
      key: p.key, name: p.name, kind: p.kind, tok: 0, tokEnd: 0, quoted: false, links: [], aliases: [],
      quote: quote(p.sentence, p.start, p.end), sentence: p.sentence, leads: [], participants: [],
    };
  }
}
