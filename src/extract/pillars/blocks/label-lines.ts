/**
 * Labels on consecutive lines of one paragraph, with no blank line or full stop between them
 * ("Goal 1 – Land surveyed" / "Goal 2 – Minefields cleared", "Pillar I: Survey" / "Pillar II:
 * Clearance"): each line whose label counts on from the line before is an item. Sentence
 * splitting cannot see them (the lines end without punctuation), so they are read by line.
 */
import { SMALL_NUMBERS } from '../../lexicon/numbers.js';
import { introBefore, introWithin, makeSet, titleOf, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';
import { LABEL_QUALIFIERS, LABELS, ROMAN } from './pillar-sequences.js';

const LABEL_LINE = /^[ \t]*(?:(\p{L}+)[ \t]+)?(\p{L}+)[ \t]+(\d{1,2}|[IVXivx]{1,5}|\p{L}+)[ \t]*[:.\u2013\u2014-][ \t]+(\S[^\n]*)$/u;

interface LabelLine { word: string; order: number; start: number; end: number; text: string }

function labelLine(view: string, start: number, end: number): LabelLine | undefined {
  const m = LABEL_LINE.exec(view.slice(start, end));
  if (!m) return undefined;
  if (m[1] !== undefined && !LABEL_QUALIFIERS.has(m[1].toLowerCase())) return undefined;
  const word = m[2]!.toLowerCase();
  if (!LABELS.has(word) || !/^\p{Lu}/u.test(m[1] ?? m[2]!)) return undefined;
  const n = m[3]!;
  const order = /^\d+$/.test(n) ? Number(n) : ROMAN.get(n.toLowerCase()) ?? SMALL_NUMBERS.get(n.toLowerCase());
  if (order === undefined) return undefined;
  const textStart = end - m[4]!.length;
  return { word, order, start: textStart, end, text: m[4]!.trim() };
}

export function labelLines(input: PillarInput, push: Push): void {
  for (const block of input.blocks) {
    if (block.kind === 'item' || block.endSentence <= block.firstSentence) continue;
    const body = input.view.slice(block.start, block.end);
    if (!body.includes('\n')) continue;
    const items: PillarItem[] = [];
    let word = '';
    let next = 1;
    let pos = block.start;
    while (pos <= block.end) {
      let nl = input.view.indexOf('\n', pos);
      if (nl < 0 || nl > block.end) nl = block.end;
      const line = labelLine(input.view, pos, nl);
      if (line && line.order === next && (next === 1 || line.word === word)) {
        word = line.word;
        items.push({ title: titleOf(line.text), text: line.text, start: line.start, end: line.end });
        next++;
      } else if (items.length > 0) break;
      pos = nl + 1;
    }
    if (items.length < 2) continue;
    const sentences: number[] = [];
    for (let s = block.firstSentence; s < block.endSentence; s++) sentences.push(s);
    const first = block.firstSentence;
    // a lead-in line in the same paragraph ("… five strategic goals:" / "Goal 1: …") names the set before any line above it
    let itemSentence = first;
    while (itemSentence + 1 < block.endSentence && input.sentences[itemSentence + 1]!.start <= items[0]!.start) itemSentence++;
    const intro = introWithin(input, itemSentence, items[0]!.start) ?? introBefore(input, itemSentence);
    const link = (intro ? input.link(intro.sentence, intro.tok) : undefined) ?? input.link(first, 0);
    push(makeSet(link, LABELS.get(word), items, first), sentences);
  }
}
