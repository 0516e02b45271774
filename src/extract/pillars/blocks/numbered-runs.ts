/**
 * Numbered lists, whatever their lead-in: items marked "1.", "2)", "(a)", "b.", "(iii)", "B.", "II." that
 * count up from one at one indent, either together or each followed by a paragraph of its own
 * ("1. Survey" / text / "2. Clearance" / text). The numbering itself says the items are the
 * parts of one set; a lead-in before the first item gives the set word and count, and a
 * lead-in naming donors, places or people rules the list out. Upper-case items each followed by
 * paragraphs are a report's sections unless a lead-in names the set.
 */
import type { Block } from '../../text/layout/sentences.js';
import { upperMarkerOrder } from '../../text/layout/upper-markers.js';
import { leadInSet } from '../lead-in.js';
import { DOCUMENT_SECTIONS } from '../../lexicon/set-words.js';
import { looksLikeParts, proseParagraph } from '../item-shape.js';
import { itemOf, makeSet, titleOf, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
/** Paragraphs an item's own text may run over before the next numbered item. */
const MAX_GAP = 3;
const MAX_ITEMS = 12;
const MAX_TEXT = 600;

/** The position and style of a list marker: "3." → 3 digit., "(b)" → 2 letter(), "ii." → 2 roman. */
export function markerOrder(marker: string | undefined): { order: number; style: string } | undefined {
  const m = /^(\()?(\d{1,3}|[a-z]|[ivx]{1,4})(\)\.|[.)])$/.exec(marker ?? '');
  if (!m) return marker === undefined ? undefined : upperMarkerOrder(marker);
  const label = m[2]!;
  const style = `${m[1] ?? ''}${m[3]}`;
  if (/^\d+$/.test(label)) return { order: Number(label), style: `digit${style}` };
  const roman = ROMAN.indexOf(label);
  // "i." is both a letter (9th) and a roman one: a run starting at "i" is roman
  if (roman >= 0 && label !== 'v' && label !== 'x') return { order: roman + 1, style: `roman${style}` };
  return { order: label.charCodeAt(0) - 96, style: `letter${style}` };
}

/** A bullet's marker: any list marker that numbers nothing ("•", "-", "o"), as `markerFamily` of the bulleted lists reads it. */
function isBulletMarker(marker: string | undefined): boolean {
  return marker !== undefined && markerOrder(marker) === undefined;
}

interface Run { items: number[]; style: string; indent: number }

/** The next run of numbered item blocks starting at block `b` (which must be marked 1). */
function runFrom(blocks: readonly Block[], b: number): Run | undefined {
  const first = blocks[b]!;
  const mark = markerOrder(first.marker);
  if (first.kind !== 'item' || !mark || mark.order !== 1) return undefined;
  const run: Run = { items: [b], style: mark.style, indent: first.indent };
  let gap = 0;
  for (let c = b + 1; c < blocks.length && run.items.length < MAX_ITEMS + 1; c++) {
    const block = blocks[c]!;
    if (block.kind === 'heading') break;
    if (block.kind === 'para') {
      if (++gap > MAX_GAP) break;
      continue;
    }
    if (block.indent > run.indent) continue; // a sub-item
    const m = markerOrder(block.marker);
    // bullets written flush under a numbered item are its own sub-list ("1. Goal" / "• action" / "2. Goal")
    if (!m && run.items.length > 0 && isBulletMarker(block.marker)) continue;
    if (!m || m.style !== run.style || block.indent !== run.indent || m.order !== run.items.length + 1) break;
    run.items.push(c);
    gap = 0;
  }
  return run.items.length >= 2 && run.items.length <= MAX_ITEMS ? run : undefined;
}

export function numberedRuns(input: PillarInput, push: Push): void {
  const blocks = input.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const run = runFrom(blocks, b);
    if (!run) continue;
    const introBlock = blocks[b - 1];
    const introSentence = introBlock && introBlock.kind !== 'item' && introBlock.endSentence > introBlock.firstSentence ? introBlock.endSentence - 1 : undefined;
    let lead = introSentence === undefined ? undefined : leadInSet(input.tokens[introSentence]!, 0, input.tokens[introSentence]!.length);
    if (introSentence !== undefined && !lead) continue;
    const items: PillarItem[] = [];
    const sentences: number[] = [];
    // items each followed by their paragraph: the last one has its paragraph too
    const spread = run.items.some((c, i) => i > 0 && c > run.items[i - 1]! + 1);
    // "I. Introduction" / text / "II. Background" / text: upper-case markers with text between number a report's sections
    if (spread && /^(?:ROMAN|LETTER)/.test(run.style) && !(lead?.known === true || lead?.count !== undefined)) continue;
    for (let i = 0; i < run.items.length; i++) {
      const block = blocks[run.items[i]!]!;
      const next = run.items[i + 1] ?? run.items[i]! + (spread && blocks[run.items[i]! + 1]?.kind === 'para' ? 2 : 1);
      // the item and the paragraphs that are its text, when they are short
      const lastOwn = next - 1 > run.items[i]! && blocks[next - 1]!.kind === 'para' ? blocks[next - 1]! : block;
      const end = lastOwn.end - block.start <= MAX_TEXT ? lastOwn.end : block.end;
      const item = itemOf(input.view, block.start, end);
      const firstSentence = input.sentences[block.firstSentence];
      if (!item || !firstSentence) break;
      item.title = titleOf(firstSentence.text);
      items.push(item);
      for (let s = block.firstSentence; s < block.endSentence; s++) sentences.push(s);
    }
    if (items.length !== run.items.length || !looksLikeParts(items)) continue;
    // "1. Introduction" / text / "2. Goals" / text: numbered sections of a report, one of them named as such
    if (spread && lead?.word === undefined && items.some((x) => DOCUMENT_SECTIONS.has(x.title.toLowerCase()))) continue;
    // a press release's numbered paragraphs, with no lead-in naming a set, are not its parts
    if (lead?.word === undefined && items.every((x) => proseParagraph(x.text))) continue;
    if (lead?.count !== undefined && lead.count !== items.length) lead = { ...lead, count: undefined };
    const at = introSentence ?? blocks[b]!.firstSentence;
    const link = input.link(at, lead?.tok ?? 0);
    push(makeSet(link, lead?.term ?? 'component', items, at, lead?.count), sentences);
    b = run.items[run.items.length - 1]!;
  }
}
