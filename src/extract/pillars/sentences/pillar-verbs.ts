/**
 * Pillar sets an undertaking's verb enumerates: "<initiative> focuses on A, B and C",
 * "consists of A and B", "integrates A, B, and C into …", "supported … primarily through A, B
 * and C", and "not only X but also focuses on Y, Z". Without a set noun to vouch for them,
 * such lists must read as parallel phrases: short, lower-case, no figures, no names.
 */
import type { Token } from '../../text/tokens.js';
import { looksLikeParts, namesCountedSet, opensWithAmount } from '../item-shape.js';
import { pluralHead } from '../thing-items.js';
import { countBefore } from '../lead-in.js';
import { NON_PILLAR_NOUNS } from '../../lexicon/set-words.js';
import { isMineActionWord } from '../../lexicon/mine-action-words.js';
import { indexIn, splitItems } from './pillar-lists.js';
import { itemOf, makeSet, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

interface Verb {
  term: string;
  /** The word that must follow ("on", "of"), if any. */
  prep?: string;
}

const VERBS: ReadonlyMap<string, Verb> = new Map([
  ['focuses', { term: 'area', prep: 'on' }], ['focus', { term: 'area', prep: 'on' }], ['focused', { term: 'area', prep: 'on' }], ['focusing', { term: 'area', prep: 'on' }],
  ['concentrates', { term: 'area', prep: 'on' }], ['centres', { term: 'area', prep: 'on' }], ['centers', { term: 'area', prep: 'on' }],
  ['consists', { term: 'component', prep: 'of' }], ['comprises', { term: 'component' }], ['rests', { term: 'pillar', prep: 'on' }],
  ['integrates', { term: 'component' }], ['covers', { term: 'area' }], ['encompasses', { term: 'component' }],
  ['combines', { term: 'component' }], ['includes', { term: 'component' }], ['through', { term: 'approach' }], ['by', { term: 'approach' }],
  ['include', { term: 'component' }], ['included', { term: 'component' }], ['including', { term: 'component' }],
  ['such', { term: 'component', prep: 'as' }], ['among', { term: 'component', prep: 'them' }], ['cover', { term: 'area' }], ['covered', { term: 'area' }],
  ['covering', { term: 'area' }], ['integrating', { term: 'component' }], ['comprising', { term: 'component' }],
  ['encompassing', { term: 'component' }], ['combining', { term: 'component' }], ['provides', { term: 'component' }],
  ['providing', { term: 'component' }], ['supports', { term: 'component' }], ['supporting', { term: 'component' }],
  ['delivers', { term: 'component' }], ['conducts', { term: 'component' }], ['undertakes', { term: 'component' }],
  ['involves', { term: 'component' }], ['involving', { term: 'component' }], ['entails', { term: 'component' }],
  ['incorporates', { term: 'component' }], ['incorporating', { term: 'component' }],
  ['spans', { term: 'area' }], ['spanning', { term: 'area' }], ['embraces', { term: 'component' }],
  // after "will", "to": "will support survey, clearance and risk education"
  ['support', { term: 'component' }], ['provide', { term: 'component' }], ['deliver', { term: 'component' }],
  ['conduct', { term: 'component' }], ['undertake', { term: 'component' }], ['involve', { term: 'component' }],
  ['comprise', { term: 'component' }], ['encompass', { term: 'component' }], ['combine', { term: 'component' }],
  ['addresses', { term: 'area' }], ['address', { term: 'area' }], ['tackles', { term: 'area' }],
  ['works', { term: 'area', prep: 'on' }], ['work', { term: 'area', prep: 'on' }], ['working', { term: 'area', prep: 'on' }],
  ['carry', { term: 'component', prep: 'out' }], ['carries', { term: 'component', prep: 'out' }],
  ['brings', { term: 'component', prep: 'together' }], ['bringing', { term: 'component', prep: 'together' }],
  ['specialises', { term: 'area', prep: 'in' }], ['specializes', { term: 'area', prep: 'in' }],
  ['prioritises', { term: 'priority' }], ['prioritizes', { term: 'priority' }], ['built', { term: 'pillar', prep: 'around' }],
  // after "aims to", "seeks to", of an undertaking the sentence names: "which aims to promote accountability, coherence and …"
  ['promote', { term: 'objective' }], ['foster', { term: 'objective' }], ['strengthen', { term: 'objective' }], ['enhance', { term: 'objective' }],
  ['organised', { term: 'pillar', prep: 'around' }], ['organized', { term: 'pillar', prep: 'around' }], ['structured', { term: 'pillar', prep: 'around' }],
]);
/** A noun naming a piece of work: "clearance", "education", "development", "demining". */
const WORK_NOUN = /^(?:\p{Ll}{3,}(?:tion|sion|ment|ance|ence)s?|demining|training|mapping|marking|fencing|monitoring|planning|reporting|capacity-building)$/u;

/** "numerous benefits of the mine clearance, including …": the examples are of the noun before "of". */
function ofOtherThings(tokens: readonly Token[], before: number): boolean {
  let j = tokens[before - 1]?.text === ',' ? before - 2 : before - 1;
  for (let steps = 0; j > 0 && steps < 5 && tokens[j]!.kind === 'word' && !tokens[j]!.cap; j--, steps++) {
    if (tokens[j]!.lower === 'of') return NON_PILLAR_NOUNS.has(tokens[j - 1]?.lower ?? '');
  }
  return false;
}

/** After a noun, "including" and "such as" give examples of it: only of something that can have parts. */
const EXAMPLE_VERBS = new Set(['including', 'such', 'among']);
/** "through" enumerates after an adverb of manner: "primarily through A, B and C". */
const THROUGH_ADVERBS = /^(?:primarily|mainly|chiefly|largely|principally|notably|mostly)$/;
export const MAY_ENUMERATE = /\b(?:carr(?:y|ies) out|(?:help|helps|helping|assist|assists|assisting) [^.]{1,40}? with|provid(?:e|es|ing|ed) [^.]{1,80}? with|(?:will|to) (?:support|provide|deliver|conduct|undertake|involve|comprise|encompass|combine|address)|(?:aims?|seeks?|designed|intended) to (?:promote|foster|strengthen|enhance)|address(?:es)?|tackles|work(?:s|ing)? on|speciali[sz]es in|(?:through|via) [a-z]+(?=,)|focus(?:es|ed|ing)?|concentrates|centres|centers|consists|comprises|comprising|rests|integrat(?:es|ing)|incorporat(?:es|ing)|cover(?:s|ed|ing)?|encompass(?:es|ing)|combin(?:es|ing)|includ(?:e|es|ed|ing)|(?:primarily|mainly|chiefly|largely|principally|notably|mostly) through|involv(?:es|ing)|entails|span(?:s|ning)|embraces|bring(?:s|ing) together|prioriti[sz]es|(?:built|organi[sz]ed|structured) around|(?:through|by) [a-z]{3,}ing|such as|among them|provid(?:es|ing)|support(?:s|ing)|delivers|conducts|undertakes)\b/i;
/** Where the last item's own words end: "… victim assistance into a coordinated programme". */
const TAIL = /\s(?:into|so that|to ensure|in order to|as part of|which|that|across|throughout|within|in the|for the|at the)\s/i;
/** A last item much longer than the others also ends before "to": "risk education to make sure …". */
const LONG_TAIL = new RegExp(`${TAIL.source}|\\sto\\s`, 'i');
const MAX_WORDS = 12;
const MAX_SEMICOLON_WORDS = 20;
/** "these supports, it is also essential to …": a clause with its own subject, not a part. */
const LEADING_PRONOUN = /^(?:it|this|these|those|they|we|there|he|she|which|who|that|i|you)\s/i;
/** "we are working on is important for …": a verb that opens an item ends the clause the verb was in. */
const LEADING_FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may)\s/i;
const LEADING_PREPOSITION = /^(?:in|on|at|by|for|with|from|to|into|of|under|over|after|before|during|through|via|across|within|among|along|around|against|between|without|towards?)\s/i;
/** A participle and its preposition: "focusing on …", "leading to …", "resulting in …". */
const PARTICIPLE_CLAUSE = /^\p{Ll}+ing\s+(?:on|to|in|at|with|from|into|towards?)\s/u;
/** A determiner, one or two words and a finite verb: "the objective is to …", "the teams were …". */
const SUBJECT_VERB = /^(?:the|a|an|this|that|its|their|our)\s+\p{L}+(?:\s+\p{L}+)?\s+(?:is|are|was|were|has|have|had|will|would)\s/iu;
/** A relative pronoun and its verb inside an item: "mines which kill and maim …". */
const RELATIVE_CLAUSE = /\s(?:which|who|that)\s+\p{Ll}+/u;
/** An item opening with an amount: "more than $3.8 million for …", "USD 2 million to …". */
/** Verbs of purpose that enumerate only after "aims to" and the like. */
const AIM_VERBS = new Set(['promote', 'foster', 'strengthen', 'enhance']);
const AIMING = /^(?:aims?|seeks?|designed|intended)$/;
const BASE_FORMS = new Set(['support', 'provide', 'deliver', 'conduct', 'undertake', 'involve', 'comprise', 'encompass', 'combine', 'address']);

/** A verb with its preposition among the first words from `from` ("activities focusing on …"). */
function innerVerbWithPrep(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < from + 3 && j + 1 < tokens.length; j++) {
    const inner = VERBS.get(tokens[j]!.lower);
    if (inner?.prep && tokens[j + 1]!.lower === inner.prep) return true;
  }
  return false;
}

const HELP: Verb = { term: 'component', prep: 'with' };
const HELP_VERBS = new Set(['help', 'helps', 'helping', 'assist', 'assists', 'assisting']);
const PROVIDE_VERBS = new Set(['provide', 'provides', 'providing', 'provided']);

/**
 * "will help Chile with A, B and C": where "with" stands after the one helped (a name, or a
 * short noun phrase); "to provide civilians affected by UXO accidents in Laos with access to A,
 * B and C": after the one provided for, a longer phrase, and "access to". Else -1.
 */
function helpedWith(tokens: readonly Token[], k: number): number {
  const provide = PROVIDE_VERBS.has(tokens[k]!.lower);
  if (!HELP_VERBS.has(tokens[k]!.lower) && !provide) return -1;
  const stops = provide ? /^(?:to|and|or|that|which|who)$/ : /^(?:to|in|and|or|by|for|on|that|which)$/;
  for (let j = k + 1; j < tokens.length && j <= k + (provide ? 12 : 5); j++) {
    const t = tokens[j]!;
    if (t.lower === 'with') {
      if (j === k + 1) return -1;
      if (!provide) return j;
      return tokens[j + 1]?.lower === 'access' && tokens[j + 2]?.lower === 'to' ? j + 2 : j;
    }
    if (t.kind !== 'word' || stops.test(t.lower)) return -1;
  }
  return -1;
}

/**
 * Two items are a set only when each names a piece of work in its first words ("explosives
 * clearance and additional community education", "the development of … strategies and the
 * improvement of …"), with no purpose running on: two things or people joined by "and" are one
 * phrase more often than two parts.
 */
function workPair(items: readonly PillarItem[]): boolean {
  return items.length === 2 && items.every((x) => {
    const words = x.text.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
    // "risk education to enable people to stay safe and report …": a purpose runs on, and "and" joins its verbs
    return words.length >= 2 && words.length <= MAX_WORDS && !words.includes('to') && !/^(?:including|such)$/i.test(words[0]!) && words.slice(0, 4).some((w) => WORK_NOUN.test(w));
  });
}

/** Words between "not only" and "but also" before the verb at `k`: "not only removes and destroys landmines but also focuses on". */
function notOnly(input: PillarInput, tokens: readonly Token[], k: number): PillarItem | undefined {
  if (tokens[k - 1]?.lower !== 'also' || tokens[k - 2]?.lower !== 'but') return undefined;
  for (let j = k - 3; j >= 1 && j >= k - 12; j--) {
    if (tokens[j]!.lower === 'only' && tokens[j - 1]!.lower === 'not') return itemOf(input.view, tokens[j + 1]!.start, tokens[k - 2]!.start);
  }
  return undefined;
}

/**
 * The items of "not only A and B, but also [on] C" from `from`: those before "but also", split
 * as a list, then what follows it; none when "but also" does not follow.
 */
function butAlsoSpans(view: string, tokens: readonly Token[], from: number, prep: string): { start: number; end: number }[] {
  let but = from + 1;
  while (but + 1 < tokens.length && !(tokens[but]!.lower === 'but' && tokens[but + 1]!.lower === 'also')) but++;
  if (but + 1 >= tokens.length) return [];
  let to = but;
  while (to > from && tokens[to - 1]!.text === ',') to--;
  const first = splitItems(view, tokens, from, undefined, to);
  const rest = tokens[but + 2]?.lower === prep ? but + 3 : but + 2;
  return rest < tokens.length ? [...first, ...splitItems(view, tokens, rest, undefined)] : [];
}

/**
 * Parallel parts: lower-case phrases of up to a dozen words ("improving the living conditions
 * of survivors"), none opening with a preposition or a pronoun; figures only as part of a phrase (a bare
 * figure or a counted thing makes the list something else, see looksLikeParts).
 */
export function parallel(items: readonly PillarItem[], maxWords = MAX_WORDS): boolean {
  // capitalised items are names, unless most of them name mine-action work ("Mine and ERW Clearance, Risk Education, …");
  // an acronym before a lower-case word modifies it ("UXO clearance")
  const work = (x: PillarItem): boolean => x.text.split(/[\s()]+/).some((w) => isMineActionWord(w.toLowerCase()));
  const namedWork = items.every((x) => /^\p{Lu}/u.test(x.text)) && items.filter(work).length * 2 > items.length;
  // "clearance, survey, Risk Education (RE) and Victim Assistance (VA)": capitalised work beside lower-case work
  const someLower = items.some((x) => /^\p{Ll}/u.test(x.text) && !/^(?:the|a|an)\s/i.test(x.text));
  const titledWork = (x: PillarItem): boolean => {
    const first = (/^\p{L}+/u.exec(x.text)?.[0] ?? '').toLowerCase();
    return isMineActionWord(first) || WORK_NOUN.test(first);
  };
  if (!items.every((x) => x.text.split(' ', maxWords + 1).length <= maxWords && (namedWork || !/^\p{Lu}/u.test(x.text) || /^\p{Lu}{2,}\s+\p{Ll}/u.test(x.text) || (someLower && titledWork(x))) && !LEADING_PREPOSITION.test(x.text) && !LEADING_PRONOUN.test(x.text) && !LEADING_FINITE.test(x.text))) return false;
  // "a wide range of stakeholders, making use of …": a noun phrase and a gerund are not one list
  // ("the elimination of stockpiles, …, obtaining support": a gerund beside nouns of work is one)
  if (items.some((x) => /^\p{Ll}+ing\s/u.test(x.text)) && items.some((x) => /^(?:a|an|the)\s/i.test(x.text) && !WORK_NOUN.test(x.text.split(/\s+/)[1] ?? ''))) return false;
  // "technical support to 27 countries, focusing on …": a participle with its preposition opens a clause after a noun phrase
  if (items.some((x) => PARTICIPLE_CLAUSE.test(x.text)) && items.some((x) => !/^\p{Ll}+ing\s/u.test(x.text))) return false;
  // "anti-personnel mines which kill and maim girls, boys, …": a list inside a relative clause is no set of parts
  if (RELATIVE_CLAUSE.test(items[0]!.text)) return false;
  // "through mine action, the objective is to support …": an item with its own subject and verb is a clause
  if (items.some((x) => SUBJECT_VERB.test(x.text))) return false;
  // "includes more than $3.8 million for education, training and …": what an amount is for, not parts
  if (opensWithAmount(items[0]!.text)) return false;
  // "will support deminers, medics and drivers": people or objects, not activities
  if (items.every((x) => pluralHead(x.text))) return false;
  return looksLikeParts(items);
}

/**
 * Where a list in a phrase fronted before the main clause ends: "With a focus on A, B and C, the
 * plan runs until 2026" ends at the comma after the item "and" opens. The whole sentence otherwise.
 */
function frontedEnd(tokens: readonly Token[], k: number, from: number): number {
  if (k > 4 || !LEADING_PREPOSITION.test(`${tokens[0]?.lower ?? ''} `)) return tokens.length;
  const and = indexIn(tokens, from, tokens.length, (t) => t.lower === 'and' && !t.cap);
  if (and < 0) return tokens.length;
  const comma = indexIn(tokens, and + 1, tokens.length, (t) => t.text === ',');
  return comma > 0 ? comma : tokens.length;
}

/** Words opening a clause of its own after a list: "…, while FSD will lead in …". */
const SUBORDINATE_OPENING = /^\s*(?:while|whilst|whereas|although|though|because)\b/i;

export function enumeratingVerb(input: PillarInput, push: Push): void {
  for (let s = 0; s < input.sentences.length; s++) {
    if (!input.mayList[s] || !MAY_ENUMERATE.test(input.sentences[s]!.text)) continue;
    const tokens = input.tokens[s]!;
    for (let k = 0; k + 2 < tokens.length; k++) {
      const helped = helpedWith(tokens, k);
      const verb = helped > 0 ? HELP : VERBS.get(tokens[k]!.lower);
      if (!verb) continue;
      // "focuses not only on A and B, but also on C"
      const notOnlyAfter = verb.prep !== undefined && tokens[k + 1]!.lower === 'not' && tokens[k + 2]?.lower === 'only' && tokens[k + 3]?.lower === verb.prep;
      // "will focus primarily on": an adverb of manner may stand before the preposition
      const adverb = verb.prep !== undefined && THROUGH_ADVERBS.test(tokens[k + 1]!.lower) && tokens[k + 2]?.lower === verb.prep ? 1 : 0;
      if (verb.prep && tokens[k + 1 + adverb]!.lower !== verb.prep && !notOnlyAfter && helped < 0) continue;
      // "through" and "by" enumerate after an adverb of manner or before a gerund: "by clearing A, teaching B and …"
      const gerund = /^\p{Ll}{3,}ing$/u.test(tokens[k + 1]!.text);
      // a bare "through" enumerates only parallel parts, three or more ("through survey, clearance and education")
      const bareThrough = tokens[k]!.lower === 'through' && !THROUGH_ADVERBS.test(tokens[k - 1]?.lower ?? '') && !gerund;
      // "success can be guaranteed only through A, B and C": conditions, not parts
      if (tokens[k]!.lower === 'through' && tokens[k - 1]?.lower === 'only') continue;
      if (tokens[k]!.lower === 'by' && !THROUGH_ADVERBS.test(tokens[k - 1]?.lower ?? '') && !gerund) continue;
      // base forms enumerate only after "will" or "to": "will support A, B and C" (not "the support of A, B and C")
      if (BASE_FORMS.has(tokens[k]!.lower) && !/^(?:will|to|shall|would|also)$/.test(tokens[k - 1]?.lower ?? '')) continue;
      // "aims to promote A, B and C", said of an undertaking the sentence names or refers to
      if (AIM_VERBS.has(tokens[k]!.lower) && !(tokens[k - 1]?.lower === 'to' && AIMING.test(tokens[k - 2]?.lower ?? '') && (input.link(s, k)?.strength ?? 0) >= 2)) continue;
      if (EXAMPLE_VERBS.has(tokens[k]!.lower)) {
        // "… Explosives Remnants of War (ERW) including A, B and C": the noun before the bracketed acronym
        const before = tokens[k - 1]?.text === ')' && tokens[k - 3]?.text === '(' ? k - 3 : k;
        const noun = tokens[before - 1]?.text === ',' ? tokens[before - 2] : tokens[before - 1];
        if (!noun || noun.kind !== 'word' || (noun.cap && before === k) || NON_PILLAR_NOUNS.has(noun.lower) || ofOtherThings(tokens, before)) continue;
      }
      let from = helped > 0 ? helped + 1 : notOnlyAfter ? k + 4 : verb.prep ? k + 2 + adverb : k + 1;
      // "will include activities focusing on A, B and C": the list is the inner verb's
      if (!verb.prep && innerVerbWithPrep(tokens, from)) continue;
      // "focuses on three things: A, B and C": the list opens at the colon, the count is before it
      const colon = indexIn(tokens, from, from + 6, (t) => t.text === ':');
      const count = colon > 0 ? countBefore(tokens, colon) : undefined;
      if (colon > 0) from = colon + 1;
      const split = notOnlyAfter ? butAlsoSpans(input.view, tokens, from, verb.prep!) : splitItems(input.view, tokens, from, count, frontedEnd(tokens, k, from));
      // "combining A with B, while FSD will lead in …": a clause of its own ends the list
      const clause = split.findIndex((r, i) => i > 0 && SUBORDINATE_OPENING.test(input.view.slice(r.start, r.start + 12)));
      const spans = clause > 0 ? split.slice(0, clause) : split;
      if (spans.length < 2 || spans.length > 8) continue;
      // "focus on A and on B": the preposition said again opens the next item, and is not part of it
      if (verb.prep) for (const r of spans.slice(1)) if (input.view.startsWith(`${verb.prep} `, r.start)) r.start += verb.prep.length + 1;
      // fewer than three items ("not only …" adds one) need "consists" or "comprises", or two named pieces of work; and no bare "through"
      const before = notOnly(input, tokens, k);
      const fewer = spans.length + (before ? 1 : 0) < 3;
      if (fewer && (bareThrough || EXAMPLE_VERBS.has(tokens[k]!.lower))) continue;
      const pair = fewer && !(tokens[k]!.lower === 'consists' || tokens[k]!.lower === 'comprises');
      const last = spans[spans.length - 1]!;
      const words = (r: { start: number; end: number }): number => input.view.slice(r.start, r.end).trim().split(/\s+/).length;
      const longest = Math.max(...spans.slice(0, -1).map(words));
      const tail = (words(last) > longest + 2 ? LONG_TAIL : TAIL).exec(input.view.slice(last.start, last.end));
      if (tail) last.end = last.start + tail.index;
      const items = spans.map((r) => itemOf(input.view, r.start, r.end)).filter((x): x is PillarItem => x !== undefined);
      if (items.length !== spans.length || namesCountedSet(items[0]!.text)) continue;
      if (before) items.unshift(before);
      if (pair && !workPair(items)) continue;
      // items set off by semicolons are a deliberate list and may be longer ("advocacy to stigmatise … and support …")
      const semicolons = indexIn(tokens, from, tokens.length - 1, (t) => t.text === ';') >= 0;
      if (!parallel(items, semicolons ? MAX_SEMICOLON_WORDS : MAX_WORDS)) continue;
      // "by clearing A, teaching B and training C": after "by"/"through" and a gerund, every part opens with one
      // ("by diminishing social, economical and environmental impacts" qualifies one noun)
      if (gerund && /^(?:by|through)$/.test(tokens[k]!.lower) && !items.every((x) => /^\p{Ll}{3,}ing\b/u.test(x.text))) continue;
      push(makeSet(input.link(s, k), verb.term, items, s, count), [s]);
      break;
    }
  }
}
