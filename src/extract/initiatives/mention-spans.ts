/** How a sentence's initiative mentions lie among its tokens, for the analysis of the document. */
import type { InitiativeMention } from './initiatives.js';

/** Where actors are not looked for: inside initiative names, but for a possessive owner ("USAID's … Fund") and named parties. */
export function initiativeSpans(mentions: readonly InitiativeMention[]): { start: number; end: number }[] {
  return mentions.filter((m) => !m.actorsInside).map((m) => ({ start: m.owner === m.tok ? m.tok + 1 : m.tok, end: m.tokEnd }));
}

/** Mentions lying inside a longer mention, found in one pass over mentions sorted by start. */
export function innerMentions(mentions: readonly InitiativeMention[]): Set<InitiativeMention> {
  const inner = new Set<InitiativeMention>();
  const sorted = [...mentions].sort((a, b) => a.tok - b.tok || b.tokEnd - a.tokEnd);
  let widest: InitiativeMention | undefined;
  for (const m of sorted) {
    if (widest && widest.tokEnd >= m.tokEnd && widest.tokEnd - widest.tok > m.tokEnd - m.tok) inner.add(m);
    if (!widest || m.tokEnd > widest.tokEnd) widest = m;
  }
  return inner;
}
