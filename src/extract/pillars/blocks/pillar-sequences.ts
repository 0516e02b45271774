/**
 * Pillar sets written as sequences: "Result 1: …" labels and bullet or numbered lists after an
 * intro that names the set ("First, … Second, …" paragraphs are in ordinal-sequences.ts).
 */
import { readNumber } from '../../text/numbers.js';
import { leadInSet } from '../lead-in.js';
import { listGoesOn } from './list-continuation.js';
import { markerOrder } from './numbered-runs.js';
import { looksLikeParts } from '../item-shape.js';
import { endAtNext, introBefore, itemOf, makeSet, titleLineEnd, titleOf, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

export const LABELS: ReadonlyMap<string, string> = new Map([
  ['pillar', 'pillar'], ['priority', 'priority'], ['result', 'result'], ['objective', 'objective'],
  ['phase', 'phase'], ['principle', 'principle'], ['approach', 'approach'], ['component', 'component'],
  ['area', 'area'], ['outcome', 'result'], ['goal', 'objective'], ['output', 'result'], ['target', 'objective'],
  ['step', 'phase'], ['stage', 'phase'], ['task', 'component'], ['activity', 'component'], ['action', 'component'],
  ['element', 'component'], ['workstream', 'component'], ['track', 'component'], ['theme', 'area'],
]);
/** Words that may stand before a label: "Strategic Goal 1:", "Specific Objective 2 –", "Priority Area 3:". */
export const LABEL_QUALIFIERS = new Set(['strategic', 'specific', 'key', 'expected', 'priority', 'thematic', 'general', 'immediate', 'intermediate', 'development', 'focus', 'result', 'overall']);
export const ROMAN: ReadonlyMap<string, number> = new Map([
  ['i', 1], ['ii', 2], ['iii', 3], ['iv', 4], ['v', 5], ['vi', 6], ['vii', 7], ['viii', 8], ['ix', 9], ['x', 10],
]);
/** Words after "Phase 2" that make it part of a phrase, not the subject of its own sentence. */
const NOT_A_VERB = new Set(['of', 'in', 'for', 'and', 'or', 'to', 'at', 'on', 'with', 'by', 'from', 'the', 'a', 'an']);
const LABEL_PREPOSITIONS = new Set(['in', 'during', 'under', 'within', 'for', 'through']);
const LEADING_MODAL = /^(?:will|shall|would|is|was|aims to|seeks to)\s+(?:be\s+)?/i;
// ---- labels: "Result 1: …" -----------------------------------------------------------------

export function labelled(input: PillarInput, push: Push): void {
  let current: { term: string; word: string; items: PillarItem[]; sentences: number[]; next: number } | undefined;
  const flush = (): void => {
    if (current && current.items.length >= 2) {
      endAtNext(input, current.items, current.sentences);
      const first = current.sentences[0]!;
      const intro = introBefore(input, first);
      const link = (intro ? input.link(intro.sentence, intro.tok) : undefined) ?? input.link(first, 0);
      push(makeSet(link, current.term, current.items, first), current.sentences);
    }
    current = undefined;
  };
  for (let s = 0; s < input.sentences.length; s++) {
    const all = input.tokens[s]!;
    // "During Phase 1, …", "In phase 2, …": the label after a preposition, closed by a comma
    const prep = all[0] && LABEL_PREPOSITIONS.has(all[0].lower) && all[1] && LABELS.has(all[1].lower) ? 1 : 0;
    const q = prep === 0 && all[0] && all[0].cap && LABEL_QUALIFIERS.has(all[0].lower) && all[1] && LABELS.has(all[1].lower) ? 1 : 0;
    const tokens = q + prep === 0 ? all : all.slice(q + prep);
    const w = tokens[0];
    if (!w || w.kind !== 'word' || (!w.cap && prep === 0)) continue;
    const term = LABELS.get(w.lower);
    if (!term) continue;
    const n = tokens[1];
    let order: number | undefined;
    if (n?.kind === 'num') order = Number(n.text);
    else if (n?.kind === 'word') order = ROMAN.get(n.lower) ?? readNumber(tokens, 1)?.value;
    if (order === undefined || !Number.isInteger(order)) continue;
    // "Phase 1 (2019\u20132021): …": a parenthesis between the label and its separator
    let sepAt = 2;
    if (tokens[2]?.text === '(') {
      const close = tokens.findIndex((t, j) => j > 2 && j <= 10 && t.text === ')');
      if (close > 0) sepAt = close + 1;
    }
    const sep = tokens[sepAt];
    if (prep === 1 && sep?.text !== ',') continue;
    const marked = sep !== undefined && (/^[:.\u2013\u2014)-]$/.test(sep.text) || prep === 1);
    // "Phase 1 will survey …", "Goal 2 aims to …": the label is the sentence's subject
    const subject = sep !== undefined && sep.kind === 'word' && !sep.cap && !NOT_A_VERB.has(sep.lower);
    if (sep && !marked && !subject && !(input.sentences[s]!.kind === 'heading')) continue;
    const sentence = input.sentences[s]!;
    // a table's cell ("| Outcome 1 | …"): the table's reader reads it, or it is data
    if (/^\s*\|/.test(input.view.slice(sentence.end, sentence.end + 4))) continue;
    const restStart = marked ? sep.end : n!.end;
    // Text: the rest of the block.
    const block = input.blocks[sentence.block]!;
    let end = sentence.kind === 'heading' ? sentence.end : block.end;
    if (sentence.kind === 'heading') {
      // the paragraph after a heading label is its text
      const nextBlock = input.blocks[sentence.block + 1];
      if (nextBlock && nextBlock.kind === 'para') end = nextBlock.end;
    }
    const item = itemOf(input.view, restStart, end);
    if (!item) continue;
    // "Component 1: Survey and clearance" / "The teams survey …": the label's line is its title
    const titleEnd = titleLineEnd(input.view, restStart, sentence.end);
    const title = itemOf(input.view, restStart, titleEnd);
    if (title) item.title = titleOf(subject ? title.text.replace(LEADING_MODAL, '') : title.text);
    if (current && current.word === w.lower && order === current.next) {
      current.items.push(item);
      current.sentences.push(s);
      current.next++;
    } else {
      flush();
      if (order === 1) current = { term, word: w.lower, items: [item], sentences: [s], next: 2 };
    }
  }
  flush();
}

// ---- bullets after an intro ----------------------------------------------------------------

/** The sentence introducing the list at block `b`: the end of the block before, or of the one before a heading between them. */
function introOf(input: PillarInput, b: number): number | undefined {
  const blocks = input.blocks;
  const prev = blocks[b - 1]!;
  if (prev.kind === 'item' || prev.endSentence <= prev.firstSentence) return undefined;
  const last = prev.endSentence - 1;
  if (prev.kind !== 'heading' || LEAD_END.test(input.sentences[last]!.text)) return last;
  const before = blocks[b - 2];
  if (!before || before.kind !== 'para' || before.endSentence <= before.firstSentence) return last;
  const beforeLast = before.endSentence - 1;
  return LEAD_END.test(input.sentences[beforeLast]!.text) ? beforeLast : last;
}

const LEAD_END = /[:\u2013\u2014]\s*$/;
const OPEN_END = /\b(?:on|of|to|by|through|in|include|includes|including|such as|will|are|were|namely|comprise|comprises|covers|cover)\s*$/i;
const MAX_ITEMS = 12;
/** Headings of a project page over what the undertaking does, which name no set noun. */
const WORK_HEADING = /^\s*(?:#+\s*)?(?:what we do|what the (?:project|programme|program|initiative) does|our work|how we work|scope of (?:the )?work|our services|services)\s*:?\s*$/i;
/** A lead-in that ends in what is planned: "The programme will:", "The project aims to:". */
const PLANNED_END = /\b(?:will|shall|aims? to|seeks? to|is to|are to|intends? to)\s*[:\u2013\u2014]?\s*$/i;

/** A lead-in naming what a delivery, donation or package is made of. */
const DELIVERY_LEAD = /\b(?:equipment|donation|delivery|deliveries|package|supplies|consignment|shipment)\b[^.;]{0,40}\b(?:include|includes|included|will include|comprise|comprises|consist of|consists of|contain|contains)\b/i;

/** A list marker's kind: a bullet of any glyph, or a numbering style ("digit.", "letter()"). */
function markerFamily(marker: string | undefined): string {
  return markerOrder(marker)?.style ?? 'bullet';
}

export function bulleted(input: PillarInput, push: Push): void {
  const blocks = input.blocks;
  for (let b = 1; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind !== 'item') continue;
    const introSentence = introOf(input, b);
    if (introSentence === undefined) continue;
    const tokens = input.tokens[introSentence]!;
    const introText = input.sentences[introSentence]!.text;
    // a lead-in the list completes ("UNDP's support has focused on" / bullets) opens it as a colon does
    const colon = LEAD_END.test(introText) || OPEN_END.test(introText);
    const set = leadInSet(tokens, 0, colon ? tokens.length - 1 : tokens.length);
    if (!set) continue;
    // without a colon: "the following …", a count, a known set noun, or a heading naming the set ("Our priorities")
    // "What we do" / "Our work", a heading or a line alone: a page's heading over what its undertaking does
    const work = WORK_HEADING.test(introText);
    const heading = (input.sentences[introSentence]!.kind === 'heading' && set.known === true) || work;
    if (!colon && !heading && !set.known && !(set.word && set.count !== undefined) && !/\b(?:following|as follows)\b/i.test(introText)) continue;
    const items: PillarItem[] = [];
    const sentences: number[] = [];
    for (let c = b; c < blocks.length; c++) {
      // past a page break, or an item's own paragraphs while the count is not reached
      const goesOn = blocks[c]!.kind === 'item' ? c : listGoesOn(input.view, blocks, c, block, set.count !== undefined && items.length < set.count);
      if (goesOn === undefined) break;
      c = goesOn;
      const item = blocks[c]!;
      if (item.kind !== 'item' || item.indent < block.indent) break;
      if (item.indent > block.indent) continue; // a sub-item belongs to the item above it
      // "• A" / "• B" / "3. Objectives": a numbered heading after bullets starts another list
      if (markerFamily(item.marker) !== markerFamily(block.marker)) break;
      const firstSentence = input.sentences[item.firstSentence];
      if (!firstSentence) break;
      const parsed = itemOf(input.view, item.start, item.end);
      if (!parsed) break;
      parsed.title = titleOf(firstSentence.text);
      // Long items rest on their first sentence.
      if (parsed.end - parsed.start > 600) {
        parsed.start = firstSentence.start;
        parsed.end = firstSentence.end;
      }
      items.push(parsed);
      for (let s = item.firstSentence; s < item.endSentence; s++) sentences.push(s);
      if (set.count !== undefined && items.length === set.count) break;
    }
    if (set.count === undefined && items.length > MAX_ITEMS) continue;
    // "The programme will:" / "Its objectives:": what a plan will do ("survey the border districts")
    // or reach may count it ("clear 500 hectares"); results reported in numbers are figures
    // under a page heading only phrases are parts: single words may be places or names ("Kabul", "Herat")
    if (work && items.every((x) => !/\s/.test(x.text.trim()))) continue;
    const planned = PLANNED_END.test(introText);
    // "The equipment will include the following:": what a delivery is made of, things and all
    const delivered = DELIVERY_LEAD.test(introText);
    if (!looksLikeParts(items, planned || delivered, planned || delivered || set.term === 'objective')) continue;
    const link = input.link(introSentence, set.tok);
    push(makeSet(link, set.term, items, introSentence, set.count), sentences);
  }
}
