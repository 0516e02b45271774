/**
 * Pillar sets written inline after a set noun: "four pillars; A; B; C; and D", "three
 * approaches: A; B; and C", "all pillars, including A, B, as well as C", "two components – A and B".
 */
import type { Token } from '../../text/tokens.js';
import { itemOf, makeSet, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';
import { IN_NOUNS, leadInSet, MAY_NAME_SET, setNounAt } from '../lead-in.js';
import { looksLikeParts, namesUndertakings, opensClause } from '../item-shape.js';
import { splitCountAtMost } from '../../text/word-count.js';

const LEADING_JOINERS = /^(?:and|or|as well as|plus|also)\s+/i;
/** What follows a list as a clause of the sentence, not an item: "…, in order to strengthen …", "…, which …". */
const CLAUSE_AFTER_LIST = /^(?:in order to|so as to|so that|which|who|thereby|while|whereas|because|as part of|with the aim)\b/i;
// ---- inline lists -----------------------------------------------------------------------

/** The first index in `[from, to]` whose token passes `test`, or -1 (`findIndex` over that window only). */
export function indexIn(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): number {
  const last = Math.min(to, tokens.length - 1);
  for (let j = Math.max(0, from); j <= last; j++) if (test(tokens[j]!)) return j;
  return -1;
}

/** The first closing quotation mark from token `from` on: a curly one, or a straight one after an odd number of them before `from`. */
function closingQuote(tokens: readonly Token[], from: number): number {
  let odd: boolean | undefined;
  for (let k = Math.max(0, from); k < tokens.length; k++) {
    const text = tokens[k]!.text;
    if (text === '\u201D') return k;
    if (text !== '"') continue;
    if (odd === undefined) {
      let before = 0;
      for (let j = 0; j < from && j < tokens.length; j++) if (tokens[j]!.text === '"') before++;
      odd = before % 2 === 1;
    }
    if (odd) return k;
  }
  return -1;
}

/** "…, “enabling the safe return …”": a quotation opening after a comma is what someone said, not an item. */
function quotationAfterComma(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k + 1 < to; k++) {
    const open = tokens[k + 1]!.text;
    if (tokens[k]!.text === ',' && (open === '\u201C' || open === '\u00AB' || (open === '"' && tokens[k + 2] !== undefined && tokens[k + 2]!.start === tokens[k + 1]!.end))) return k;
  }
  return -1;
}

/** A finite verb opening what follows a list's last "and": "and will support …", "and is …". */
const FINITE_OPENING = /^(?:will|would|shall|can|could|should|must|may|is|are|was|were|has|have|had)\s/i;

const isDash = (t: Token | undefined): boolean => t?.text === '\u2013' || t?.text === '\u2014';
/** Words a list's own noun phrase may take before the dash that opens the list ("all key aspects –"). */
const DASH_REACH = 5;

/** "all key aspects – A, B and C – and has …", "three pillars – A, B and C – guide …": the dashes bound the list. */
function dashBounds(tokens: readonly Token[], from: number, to: number): { from: number; to: number } {
  let opened = isDash(tokens[from - 1]) ? from : -1;
  for (let j = from; opened < 0 && j < to && j <= from + DASH_REACH; j++) {
    if (tokens[j]!.text === ',' || tokens[j]!.text === ';') break;
    if (isDash(tokens[j])) opened = j + 1;
  }
  if (opened < 0) return { from, to };
  const close = indexIn(tokens, opened + 1, to - 1, isDash);
  return close > opened ? { from: opened, to: close } : { from, to };
}

/** "…; the tail of a sentence after the list ("… and to release land …") is not its last item. */
const CLAUSE_START = /^(?:to|in|for|with|by|at|on|from|into|so|then|thus|also)\s/i;

/**
 * Where the last piece of a list splits into its last two items: at its last "and" / "as well as"
 * outside a parenthesis ("… and handover (2023)"), passing over one that opens a clause ("… in
 * communities and to release land …") or that ends a piece much longer than the other items.
 */
function lastItemSplit(text: string, maxLeftWords: number): { left: number; right: number } | undefined {
  const joins = [...text.matchAll(/\s(?:and|as well as)\s/g)];
  for (let j = joins.length - 1; j >= 0; j--) {
    const at = joins[j]!.index!;
    const left = text.slice(0, at);
    const right = text.slice(at + joins[j]![0].length);
    if (left.trim() === '' || (left.match(/\(/g)?.length ?? 0) !== (left.match(/\)/g)?.length ?? 0)) continue;
    // an item as long as the others ends at the list's "and"; a later "and" is the sentence's own
    if (j > 0 && !splitCountAtMost(left.trim(), maxLeftWords)) continue;
    if (/[()]/.test(right.replace(/\([^()]*\)/g, ''))) continue;
    if (CLAUSE_START.test(right) && j > 0) continue;
    return { left: at, right: at + joins[j]![0].length };
  }
  return undefined;
}

/** The last " and " of an item that a gerund follows ("… action centre and developing training areas"). */
function gerundSplit(text: string): { left: number; right: number } | undefined {
  const joins = [...text.matchAll(/\s(?:and|as well as)\s(?=\p{Ll}{3,}ing\s)/gu)];
  const last = joins[joins.length - 1];
  return last && last.index! > 0 ? { left: last.index!, right: last.index! + last[0].length } : undefined;
}

/** A piece of a list that is a capitalised place name or two ("Cambodia", "South Sudan", "Lebanon and Vietnam"). */
const PLACE_PIECE = /^(?:and\s+)?\p{Lu}[\p{L}'\u2019.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'\u2019.-]*){0,3}$/u;

/**
 * "deliver A, B and C in Angola, Cambodia, … and Vietnam": the places after "in" in a piece are
 * where the work is, and the pieces after it that are only places are more of them, not items.
 * Cuts `raw` before the "in".
 */
function withoutPlaceTail(view: string, raw: { start: number; end: number }[]): void {
  for (let i = 0; i + 2 < raw.length; i++) {
    const m = /\sin\s+(?:the\s+)?\p{Lu}/u.exec(view.slice(raw[i]!.start, raw[i]!.end));
    if (!m || !raw.slice(i + 1).every((r) => PLACE_PIECE.test(view.slice(r.start, r.end).trim()))) continue;
    raw.splice(i, raw.length - i, { start: raw[i]!.start, end: raw[i]!.start + m.index });
    return;
  }
}

/** Asides set off by commas inside a list: "where necessary", "if needed", "as appropriate". */
const PARENTHETICAL = /^(?:where|when|if|as|wherever|whenever)\s+(?:necessary|possible|needed|required|appropriate|applicable|relevant|feasible)$/i;

/** A speaker's attribution after a list: "Pombo said", "the officer added", "he told reporters". */
const ATTRIBUTION = /^(?:(?:the\s+)?[\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2})\s+(?:said|says|added|adds|noted|notes|stated|states|told\s+\S+|explained|stressed|emphasised|emphasized)\W*$/u;

export function splitItems(view: string, tokens: readonly Token[], givenFrom: number, count: number | undefined, givenTo = tokens.length): { start: number; end: number }[] {
  const { from, to } = dashBounds(tokens, givenFrom, givenTo);
  // "A; B, C, D and E": one semicolon among commas is a slip, and both separate items
  let semicolons = 0;
  let commas = 0;
  for (let j = from; j < to && j < tokens.length; j++) {
    if (tokens[j]!.text === ';') semicolons++;
    else if (tokens[j]!.text === ',') commas++;
  }
  const isSep = semicolons === 1 && commas >= 3 ? (x: string) => x === ';' || x === ',' : semicolons > 0 ? (x: string) => x === ';' : (x: string) => x === ',';
  const raw: { start: number; end: number }[] = [];
  let s = from;
  let depth = 0; // separators inside parentheses belong to the item: "demining (survey, marking and clearance)"
  // a list inside a quotation ends where the quotation does: "… and helping survivors,” she said."
  const close = closingQuote(tokens, from);
  const quoted = quotationAfterComma(tokens, from, close >= 0 ? Math.min(close, to) : to);
  const last = quoted >= 0 ? quoted : close >= 0 ? Math.min(close, to) : to;
  for (let k = from; k <= last; k++) {
    const t = k < last ? tokens[k] : undefined;
    if (t?.text === '(') depth++;
    else if (t?.text === ')') depth = Math.max(0, depth - 1);
    // "8,000": a comma inside a number separates nothing
    const inNumber = t?.text === ',' && tokens[k - 1]?.kind === 'num' && tokens[k + 1]?.kind === 'num' && tokens[k - 1]!.end === t.start && tokens[k + 1]!.start === t.end;
    if (!t || (isSep(t.text) && depth === 0 && !inNumber)) {
      if (k > s) raw.push({ start: tokens[s]!.start, end: tokens[k - 1]!.end });
      s = k + 1;
    }
  }
  withoutPlaceTail(view, raw);
  // "the survey and, where necessary, clearance of …": a parenthetical between commas is no item
  for (let i = raw.length - 1; i > 0; i--) if (PARENTHETICAL.test(view.slice(raw[i]!.start, raw[i]!.end))) raw.splice(i, 1);
  // "… and agricultural farms, Pombo said.": who said it is no item
  if (raw.length > 1 && ATTRIBUTION.test(view.slice(raw[raw.length - 1]!.start, raw[raw.length - 1]!.end))) raw.pop();
  // "activities that lead to …, including A, B and C": the examples after "including" are the list
  const restart = raw.findIndex((r, i) => i > 0 && i < raw.length - 1 && /^(?:including|namely)\s/i.test(view.slice(r.start, r.end)));
  if (restart > 0) {
    const opener = /^\S+\s+/.exec(view.slice(raw[restart]!.start, raw[restart]!.end))![0];
    raw.splice(0, restart + 1, { start: raw[restart]!.start + opener.length, end: raw[restart]!.end });
  }
  // "A, B and C, in order to …": the list ends with the item holding its "and" when a clause follows
  for (let i = 1; i + 1 < raw.length; i++) {
    if (!CLAUSE_AFTER_LIST.test(view.slice(raw[i + 1]!.start, raw[i + 1]!.end))) continue;
    const m = / (?:and|as well as) (?=\S)/.exec(view.slice(raw[i]!.start, raw[i]!.end));
    if (!m || raw.slice(0, i + 1).some((r) => LEADING_JOINERS.test(view.slice(r.start, r.end)))) continue;
    const cut = raw[i]!.start + m.index;
    raw.splice(i, raw.length - i, { start: raw[i]!.start, end: cut }, { start: cut + m[0].length, end: raw[i]!.end });
    break;
  }
  // Stop after the item the final conjunction opens ("…, and victim assistance, in cooperation with …").
  const items: { start: number; end: number }[] = [];
  let clause = false;
  for (const r of raw) {
    const text = view.slice(r.start, r.end);
    const joined = LEADING_JOINERS.exec(text);
    // "…, risk education and victims' assistance, and will support the NRA's office": a verb after "and" opens a clause of its own
    if (joined && FINITE_OPENING.test(text.slice(joined[0].length))) {
      clause = true;
      break;
    }
    if (joined) {
      items.push({ start: r.start + joined[0].length, end: r.end });
      break;
    }
    items.push(r);
  }
  const closedByJoiner = (items.length < raw.length && !clause) || (raw.length > 0 && LEADING_JOINERS.test(view.slice(raw[raw.length - 1]!.start, raw[raw.length - 1]!.end)));
  // No "and" opening an item: split the last one at its last " and " / " as well as ".
  if (!closedByJoiner && items.length >= 1 && (count === undefined || items.length === count - 1)) {
    const last = items[items.length - 1]!;
    const text = view.slice(last.start, last.end);
    const longest = Math.max(1, ...items.slice(0, -1).map((r) => view.slice(r.start, r.end).trim().split(/\s+/).length));
    // "devising A, refining B, building C and developing D": after gerunds, the "and" a gerund follows
    const gerunds = items.length > 1 && items.slice(0, -1).every((r) => /^\p{Ll}{3,}ing\s/u.test(view.slice(r.start, r.end).trim()));
    const m = (gerunds ? gerundSplit(text) : undefined) ?? lastItemSplit(text, longest + 3);
    if (m) {
      items[items.length - 1] = { start: last.start, end: last.start + m.left };
      items.push({ start: last.start + m.right, end: last.end });
    }
  }
  return items;
}

/** Set nouns whose "of" opens a list: "the areas of A, B and C", "the pillars of A, B and C". */
const OF_NOUNS = new Set(['areas', 'fields', 'sectors', 'domains', 'pillars', 'themes', 'topics', 'components']);

/** Where an inline list opens after the set word at `k`: ":", ";", a dash, "including", "namely", "such as", "are". */
function openerAfter(tokens: readonly Token[], k: number, reach: number): number {
  for (let j = k + 1; j < tokens.length && j <= k + reach; j++) {
    const t = tokens[j]!;
    if (t.text === ':' || t.text === ';' || t.text === '\u2014' || t.text === '\u2013' || t.lower === 'including' || t.lower === 'namely') return j + 1;
    if (t.lower === 'such' && tokens[j + 1]?.lower === 'as') return j + 2;
    if ((t.lower === 'are' || t.lower === 'were') && j === k + 1) return j + 1;
    // "three objectives, which are A, B and C"
    if (t.text === ',' && tokens[j + 1]?.lower === 'which' && /^(?:are|include|were)$/.test(tokens[j + 2]?.lower ?? '')) return j + 3;
    if (t.text === '.') return -1;
    // "pillars,3 including …": a comma or a footnote number before the opener
    if (t.text === ',' && !/^(?:including|namely|such)$/.test(tokens[j + 1]?.lower ?? '') && !(tokens[j + 1]?.kind === 'num' && /^(?:including|namely)$/.test(tokens[j + 2]?.lower ?? ''))) return -1;
  }
  return -1;
}

export function inline(input: PillarInput, push: Push): void {
  for (let s = 0; s < input.sentences.length; s++) {
    if (!input.mayList[s] || !MAY_NAME_SET.test(input.sentences[s]!.text)) continue;
    const tokens = input.tokens[s]!;
    for (let k = 0; k < tokens.length; k++) {
      const set = setNounAt(tokens, k);
      if (!set) continue;
      // "in the areas of A, B and C": the set noun's "of" opens the list
      // (not "the three pillars of the project are A, B and C": the "of" names the owner, set-subject.ts reads it)
      const owner = indexIn(tokens, k + 2, k + 10, (t) => /^(?:are|were|include|comprise)$/.test(t.lower));
      // "through programmes in education, health, mine action, and economic development": the fields the work is in
      const fields = tokens[k + 1]?.lower === 'in' && IN_NOUNS.has(tokens[k]!.lower);
      const of = (fields || (tokens[k + 1]?.lower === 'of' && OF_NOUNS.has(tokens[k]!.lower))) && !(owner > 0 && !tokens.slice(k + 2, owner).some((t) => t.text === ','));
      // "three areas of work: A, B and C": the colon after the set's phrase opens the list
      const colon = of ? indexIn(tokens, k + 2, k + 4, (t) => t.text === ':') : -1;
      const open = colon > 0 ? colon + 1 : of ? k + 2 : openerAfter(tokens, k, set.core || set.count !== undefined ? 15 : 3);
      if (open < 0 || open >= tokens.length) continue;
      // "These two new mine actions are long awaited and …": what is said of things named before, not their parts
      if (/^(?:are|were)$/.test(tokens[open - 1]!.lower) && tokens.slice(Math.max(0, k - 5), k).some((t) => t.lower === 'these' || t.lower === 'those')) continue;
      const spans = splitItems(input.view, tokens, open, set.count);
      const items = spans
        .map((r) => itemOf(input.view, r.start, r.end))
        .filter((x): x is PillarItem => x !== undefined && x.text.split(' ', 41).length <= 40);
      if (items.length === 0 || items.length !== spans.length || opensClause(items[0]!.text)) continue;
      if (set.count === undefined && (items.length < (of ? 3 : 2) || items.length > 10)) continue;
      if (!looksLikeParts(items) || namesUndertakings(tokens[k]!.text, items) || (of && !items.every((x) => x.text.split(' ', 7).length <= 6 && !/^\p{Lu}/u.test(x.text)))) continue;
      const link = input.link(s, k);
      push(makeSet(link, set.term, items, s, set.count), [s]);
      break;
    }
  }
}

// ---- "…commits the parties to: A; B; and C" -------------------------------------------------

/** A list after a colon whose items are set off by semicolons, with no set noun needed. */
export function semicolonList(input: PillarInput, push: Push): void {
  for (let s = 0; s < input.sentences.length; s++) {
    const text = input.sentences[s]!.text;
    const colonAt = text.indexOf(':');
    if (colonAt < 0 || text.indexOf(';', colonAt) < 0) continue;
    const tokens = input.tokens[s]!;
    const colon = tokens.findIndex((t) => t.text === ':');
    if (colon < 2 || tokens.filter((t) => t.text === ';').length < 1) continue;
    const lead = leadInSet(tokens, 0, colon);
    if (!lead) continue;
    const spans = splitItems(input.view, tokens, colon + 1, lead.count);
    const items = spans.map((r) => itemOf(input.view, r.start, r.end)).filter((x): x is PillarItem => x !== undefined && x.text.split(' ', 41).length <= 40);
    if (items.length !== spans.length || items.length < 2 || items.length > 10 || !looksLikeParts(items) || namesUndertakings(tokens[lead.tok]!.text, items)) continue;
    push(makeSet(input.link(s, lead.tok), lead.term, items, s, lead.count), [s]);
  }
}

// ---- "… has four pillars. These are A, B, C and D." -----------------------------------------

const PRONOUN_OPENER = /^(?:these|they|those)$/;
const PRONOUN_VERBS = /^(?:are|were|include|included|cover|covered|comprise|comprised)$/;

/** A list opened by "These are" / "They include" right after a sentence naming the set with a known set noun. */
export function pronounList(input: PillarInput, push: Push): void {
  for (let s = 1; s < input.sentences.length; s++) {
    const tokens = input.tokens[s]!;
    if (!PRONOUN_OPENER.test(tokens[0]?.lower ?? '') || !PRONOUN_VERBS.test(tokens[1]?.lower ?? '')) continue;
    if (input.sentences[s - 1]!.section !== input.sentences[s]!.section) continue;
    const before = input.tokens[s - 1]!;
    const lead = leadInSet(before, 0, before.length);
    if (!lead?.known) continue;
    const open = tokens[2]?.text === ':' ? 3 : 2;
    const spans = splitItems(input.view, tokens, open, lead.count);
    const items = spans.map((r) => itemOf(input.view, r.start, r.end)).filter((x): x is PillarItem => x !== undefined && x.text.split(' ', 41).length <= 40);
    if (items.length !== spans.length || items.length < 2 || items.length > 10 || !looksLikeParts(items)) continue;
    push(makeSet(input.link(s - 1, lead.tok), lead.term, items, s, lead.count), [s]);
  }
}
