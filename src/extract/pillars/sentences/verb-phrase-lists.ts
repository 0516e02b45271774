/**
 * What an undertaking will do, as a list of verb phrases: "The project will clear farmland,
 * train forty deminers and teach villagers about mines", "The programme aims to strengthen A,
 * reduce B and support C". Only when the sentence names or refers to the initiative before the
 * verb (the undertaking is the subject), with three or more phrases that each open with a
 * lower-case verb; two, when the paragraph's next sentence goes on ("It also offers …",
 * continued-phrases.ts).
 */
import type { Token } from '../../text/tokens.js';
import { looksLikeParts } from '../item-shape.js';
import { splitItems } from './pillar-lists.js';
import { continuedPhrases } from './continued-phrases.js';
import { itemOf, makeSet, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

export const MAY_DO = /\b(?:will|shall|aims? to|seeks? to|designed to|intended to|helps? to|meant to)\s+\p{Ll}|^(?:It|The (?:\p{L}+ )?(?:project|programme|program|initiative)) \p{Ll}{3,}s \p{Ll}/u;
const AIM_WORDS = /^(?:aims?|seeks?|designed|intended|meant)$/;
const TO_VERBS = /^(?:aims?|seeks?|designed|intended|helps?|meant|expected|set|going)$/;
/** Words that open a phrase without being its verb. */
const NOT_VERBS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'be', 'also', 'not', 'now', 'then', 'soon', 'continue', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'of', 'to', 'and', 'or', 'as', 'more', 'all', 'both', 'each', 'have', 'take', 'make', 'enable', 'allow', 'start', 'begin']);
/** Where the last phrase's own words end: "… teach villagers about mines, so that …". */
const TAIL = /\s(?:so that|in order to|which|while|thereby|before|after|until|by 20\d\d|over the next)\s/i;
const MAX_WORDS = 10;
const MAX_LONG_WORDS = 20;
const MIN_ITEMS = 3;

/**
 * A verb's base form after "will": lower-case, not an adverb, not a plural noun ("medics",
 * "drivers"; "address" and "focus" are verbs); or, said of the undertaking in the present
 * ("It trains …, supplies … and provides …"), its form in -s.
 */
function verbStart(t: Token | undefined, present = false): boolean {
  if (t === undefined || t.kind !== 'word' || t.cap || !/^\p{Ll}{2,}$/u.test(t.text) || NOT_VERBS.has(t.lower)) return false;
  return present ? /^\p{Ll}{2,}[^s]s$/u.test(t.lower) && !NOT_PRESENT.has(t.lower) : !/ly$/.test(t.lower) && !/[^su]s$/.test(t.lower);
}
/** Words in -s that are no verbs of what an undertaking does. */
const NOT_PRESENT = new Set(['has', 'was', 'is', 'its', 'this', 'thus', 'plus', 'as', 'us', 'does', 'goes', 'remains', 'seems', 'means', 'needs', 'aims', 'seeks', 'continues', 'begins', 'starts']);

export function verbPhraseLists(input: PillarInput, push: Push): void {
  for (let s = 0; s < input.sentences.length; s++) {
    if (!input.mayList[s] || !MAY_DO.test(input.sentences[s]!.text)) continue;
    const tokens = input.tokens[s]!;
    for (let k = 1; k + 1 < tokens.length; k++) {
      const t = tokens[k]!;
      const modal = t.lower === 'will' || t.lower === 'shall' || (t.lower === 'to' && TO_VERBS.test(tokens[k - 1]!.lower));
      // "It trains …", "The project clears …": the undertaking as the subject of verbs in the present
      const present = !modal && (k === 1 ? tokens[0]!.text === 'It' : undertakingSubject(tokens, k)) && verbStart(tokens[k], true);
      if (!present && (!modal || !verbStart(tokens[k + 1]))) continue;
      const v = present ? k - 1 : k;
      // "It ensures that homes, schools and communities are safe": a clause after its verb lists no actions
      if (tokens[v + 2]?.lower === 'that') break;
      const link = input.link(s, v);
      if (!link || (link.strength < 2 && !present && !undertakingSubject(tokens, t.lower === 'to' ? k - 1 : k))) break;
      const starts = (text: string): boolean => verbStart(tokenAtStart(text), present);
      let spans = splitItems(input.view, tokens, v + 1, undefined);
      // "improve A, clear bombs and mines in …, raise B and help C": "and" inside a phrase joins no phrases
      if (!spans.every((r) => starts(input.view.slice(r.start, r.end)))) spans = verbPhrases(input.view, tokens, v + 1, present);
      // "… and provides them with equipment. It also offers support to …": the list goes on in the paragraph
      let used = [s];
      if (spans.length === MIN_ITEMS - 1) {
        const more = continuedPhrases(input, s, present);
        spans = [...spans, ...more.spans];
        used = [s, ...more.sentences];
      }
      if (spans.length < MIN_ITEMS || spans.length > 8) break;
      const last = spans[spans.length - 1]!;
      const tail = TAIL.exec(input.view.slice(last.start, last.end));
      if (tail) last.end = last.start + tail.index;
      const items = spans.map((r) => itemOf(input.view, r.start, r.end)).filter((x): x is PillarItem => x !== undefined);
      // short phrases, one in three or four allowed to run longer ("clear bombs and mines on a site of 8,000ha in …")
      const long = items.filter((x) => x.text.split(' ', MAX_WORDS + 1).length > MAX_WORDS);
      const oneWord = items.some((x) => !/\s/.test(x.text.trim()));
      if (items.length !== spans.length || long.length > Math.max(1, Math.floor(items.length / 2)) || (long.length > 0 && oneWord) || long.some((x) => x.text.split(' ', MAX_LONG_WORDS + 1).length > MAX_LONG_WORDS) || !items.every((x) => starts(x.text))) break;
      if (!looksLikeParts(items, true)) break;
      // "aims to A, B and C": what it aims at are its objectives; what it will do, its components
      const aims = t.lower === 'to' && AIM_WORDS.test(tokens[k - 1]!.lower);
      push(makeSet(link, aims ? 'objective' : 'component', items, s), used);
      break;
    }
  }
}

const ADVERBS_AFTER_AND = new Set(['also', 'then', 'further', 'finally']);

/** Heads of an undertaking written as the subject: "the 2016-2020 project aims to …". */
const UNDERTAKING_HEADS = new Set(['project', 'programme', 'program', 'initiative', 'plan', 'strategy', 'partnership']);

/** Whether the words just before the verb at `v` are "the/this <modifiers> <undertaking head>". */
function undertakingSubject(tokens: readonly Token[], v: number): boolean {
  // "The 5-year project, expected to begin in 2016, aims to …": over an apposition set off by commas
  if (tokens[v - 1]?.text === ',') {
    for (let j = v - 2; j > 0 && j >= v - 10; j--) {
      if (tokens[j]!.text === ',') return undertakingSubject(tokens, j);
    }
    return false;
  }
  const head = tokens[v - 1];
  if (!head || head.kind !== 'word' || head.cap || !UNDERTAKING_HEADS.has(head.lower)) return false;
  for (let j = v - 2; j >= 0 && j >= v - 5; j--) {
    const w = tokens[j]!.lower;
    if (w === 'the' || w === 'this' || w === 'our' || w === 'its') return true;
    if (tokens[j]!.kind === 'punct' && tokens[j]!.text !== '-') return false;
  }
  return false;
}

/**
 * Verb phrases from `from`: split at commas outside brackets and at an "and" or "or" that a verb
 * follows; "bombs and mines", "Quang Binh and Binh Dinh" stay inside their phrase. None when a
 * phrase is one word.
 */
function verbPhrases(view: string, tokens: readonly Token[], from: number, present: boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = from;
  let depth = 0;
  const close = (k: number): void => {
    if (k > s) out.push({ start: tokens[s]!.start, end: tokens[k - 1]!.end });
  };
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (t.text === '.' || t.text === ';') break;
    const number = t.text === ',' && tokens[k - 1]?.kind === 'num' && tokens[k + 1]?.kind === 'num' && tokens[k + 1]!.start === t.end;
    if (t.text === ',' && !number) {
      close(k);
      s = k + 1;
      if (tokens[s]?.lower === 'and' || tokens[s]?.lower === 'or') s++;
    } else if ((t.lower === 'and' || t.lower === 'or') && !t.cap && verbStart(tokens[k + 1], present)) {
      close(k);
      s = k + 1;
    } else if (t.lower === 'and' && !t.cap && ADVERBS_AFTER_AND.has(tokens[k + 1]?.lower ?? '') && verbStart(tokens[k + 2], present)) {
      // "… and also helps mine victims": the adverb is no part of the phrase
      close(k);
      s = k + 2;
    }
  }
  close(tokens.length - (tokens[tokens.length - 1]?.text === '.' ? 1 : 0));
  // each a verb and what it acts on: "effective and safe" are no phrases of their own
  return out.every((r) => /\s/.test(view.slice(r.start, r.end).trim())) ? out : [];
}

/** A stand-in token for the first word of an item's text. */
function tokenAtStart(text: string): Token | undefined {
  const w = /^\p{L}+/u.exec(text)?.[0];
  if (!w) return undefined;
  return { text: w, lower: w.toLowerCase(), kind: 'word', cap: /^\p{Lu}/u.test(w) } as Token;
}
