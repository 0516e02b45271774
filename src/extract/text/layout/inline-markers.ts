/**
 * Enumeration markers inside a sentence: "(i) … (ii) …", "a) … b) …", "(1) … (2) …", "1) … 2) …",
 * and bullets run into one line ("• A • B • C", common in text taken from a PDF). A numbered
 * run counts when it starts at one, goes up by one, and keeps one style of marker.
 */
import type { Token } from '../tokens.js';

export interface InlineMarker {
  /** Token of the marker's first character ("(" or the label). */
  tok: number;
  /** Token just after the marker's ")". */
  contentTok: number;
  order: number;
}

const ROMAN: ReadonlyMap<string, number> = new Map([
  ['i', 1], ['ii', 2], ['iii', 3], ['iv', 4], ['v', 5], ['vi', 6], ['vii', 7], ['viii', 8], ['ix', 9], ['x', 10],
]);

type Style = 'roman' | 'letter' | 'digit';

function labelOf(t: Token): { style: Style; order: number }[] {
  const out: { style: Style; order: number }[] = [];
  if (t.kind === 'num' && /^\d{1,2}$/.test(t.text)) out.push({ style: 'digit', order: Number(t.text) });
  if (t.kind === 'word' && t.text === t.lower) {
    const roman = ROMAN.get(t.lower);
    if (roman !== undefined) out.push({ style: 'roman', order: roman });
    if (t.lower.length === 1) out.push({ style: 'letter', order: t.lower.charCodeAt(0) - 96 });
  }
  return out;
}

/**
 * A marker may follow the sentence start, a colon, a semicolon, a comma, "and" or "or"; the
 * first one of a run any word ("the project will (a) train …, (b) clear …").
 */
function opensItem(tokens: readonly Token[], k: number, first: boolean): boolean {
  const prev = tokens[k - 1];
  if (!prev) return true;
  if (first && prev.kind === 'word' && !prev.cap) return true;
  return prev.text === ':' || prev.text === ';' || prev.text === ',' || prev.lower === 'and' || prev.lower === 'or' || prev.text === '\u2013' || prev.text === '\u2014';
}

/** The longest valid run of inline markers in a sentence, or [] when there is none of two or more. */
export function inlineMarkers(tokens: readonly Token[]): InlineMarker[] {
  let best: InlineMarker[] = [];
  const runs = new Map<string, InlineMarker[]>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const paren = tokens[k]!.text === '(';
    const label = paren ? tokens[k + 1] : tokens[k];
    const close = paren ? tokens[k + 2] : tokens[k + 1];
    if (!label || close?.text !== ')') continue;
    const contentTok = (paren ? k + 3 : k + 2);
    for (const { style, order } of labelOf(label)) {
      if (!opensItem(tokens, k, order === 1)) continue;
      const key = `${style}${paren ? '(' : ''}`;
      const run = runs.get(key) ?? [];
      if (order === 1) runs.set(key, [{ tok: k, contentTok, order }]);
      else if (run.length > 0 && run[run.length - 1]!.order === order - 1) run.push({ tok: k, contentTok, order });
      else continue;
      const now = runs.get(key)!;
      if (now.length > best.length) best = now;
    }
  }
  return best.length >= 2 ? [...best] : [];
}

const BULLETS = new Set(['\u2022', '\u25AA', '\u25CF', '\u25E6', '\u27A2', '\u25BA']);

/** Bullets inside one sentence, two or more of one kind, numbered in order. */
export function inlineBullets(tokens: readonly Token[]): InlineMarker[] {
  const out: InlineMarker[] = [];
  let kind: string | undefined;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!.text;
    if (!BULLETS.has(t) || (kind !== undefined && t !== kind)) continue;
    kind = t;
    out.push({ tok: k, contentTok: k + 1, order: out.length + 1 });
  }
  return out.length >= 2 ? out : [];
}

/** A marker opening a sentence ("1)Providing …", "(b) Training …"), with its style and position. */
export function openingMarker(tokens: readonly Token[]): { style: string; order: number; contentTok: number } | undefined {
  const paren = tokens[0]?.text === '(';
  const label = paren ? tokens[1] : tokens[0];
  if (!label || tokens[paren ? 2 : 1]?.text !== ')') return undefined;
  const contentTok = paren ? 3 : 2;
  if (!tokens[contentTok]) return undefined;
  const [first] = labelOf(label);
  return first ? { style: `${first.style}${paren ? '(' : ''}`, order: first.order, contentTok } : undefined;
}
