/**
 * Pillar sets written as ordinal sequences: "First, … Second, … Finally, …", "The first
 * objective is to …", "Under the second pillar, …" — one item per sentence, in order, within
 * one section.
 */
import type { Token } from '../../text/tokens.js';
import { ORDINAL_ADVERBS } from '../../lexicon/numbers.js';
import { SET_NOUN_TERMS } from '../../lexicon/set-words.js';
import { introBefore, itemOf, makeSet, titleOf, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';
import { LABELS } from './pillar-sequences.js';
import { countsOtherThings } from '../lead-in.js';

/** Singular set nouns: the labels, and every plural set noun of the lexicon made singular ("strand", "activity"). */
const SET_SINGULARS: ReadonlySet<string> = new Set([
  ...LABELS.keys(),
  ...[...SET_NOUN_TERMS.keys()].map((w) => w.replace(/ies$/, 'y').replace(/(ch|sh|ss)es$/, '$1').replace(/s$/, '')),
]);
/** A subject (a name or a pronoun) and a progressive verb opening an item: "Switzerland is promoting …", "it is supporting …". */
const SUBJECT_DOING = /^(?:it|they|we|he|she|\p{Lu}[\p{L}'\u2019-]*(?:\s\p{Lu}[\p{L}'\u2019-]*){0,2})\s+(?:is|are|was|were|will be|has been|have been)\s+(\p{Ll}{3,}ing)\b/u;
const LINKING = /^(?:is|was|will|would|shall|involves|involved|concerns|concerned|consists|comprises|covers|covered|focuses|focused|aims|aimed|seeks|sought|targets|targeted|addresses|addressed)$/;

/**
 * "The first objective is to …", "Its second pillar, …", "A third area:", "The first strand
 * supports …", "The second is to …" — the item is what follows the noun (or the ordinal).
 */
function ordinalNoun(all: readonly Token[]): { order: number; rest: number } | undefined {
  // "Under the first pillar, …", "Within the second component, …"
  const shift = /^(?:under|within|in|for|through)$/.test(all[0]?.lower ?? '') ? 1 : 0;
  const tokens = shift === 0 ? all : all.slice(shift);
  const found = ordinalNounAt(tokens);
  if (!found || (shift === 1 && tokens[found.rest - 1]?.text !== ',')) return shift === 0 ? found : undefined;
  return { order: found.order, rest: found.rest + shift };
}

function ordinalNounAt(tokens: readonly Token[]): { order: number; rest: number } | undefined {
  if (!/^(?:the|its|our|their|a)$/.test(tokens[0]?.lower ?? '')) return undefined;
  const order = ORDINAL_ADVERBS.get(tokens[1]?.lower ?? '');
  if (order === undefined || /ly$/.test(tokens[1]!.lower)) return undefined;
  // "The first of these is …", "The second of them, …"
  if (tokens[2]?.lower === 'of' && /^(?:these|them|those|which)$/.test(tokens[3]?.lower ?? '')) {
    const next = tokens[4];
    if (next?.text === ',' || next?.text === ':') return { order, rest: 5 };
    if (next?.lower === 'is' || next?.lower === 'was' || next?.lower === 'concerns' || next?.lower === 'involves') return { order, rest: tokens[5]?.lower === 'to' ? 6 : 5 };
    return undefined;
  }
  const noun = tokens[2];
  const after = (k: number): { order: number; rest: number } | undefined => {
    const next = tokens[k];
    if (!next) return undefined;
    if (next.text === ',' || next.text === ':' || next.text === '\u2013' || next.text === '\u2014') return { order, rest: k + 1 };
    if (next.lower === 'is' || next.lower === 'was') return { order, rest: tokens[k + 1]?.lower === 'to' ? k + 2 : k + 1 };
    return undefined;
  };
  // "The second is to …", "The third, …"
  if (noun && (noun.lower === 'is' || noun.lower === 'was' || noun.text === ',' || noun.text === ':')) return after(2);
  if (!noun || noun.kind !== 'word' || !SET_SINGULARS.has(noun.lower)) return undefined;
  // "The first phase of the project focused on …": the noun's "of" phrase is skipped
  let v = 3;
  if (tokens[3]?.lower === 'of') {
    while (v < tokens.length && v <= 8 && !(tokens[v]!.kind === 'punct' || LINKING.test(tokens[v]!.lower))) v++;
    if (v > 8 || v >= tokens.length) return undefined;
  }
  const direct = after(v);
  if (direct) return direct;
  // "The first strand supports …", "The second phase will …": the verb opens the item
  const verb = tokens[v];
  if (verb && verb.kind === 'word' && !verb.cap && (LINKING.test(verb.lower) || /^\p{Ll}{3,}s$/u.test(verb.text))) return { order, rest: v };
  return undefined;
}

function ordinalOf(tokens: readonly Token[]): { order: number; rest: number } | undefined {
  const noun = ordinalNoun(tokens);
  if (noun) return noun;
  // "And third, …", "But second, …"
  const at = tokens[0]?.lower === 'and' || tokens[0]?.lower === 'but' ? 1 : 0;
  const t = tokens[at];
  if (!t || t.kind !== 'word') return undefined;
  const comma = (k: number): boolean => tokens[k]?.text === ',';
  if (t.lower === 'finally' || t.lower === 'lastly') return comma(at + 1) ? { order: -1, rest: at + 2 } : undefined;
  if (t.lower === 'last' && tokens[at + 1]?.lower === 'but' && tokens[at + 2]?.lower === 'not' && tokens[at + 3]?.lower === 'least') return comma(at + 4) ? { order: -1, rest: at + 5 } : undefined;
  const order = ORDINAL_ADVERBS.get(t.lower);
  if (order === undefined) return undefined;
  if (comma(at + 1)) return { order, rest: at + 2 };
  // "Firstly the teams will …": an ordinal in -ly needs no comma
  if (/ly$/.test(t.lower) && tokens[at + 1]?.kind === 'word') return { order, rest: at + 1 };
  // "First of all,", "First and foremost,", "Third and finally,"
  const pair = `${tokens[at + 1]?.lower ?? ''} ${tokens[at + 2]?.lower ?? ''}`;
  if ((pair === 'of all' || pair === 'and foremost' || pair === 'and finally' || pair === 'and lastly') && comma(at + 3)) return { order, rest: at + 4 };
  return undefined;
}

export function ordinals(input: PillarInput, push: Push): void {
  let current: { items: PillarItem[]; sentences: number[]; section: number } | undefined;
  const flush = (): void => {
    if (current && current.items.length >= 2) {
      const first = current.sentences[0]!;
      const intro = introBefore(input, first);
      // "Two risks stand out. The first is funding …": what the sentence before counts is no set of parts
      const before = input.tokens[first - 1];
      if (!intro && before && input.sentences[first - 1]!.section === current.section && countsOtherThings(before)) {
        current = undefined;
        return;
      }
      const link = intro ? input.link(intro.sentence, intro.tok) ?? input.link(first, 0) : input.link(first, 0);
      push(makeSet(link, intro?.term ?? 'component', current.items, first, intro?.count), current.sentences);
    }
    current = undefined;
  };
  for (let s = 0; s < input.sentences.length; s++) {
    const sentence = input.sentences[s]!;
    if (sentence.kind === 'heading') {
      flush();
      continue;
    }
    const o = ordinalOf(input.tokens[s]!);
    if (!o) continue;
    const tokens = input.tokens[s]!;
    // the tokens of a sentence without a set word may stop early: the rest runs to its end
    const restStart = tokens[o.rest]?.start ?? tokens[o.rest - 1]?.end;
    if (restStart === undefined) continue;
    const item = itemOf(input.view, restStart, sentence.end);
    if (!item) continue;
    // "First, Switzerland is promoting the normative framework …": the part is what the subject is doing
    const doing = SUBJECT_DOING.exec(item.text);
    if (doing) item.title = titleOf(item.text.slice(doing[0].length - doing[1]!.length));
    if (o.order === 1) {
      flush();
      current = { items: [item], sentences: [s], section: sentence.section };
      continue;
    }
    if (!current || current.section !== sentence.section) continue;
    const expected = current.items.length + 1;
    if (o.order === expected || (o.order === -1 && current.items.length >= 2)) {
      current.items.push(item);
      current.sentences.push(s);
      if (o.order === -1) flush();
    }
  }
  flush();
}
