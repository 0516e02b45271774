/**
 * What a figure measures: the noun phrase counted after the number ("landmines and
 * unexploded ordnance", "operational pyrotechnic machines"), read without a tagger by
 * stopping at prepositions, determiners, verbs and punctuation.
 */
import type { Token } from '../text/tokens.js';
import { wordValue } from '../text/numbers.js';

const STOP = new Set(`
  in on at from to for by with under since during per into across through over among between against within
  without after before including like such as than via toward towards upon around about along off out up down
  the a an this that these those its their his her our your my which who whom whose where when while if because
  so but it they them we us he him she you i is are was were be been being has have had will would can could should may
  might must shall do does did left remain remains remained remaining still also already now then there here
  not no yet just only even each every all both either neither more most less least some any
  same own per cent percent according due compared versus vs etc were said says told last next ago
`.trim().split(/\s+/));

const CONJUNCTIONS = new Set(['and', 'or', '&']);
const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb']);

export interface MeasureMatch {
  text: string;
  start: number;
  end: number;
}

function isWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && !t.allCaps;
}

/** An acronym's plural written with an apostrophe ("200 UXO's were found"); before a noun it is a possessive ("MAPA's partners"). */
function acronymPlural(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && t.kind === 'word' && /^[A-Z]{2,}['\u2019]s$/.test(t.text) && !collectible(tokens[j + 1]) && !acronymModifier(tokens, j + 1);
}

export function collectible(t: Token | undefined): boolean {
  return t !== undefined && isWord(t) && !STOP.has(t.lower) && !t.lower.endsWith("ly") && wordValue(t.lower) === undefined && !VAGUE.has(t.lower) && !FRACTION_WORD.test(t.lower);
}

const VAGUE = new Set(['several', 'dozens', 'hundreds', 'thousands', 'millions', 'many', 'few']);
const FRACTION_WORD = /-(?:thirds?|quarters?|halves|fifths?|tenths?)$/;

/** An acronym modifying the noun after it ("U.S. support", "EU funding"): a word of the phrase, not its end. */
function acronymModifier(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && t.kind === 'word' && t.allCaps && collectible(tokens[j + 1]);
}

/** Words in -ing that mine-action texts use as nouns ("years of Japanese funding", "risk education and training"). */
const ING_NOUNS = new Set(['funding', 'financing', 'training', 'demining', 'mapping', 'marking', 'fencing', 'spending', 'housing', 'building', 'buildings', 'screening', 'monitoring', 'reporting', 'planning', 'processing', 'networking']);

/**
 * Verbs of the field that are (almost) never nouns: after "and" they open a second clause, not
 * more of the counted phrase ("construct 16 storage facilities and train storekeepers").
 */
const ACTION_VERBS = new Set(['train', 'clear', 'destroy', 'build', 'construct', 'rehabilitate', 'provide', 'deliver', 'remove', 'educate', 'assist', 'strengthen', 'develop', 'improve', 'expand', 'ensure', 'help', 'protect', 'reduce', 'prevent', 'enable', 'equip']);

/** Whether a word reads as a verb form after a noun ("purchased", "deployed", "remaining"). */
function verbLike(t: Token): boolean {
  return /(?:ed|ing)$/.test(t.lower) && t.lower.length > 4 && !ING_NOUNS.has(t.lower);
}

/**
 * The noun phrase starting at token `i` (after the number and unit). `allowOf` lets the
 * phrase start with "of" ("3,000 square kilometres of landmines").
 */
export function measureAt(tokens: readonly Token[], i: number, allowOf: boolean): MeasureMatch | undefined {
  let j = i;
  if (allowOf && tokens[j]?.lower === 'of') {
    j++;
    while (tokens[j] && (tokens[j]!.lower === 'the' || tokens[j]!.lower === 'these' || tokens[j]!.lower === 'its')) j++;
  }
  // "for two decades and plans …": a conjunction opens no measure
  if (tokens[j] && CONJUNCTIONS.has(tokens[j]!.lower)) return undefined;
  const words: Token[] = [];
  const at: number[] = [];
  let ofUsed = false;
  let conjunctions = 0;
  while (j < tokens.length && words.length < 8) {
    const t = tokens[j]!;
    if (CONJUNCTIONS.has(t.lower) && ACTION_VERBS.has(tokens[j + 1]?.lower ?? '')) break;
    if (words.length === 0 && acronymPlural(tokens, j)) {
      words.push(t);
      at.push(j);
      j++;
      break;
    }
    // "the six remaining minefields": what is left of them is what is counted
    if (words.length === 0 && (t.lower === 'remaining' || t.lower === 'outstanding') && collectible(tokens[j + 1])) {
      words.push(t);
      at.push(j);
      j++;
      continue;
    }
    // "560,000 of these deadly explosives", "newly cleared land": a word in -ly opening the phrase modifies it
    if (words.length === 0 && isWord(t) && t.lower.endsWith('ly') && !STOP.has(t.lower) && collectible(tokens[j + 1])) {
      j++;
      continue;
    }
    if (collectible(t)) {
      const prev = words[words.length - 1];
      const afterJoin = prev !== undefined && (CONJUNCTIONS.has(prev.lower) || prev.lower === 'of');
      if (!afterJoin && verbLike(t) && !collectible(tokens[j + 1]) && !acronymModifier(tokens, j + 1)) break;
      if (t.poss) {
        if (words.length > 0) break;
      }
      words.push(t);
      at.push(j);
      j++;
      continue;
    }
    // only inside a phrase: an acronym right after the number is a name more often than a modifier
    if (words.length > 0 && acronymModifier(tokens, j)) {
      words.push(t);
      at.push(j);
      j++;
      continue;
    }
    if (t.kind === 'punct' && t.text === '-' && words.length > 0 && collectible(tokens[j + 1]) && tokens[j + 1]!.start === t.end) {
      j++;
      continue;
    }
    // three “high impacted” areas: quotation marks around a word of the phrase
    if (t.kind === 'punct' && QUOTE_MARKS.has(t.text) && (collectible(tokens[j + 1]) || words.length > 0)) {
      j++;
      continue;
    }
    if (words.length > 0 && isWord(t) && CONJUNCTIONS.has(t.lower) && conjunctions < 2 && collectible(tokens[j + 1])) {
      words.push(t);
      at.push(j);
      conjunctions++;
      j++;
      continue;
    }
    if (words.length > 0 && !ofUsed && t.lower === 'of' && collectible(tokens[j + 1])) {
      words.push(t);
      at.push(j);
      ofUsed = true;
      j++;
      continue;
    }
    break;
  }
  while (words.length > 0) {
    const last = words[words.length - 1]!;
    if (CONJUNCTIONS.has(last.lower) || last.lower === 'of' || (words.length > 1 && verbLike(last) && !last.lower.endsWith('ing'))) {
      words.pop();
      at.pop();
    } else break;
  }
  if (words.length === 0) return undefined;
  let text = words[0]!.text;
  for (let k = 1; k < words.length; k++) {
    const glued = words[k - 1]!.end + 1 === words[k]!.start && tokens[at[k]! - 1]?.text === '-';
    text += (glued ? '-' : ' ') + words[k]!.text;
  }
  return { text, start: at[0]!, end: at[at.length - 1]! + 1 };
}

/** The nearest plural noun before token `i` in the sentence ("deminers … with thousands deployed"). */
export function pluralNounBefore(tokens: readonly Token[], i: number): string | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 25; k--) {
    const t = tokens[k]!;
    if (collectible(t) && (!t.cap || k === 0) && t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss') && !/(?:ous|ics|sis|ness)$/.test(t.lower)) {
      return t.text;
    }
  }
  return undefined;
}

/** Whether "down from", "up from", "compared with" or "as against" opens the figure at `start`. */
export function comparedBefore(tokens: readonly Token[], start: number): boolean {
  const [a, b] = [tokens[start - 2]?.lower, tokens[start - 1]?.lower];
  return ((a === 'down' || a === 'up') && b === 'from') || (a === 'compared' && (b === 'with' || b === 'to')) || (a === 'as' && b === 'against');
}

/** A verb just before the figure ("cleared more than 3,000 …", "to clear more than 1,700 …"), for area and money measures. */
export function verbBefore(tokens: readonly Token[], i: number): string | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap) return undefined;
    if (/ed$/.test(t.lower) && t.lower.length > 4) return t.lower;
    if (tokens[k - 1]?.lower === 'to' && !STOP.has(t.lower) && !/(?:ly|s)$/.test(t.lower)) return `to ${t.lower}`;
  }
  return undefined;
}

const PURPOSE_LINKS = new Set(['to', 'for', 'into', 'towards', 'toward']);
export const SINCE_LINKS = new Set(['since']);

/**
 * A phrase after the figure opened by one of `links`: a purpose ("… to support Ukraine's
 * economic recovery projects", "… for clearance in Angola") or a starting point ("… since the
 * war ended").
 */
export function phraseAfter(tokens: readonly Token[], end: number, links: ReadonlySet<string> = PURPOSE_LINKS): string | undefined {
  const link = tokens[end];
  if (!link || !links.has(link.lower)) return undefined;
  const words: string[] = [link.lower];
  for (let k = end + 1; k < tokens.length && words.length < 8; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.kind !== 'num') break;
    if (/^(?:and|but|which|who|while|as|that|in|by|with|from|under|over)$/.test(t.lower) && words.length > 2) break;
    words.push(t.text);
    if (t.kind === 'num' && words.length === 2) break; // "since 2010": a date ends it
  }
  return words.length > 1 ? words.join(' ') : undefined;
}
