/**
 * Blocks (headings, list items, paragraphs) and sentences of the analysis view.
 * Paragraphs broken by a stray blank line in the middle of a sentence (common in text
 * converted from PDF) are joined back; each list item and heading is its own block.
 */
import { isSpace, isUpper, splitSentences } from './sentence-split.js';
import type { CleanText } from './markup.js';
import { listMarker } from './list-markers.js';
import { upperItems } from './upper-markers.js';
import { fieldLineBreaks } from './field-lines.js';

export type BlockKind = 'heading' | 'item' | 'para';

export interface Block {
  kind: BlockKind;
  /** View offsets of the content (list markers and `#` excluded). */
  start: number;
  end: number;
  /** The list marker as written (`-`, `•`, `1.`), for items. */
  marker?: string;
  /** Indentation of the marker, for items. */
  indent: number;
  /** The number of `#` of a Markdown heading. */
  level?: number;
  /** Index of the first and one past the last sentence of the block. */
  firstSentence: number;
  endSentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  block: number;
  /** Incremented at every heading; sentences of one section share it. */
  section: number;
  kind: BlockKind;
  firstInBlock: boolean;
}

export interface Segmented {
  blocks: Block[];
  sentences: Sentence[];
}

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+/;
const RULE_LINE = /^ {0,3}([-=_*])(?: *\1){2,} *$/;
const TERMINAL = /[.!?:;]["'\u201D)\]]*$/;

interface Line {
  start: number;
  end: number;
  kind: 'blank' | 'heading' | 'item' | 'para' | 'rule';
  contentStart: number;
  marker?: string;
  indent: number;
  level?: number;
}

function isLower(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function classifyLine(clean: CleanText, start: number, end: number): Line {
  const raw = clean.text.slice(start, end);
  if (raw.trim() === '') return { start, end, kind: 'blank', contentStart: end, indent: 0 };
  if (RULE_LINE.test(raw)) return { start, end, kind: 'rule', contentStart: end, indent: 0 };
  const heading = ATX_HEADING.exec(raw);
  if (heading) return { start, end, kind: 'heading', contentStart: start + heading[0].length, indent: 0, level: heading[1]!.length };
  const marker = listMarker(raw);
  if (marker) {
    return {
      start, end, kind: 'item', contentStart: start + marker[0].length, marker: marker[2]!, indent: marker[1]!.length,
    };
  }
  const lead = raw.length - raw.trimStart().length;
  const contentStart = start + lead;
  // A whole line in bold (`**…**`) with no closing punctuation reads as a heading.
  const firstOriginal = clean.map[contentStart]!;
  const lastOriginal = clean.mapEnd[start + raw.trimEnd().length - 1]!;
  const before = clean.original[firstOriginal - 1];
  const after = clean.original[lastOriginal];
  if ((before === '*' || before === '_') && (after === '*' || after === '_') && !TERMINAL.test(raw.trimEnd()) && raw.length < 200) {
    return { start, end, kind: 'heading', contentStart, indent: 0 };
  }
  return { start, end, kind: 'para', contentStart, indent: lead };
}

function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text[e - 1])) e--;
  return e;
}

function lastWord(text: string): string {
  const m = /([\p{L}'-]+)[^\p{L}]*$/u.exec(text);
  return m ? m[1]! : '';
}

function unbalancedQuotes(text: string): boolean {
  let straight = 0;
  let open = 0;
  for (const ch of text) {
    if (ch === '"') straight++;
    else if (ch === '\u201C') open++;
    else if (ch === '\u201D') open--;
  }
  return straight % 2 === 1 || open > 0;
}

/** A paragraph opening with a numbered label or a short title and a colon: "Goal 3: …", "Pillar II – …", "Risk education: …". */
const LABEL_OPENING = /^(?:\p{Lu}[\p{L}-]*\s+(?:\d{1,2}|[IVX]{1,4}|[A-Z])\s*[:.)\u2013\u2014-]|\p{Lu}[^\s:.;,]*(?:\s[^\s:.;,]+){0,4}:\s)/u;

/** Capitalised function words that open a sentence and never go on one across a line break (a name may: "… villages" / "Lakeland had marked …"). */
const SENTENCE_OPENER = /^(?:The|This|These|Those|That|It|Its|In|On|At|For|With|As|A|An|We|Our|They|Their|He|She|His|Her|However|But|Since|After|Before|During|Over|Under|While|When|If|Today|Yesterday)\s/;

/** Whether a blank line between `prev` and `next` interrupts one sentence rather than ending a paragraph. */
function continues(text: string, prev: { kind: BlockKind; start: number; end: number }, next: { kind: BlockKind; start: number }, header: boolean): boolean {
  if (prev.kind === 'heading' || next.kind !== 'para') return false;
  // only the end of a long block matters (and reading all of it at every join would be quadratic)
  const prevText = text.slice(Math.max(prev.start, prev.end - 2000), prev.end);
  if (TERMINAL.test(prevText)) return false;
  const first = text[next.start] ?? '';
  if (isLower(first)) return true;
  // "Goal 2: Release land" / "Goal 3: Support survivors": a labelled paragraph opens a part of its own
  if (LABEL_OPENING.test(text.slice(next.start, next.start + 60))) return false;
  if (prevText.endsWith(',')) return true;
  if (unbalancedQuotes(prevText)) return true;
  // a list item, or a line of the document's head (its title, after a date or a byline), is not continued by a capitalised paragraph after a blank line
  if (prev.kind === 'item' || (header && !text.slice(prev.start, prev.end).includes('\n'))) return false;
  // "Five goals for the next five years" / "The strategy is …": a capitalised function word opens a sentence, it goes on none
  if (SENTENCE_OPENER.test(text.slice(next.start, next.start + 12))) return false;
  const word = lastWord(prevText);
  return prevText.length >= 30 && word !== '' && isLower(word[0]!) && /[\p{L}]$/u.test(prevText);
}

/** The longest line of a document's head: its date, byline and title lines, before the body's first paragraph. */
const HEAD_LINE_MAX = 120;

function looksLikeTitle(text: string): boolean {
  if (text.length > 160 || TERMINAL.test(text) || /[,]$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  if (words.length === 0) return false;
  const capitalised = words.filter((w) => isUpper(w[0]!)).length;
  return capitalised / words.length >= 0.6;
}

/** Splits the view into blocks and sentences. */
export function segment(clean: CleanText): Segmented {
  const text = clean.text;
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    lines.push(classifyLine(clean, pos, nl));
    pos = nl + 1;
  }
  // paragraph lines opening with "A.", "II.", "(C)" are items when their list goes on
  for (const u of upperItems(text, lines)) lines[u.line] = { ...lines[u.line]!, kind: 'item', contentStart: u.contentStart, marker: u.marker, indent: u.indent };

  // Lines to raw blocks.
  interface RawBlock { kind: BlockKind; start: number; end: number; marker?: string; indent: number; lines: number; level?: number }
  const raw: RawBlock[] = [];
  let current: RawBlock | undefined;
  const close = (): void => {
    if (current) raw.push(current);
    current = undefined;
  };
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const end = trimmedEnd(text, line.contentStart, line.end);
    switch (line.kind) {
      case 'blank':
      case 'rule':
        close();
        break;
      case 'heading': {
        close();
        let e = end;
        while (e > line.contentStart && text[e - 1] === '#') e--;
        e = trimmedEnd(text, line.contentStart, e);
        raw.push({ kind: 'heading', start: line.contentStart, end: e, indent: 0, lines: 1, ...(line.level ? { level: line.level } : {}) });
        break;
      }
      case 'item':
        close();
        current = { kind: 'item', start: line.contentStart, end, marker: line.marker!, indent: line.indent, lines: 1 };
        break;
      case 'para':
        if (current?.kind === 'para' && fieldLineBreaks(text, lines[li - 1]!.start, lines[li - 1]!.end, line.start, end)) close();
        if (current) {
          current.end = end;
          current.lines++;
        } else {
          current = { kind: 'para', start: line.contentStart, end, indent: line.indent, lines: 1 };
        }
        break;
    }
  }
  close();

  // Join blocks split by a blank line inside a sentence; mark title-like single lines as headings.
  const joined: RawBlock[] = [];
  // still in the document's head: every block so far one short line without final punctuation
  let header = true;
  for (const block of raw) {
    const prev = joined[joined.length - 1];
    if (prev && continues(text, prev, block, header)) {
      prev.end = block.end;
      prev.lines += block.lines;
      header = false;
      continue;
    }
    header &&= block.lines === 1 && block.end - block.start <= HEAD_LINE_MAX && !TERMINAL.test(text.slice(block.start, block.end));
    joined.push({ ...block });
  }
  for (let b = 0; b < joined.length; b++) {
    const block = joined[b]!;
    if (block.kind === 'para' && block.lines <= 3 && looksLikeTitle(text.slice(block.start, block.end))) {
      const next = joined[b + 1];
      if (b === 0 || !next || next.kind !== 'para' || block.lines === 1) block.kind = 'heading';
    }
  }

  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  let section = 0;
  for (const block of joined) {
    if (block.kind === 'heading') section++;
    const index = blocks.length;
    const first = sentences.length;
    const emit = (s: number, e: number): void => {
      let a = s;
      let z = e;
      while (a < z && isSpace(text[a])) a++;
      while (z > a && isSpace(text[z - 1])) z--;
      if (z <= a) return;
      const slice = text.slice(a, z);
      if (!/[\p{L}\p{N}]/u.test(slice)) return;
      sentences.push({
        start: a, end: z, text: slice, block: index, section, kind: block.kind, firstInBlock: sentences.length === first,
      });
    };
    if (block.kind === 'heading') emit(block.start, block.end);
    else splitSentences(text, block.start, block.end, emit);
    const out: Block = {
      kind: block.kind, start: block.start, end: block.end, indent: block.indent, firstSentence: first, endSentence: sentences.length,
    };
    if (block.marker !== undefined) out.marker = block.marker;
    if (block.level !== undefined) out.level = block.level;
    blocks.push(out);
  }
  return { blocks, sentences };
}
