/**
 * The work of mine action listed in a sentence of any shape: "to achieve the destruction of
 * stockpiled anti-personnel mines, the clearance of mine-contaminated land, provide mine risk
 * education and assistance to mine victims", "We have made headway in destroying stockpiled
 * mines, clearing mined areas and providing victim assistance", "in the field of demining, mine
 * security awareness, as well as providing assistance to landmine victims". These are the pillars
 * of mine action (and of the mine-ban treaty): a run of three or more short pieces, each naming
 * one of them, and at least three different ones among stockpile destruction, clearance, risk
 * education and victim assistance. Capacity building and advocacy may stand in the run too. A
 * piece with a number or a finite verb is a result or a clause ("the teams cleared 20 fields").
 */
import { itemOf, makeSet, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

/** The pillars of mine action, each by the words that name it. */
const CORE: readonly (readonly [string, RegExp])[] = [
  ['stockpiles', /\bstockpil/],
  ['clearance', /\b(?:clear(?:ance|ing|ed)?|demin(?:ing|ed?)|land release)\b/],
  ['education', /\b(?:risk education|education|awareness|eore|mre)\b/],
  ['victims', /\b(?:victims?|survivors?)\b/],
];
const SIDE = /\b(?:capacit(?:y|ies)|advocacy|universali[sz]ation)\b/;
/** What separates the pieces: commas, semicolons, "and", "as well as". */
const SEPARATOR = /\s*(?:[,;]\s*(?:and\s+|as well as\s+)?|\s(?:and|as well as)\s)\s*/g;
const MAX_WORDS = 12;
/** Words that lead in to the first piece: "headway in", "to achieve the", "in the field of". */
const LEAD_IN = /(?<=^|\s)(?:in|to|achieve|through|by|on|including|namely|such as|field of|fields of|areas of|include|includes|cover|covers)\s+(?:the\s+)?/g;
const MIN_ITEMS = 3;
/** A cheap test that a sentence may hold such a list. */
const MAY_HOLD = /stockpil|clear|demin|educat|awareness|victim|survivor/i;

/** Where a piece's own words begin: after the last lead-in that leaves a pillar's name after it. */
function afterLeadIn(text: string, p: { start: number; end: number }): number {
  let at = p.start;
  for (const m of text.slice(p.start, p.end).matchAll(LEAD_IN)) {
    const after = p.start + m.index! + m[0].length;
    if (familyOf(text.slice(after, p.end))) at = after;
  }
  return at;
}

/** Whether a sentence names three or more different pillars at all. */
function namesThreePillars(text: string): boolean {
  const lower = text.toLowerCase();
  let n = 0;
  for (const [, re] of CORE) if (re.test(lower)) n++;
  return n >= 3;
}

/** A piece with a number or a finite verb states a result or a clause, not a kind of work. */
const NOT_WORK = /\d|\b(?:is|are|was|were|has|have|had|will|would|received|said)\b/i;

function familyOf(piece: string): string | undefined {
  const text = piece.toLowerCase();
  for (const [name, re] of CORE) if (re.test(text)) return name;
  return SIDE.test(text) ? 'side' : undefined;
}

export function domainLists(input: PillarInput, push: Push): void {
  for (let s = 0; s < input.sentences.length; s++) {
    const sentence = input.sentences[s]!;
    const text = sentence.text;
    if (!MAY_HOLD.test(text) || !/,|\band\b/.test(text) || !namesThreePillars(text)) continue;
    // the pieces between separators, as offsets in the sentence
    const pieces: { start: number; end: number; family?: string }[] = [];
    let from = 0;
    for (const m of text.matchAll(SEPARATOR)) {
      pieces.push({ start: from, end: m.index! });
      from = m.index! + m[0].length;
    }
    pieces.push({ start: from, end: text.replace(/[\s.!?]+$/u, '').length });
    for (const p of pieces) p.family = familyOf(text.slice(p.start, p.end));
    // "We have made headway in destroying stockpiles": a run's first piece starts after the words that lead in to it
    for (let i = 0; i < pieces.length; i++) if (pieces[i]!.family && !pieces[i - 1]?.family) pieces[i]!.start = afterLeadIn(text, pieces[i]!);
    for (const p of pieces) if (NOT_WORK.test(text.slice(p.start, p.end))) p.family = undefined;
    // the longest run of short pieces that each name a pillar
    let best: typeof pieces = [];
    for (let i = 0; i < pieces.length; ) {
      let j = i;
      while (j < pieces.length && pieces[j]!.family && text.slice(pieces[j]!.start, pieces[j]!.end).split(/\s+/).length <= MAX_WORDS) j++;
      if (j - i > best.length) best = pieces.slice(i, j);
      i = Math.max(j, i + 1);
    }
    const core = new Set(best.map((p) => p.family).filter((f) => f !== 'side'));
    if (best.length < MIN_ITEMS || core.size < 3) continue;
    const items = best.map((p) => itemOf(input.view, sentence.start + p.start, sentence.start + p.end)).filter((x): x is PillarItem => x !== undefined);
    if (items.length !== best.length) continue;
    push(makeSet(input.link(s, 0), 'area', items, s), [s]);
  }
}
