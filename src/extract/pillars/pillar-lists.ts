/**
 * Pillar sets written inline: "four pillars; A; B; C; and D", "three approaches: A; B; and
 * C", "including A, B, as well as C", and "<initiative> focuses on A, B and C".
 */
import type { Token } from '../text/tokens.js';
import { itemOf, makeSet, setWordAt, type PillarInput, type PillarItem, type Push } from './pillar-items.js';

const LEADING_JOINERS = /^(?:and|or|as well as|plus|also)\s+/i;
// ---- inline lists -----------------------------------------------------------------------

function splitItems(view: string, tokens: readonly Token[], from: number, count: number | undefined): { start: number; end: number }[] {
  const semicolons = tokens.slice(from).some((t) => t.text === ';');
  const sep = semicolons ? ';' : ',';
  const raw: { start: number; end: number }[] = [];
  let s = from;
  for (let k = from; k <= tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.text === sep) {
      if (k > s) raw.push({ start: tokens[s]!.start, end: tokens[k - 1]!.end });
      s = k + 1;
    }
  }
  // Stop after the item the final conjunction opens ("…, and victim assistance, in cooperation with …").
  const items: { start: number; end: number }[] = [];
  for (const r of raw) {
    const text = view.slice(r.start, r.end);
    const joined = LEADING_JOINERS.exec(text);
    if (joined) {
      items.push({ start: r.start + joined[0].length, end: r.end });
      break;
    }
    items.push(r);
  }
  const closedByJoiner = items.length < raw.length || (raw.length > 0 && LEADING_JOINERS.test(view.slice(raw[raw.length - 1]!.start, raw[raw.length - 1]!.end)));
  // No "and" opening an item: split the last one at its last " and " / " as well as ".
  if (!closedByJoiner && items.length >= 1 && (count === undefined || items.length === count - 1)) {
    const last = items[items.length - 1]!;
    const text = view.slice(last.start, last.end);
    const m = /^(.*)\s(?:and|as well as)\s(.+)$/s.exec(text);
    if (m && m[1]!.trim() !== '') {
      const splitAt = last.start + m[1]!.length;
      items[items.length - 1] = { start: last.start, end: splitAt };
      items.push({ start: last.end - m[2]!.length, end: last.end });
    }
  }
  return items;
}

const MAY_NAME_SET = /(?:pillars|approaches|principles|phases|priorities|results|outcomes|objectives|goals|components|areas|strands|workstreams|lines)\b/i;

export function inline(input: PillarInput, push: Push): void {
  for (let s = 0; s < input.sentences.length; s++) {
    if (!MAY_NAME_SET.test(input.sentences[s]!.text)) continue;
    const tokens = input.tokens[s]!;
    for (let k = 0; k < tokens.length; k++) {
      const set = setWordAt(tokens, k);
      if (!set) continue;
      // The list opens within a few words: ":", ";", "—", "including", "namely", "are".
      let open = -1;
      for (let j = k + 1; j < tokens.length && j <= k + 15; j++) {
        const t = tokens[j]!;
        if (t.text === ':' || t.text === ';' || t.text === '\u2014' || t.lower === 'including' || t.lower === 'namely') {
          open = j + 1;
          break;
        }
        if ((t.lower === 'are' || t.lower === 'were') && j === k + 1) {
          open = j + 1;
          break;
        }
        if (t.text === '.' || t.text === ',') break;
      }
      if (open < 0 || open >= tokens.length) continue;
      const spans = splitItems(input.view, tokens, open, set.count);
      const items = spans
        .map((r) => itemOf(input.view, r.start, r.end))
        .filter((x): x is PillarItem => x !== undefined && x.text.split(' ').length <= 40);
      if (items.length !== spans.length) continue;
      if (set.count === undefined && (items.length < 2 || items.length > 10)) continue;
      const link = input.link(s, k);
      push(makeSet(link, set.term, items, s, set.count), [s]);
      break;
    }
  }
}

// ---- "<initiative> focuses on A, B and C" --------------------------------------------------

const FOCUS_VERBS: ReadonlyMap<string, string> = new Map([
  ['focuses', 'area'], ['focus', 'area'], ['focused', 'area'], ['concentrates', 'area'], ['centres', 'area'],
  ['centers', 'area'], ['consists', 'component'], ['comprises', 'component'], ['rests', 'pillar'],
]);

const MAY_FOCUS = /\b(?:focus(?:es|ed)?|concentrates|centres|centers|consists|comprises|rests)\b/i;

export function focus(input: PillarInput, push: Push): void {
  for (let s = 0; s < input.sentences.length; s++) {
    if (!MAY_FOCUS.test(input.sentences[s]!.text)) continue;
    const tokens = input.tokens[s]!;
    for (let k = 0; k + 2 < tokens.length; k++) {
      const term = FOCUS_VERBS.get(tokens[k]!.lower);
      const prep = tokens[k + 1]!.lower;
      if (!term || !(prep === 'on' || prep === 'of')) continue;
      const link = input.link(s, k);
      if (!link || link.strength < 2) break;
      const spans = splitItems(input.view, tokens, k + 2, undefined);
      const items = spans
        .map((r) => itemOf(input.view, r.start, r.end))
        .filter((x): x is PillarItem => x !== undefined && x.text.split(' ').length <= 8);
      if (items.length !== spans.length || items.length < 2 || items.length > 8) break;
      push(makeSet(link, term, items, s), [s]);
      break;
    }
  }
}

