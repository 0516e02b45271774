/**
 * Sets written as a table whose rows are the parts of an undertaking: a header cell naming the
 * set ("| Component | Description |", "Expected result   Indicator"), rows labelled with the
 * set word ("| Outcome 1 | Safer land … |"), or a lead-in naming a set just before the table
 * ("The project has three components:"). A table with none of these (budgets by year, areas by
 * province, a list of partners) is data, not a set; a "Total" row is not a part.
 */
import { findTables, type Table, type TableRow } from '../../text/layout/tables.js';
import { leadInSet } from '../lead-in.js';
import { looksLikeParts } from '../item-shape.js';
import { makeSet, titleOf, type PillarInput, type PillarItem, type Push } from '../pillar-items.js';

/** Singular set words that make a column the parts of a set: "Component", "Expected result", "Key activity". */
const COLUMN_WORDS: ReadonlyMap<string, string> = new Map([
  ['pillar', 'pillar'], ['component', 'component'], ['objective', 'objective'], ['goal', 'objective'], ['aim', 'objective'],
  ['outcome', 'result'], ['output', 'result'], ['result', 'result'], ['activity', 'component'], ['phase', 'phase'],
  ['stage', 'phase'], ['step', 'phase'], ['priority', 'priority'], ['area', 'area'], ['strand', 'component'],
  ['workstream', 'component'], ['task', 'component'], ['principle', 'principle'], ['approach', 'approach'],
  ['element', 'component'], ['theme', 'area'], ['intervention', 'component'], ['measure', 'component'],
]);
const NUMBER_CELL = /^(?:\(?\d{1,2}[.)]?|\(?[ivx]{1,4}[.)]?|\(?[IVX]{1,4}[.)]?|[a-hA-H][.)]|#)$/;
const ROW_LABEL = /^(\p{L}+)\s+(?:\d{1,2}|[IVX]{1,4}|[A-H])\b[.:)]?\s*(.*)$/u;
const TOTAL = /^(?:sub-?)?totals?\b/i;
const MAX_ITEMS = 12;
const MAX_TITLE_CHARS = 160;

/** The schema term a header or label word names, from its last word ("Expected results" → result). */
function columnTerm(text: string): string | undefined {
  const words = text.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').trim().split(/\s+/);
  if (words.length === 0 || words.length > 4) return undefined;
  const last = words[words.length - 1]!;
  const singular = last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.endsWith('ches') ? last.slice(0, -2) : last.replace(/s$/, '');
  return COLUMN_WORDS.get(singular);
}

/** The sentence a view offset falls in (the last one starting at or before it). */
function sentenceAt(input: PillarInput, offset: number): number {
  let lo = 0;
  let hi = input.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (input.sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface Reading { term: string; column: number; rows: TableRow[]; labelled: boolean }

/** How the table's rows read as a set: by its header, by row labels, or (undefined) not at all. */
function readingOf(table: Table): Reading | undefined {
  let header = table.header;
  let rows = table.rows;
  if (!header && columnTerm(rows[0]!.cells[0]!.text)) [header, rows] = [rows[0], rows.slice(1)];
  rows = rows.filter((r) => r.cells.some((c) => c.text !== '') && !r.cells.some((c) => TOTAL.test(c.text)));
  const numbered = rows.every((r) => NUMBER_CELL.test(r.cells[0]!.text)) && rows.every((r) => (r.cells[1]?.text ?? '') !== '');
  const column = numbered ? 1 : 0;
  const labels = rows.map((r) => ROW_LABEL.exec(r.cells[column]!.text));
  const labelWord = labels[0]?.[1]?.toLowerCase();
  if (labelWord && labels.every((m) => m && m[1]!.toLowerCase() === labelWord) && COLUMN_WORDS.has(labelWord)) {
    return { term: COLUMN_WORDS.get(labelWord)!, column, rows, labelled: true };
  }
  const named = header ? columnTerm(header.cells[column]?.text ?? '') : undefined;
  return named ? { term: named, column, rows, labelled: false } : { term: '', column, rows, labelled: false };
}

/** One row as an item: its title cell (or, after a row label, the label's text or the next cell) and the row's cells as text. */
function rowItem(row: TableRow, reading: Reading): PillarItem | undefined {
  const cells = row.cells.filter((c, i) => i >= reading.column && c.text !== '');
  const first = cells[0];
  if (!first || TOTAL.test(first.text) || !/\p{L}/u.test(first.text)) return undefined;
  let title = first.text;
  let rest = cells.slice(1);
  if (reading.labelled) {
    const own = ROW_LABEL.exec(first.text)![2]!.trim();
    if (own !== '') title = own;
    else if (rest[0]) [title, rest] = [rest[0].text, rest.slice(1)];
  }
  const text = [title, ...rest.map((c) => c.text)].join(' \u2013 ');
  return { title: titleOf(title.slice(0, MAX_TITLE_CHARS)), text, start: first.start, end: cells[cells.length - 1]!.end };
}

export function tableRows(input: PillarInput, push: Push): void {
  if (!input.view.includes('|') && !input.view.includes('   ')) return;
  for (const table of findTables(input.view)) {
    const reading = readingOf(table);
    if (!reading || reading.rows.length < 2 || reading.rows.length > MAX_ITEMS) continue;
    const first = sentenceAt(input, table.start);
    // the lead-in: the sentence just before the table
    const introSentence = first > 0 && input.sentences[first]!.start >= table.start ? first - 1 : undefined;
    const tokens = introSentence === undefined ? undefined : input.tokens[introSentence]!;
    const lead = tokens ? leadInSet(tokens, 0, /:\s*$/.test(input.sentences[introSentence!]!.text) ? tokens.length - 1 : tokens.length) : undefined;
    const leadNames = lead?.known === true;
    if (reading.term === '' && !leadNames) continue;
    const items = reading.rows.map((r) => rowItem(r, reading)).filter((x): x is PillarItem => x !== undefined);
    if (items.length < 2 || !looksLikeParts(items)) continue;
    const count = lead?.count === items.length ? lead.count : undefined;
    const at = leadNames ? introSentence! : first;
    const sentences: number[] = [];
    for (let s = first; s < input.sentences.length && input.sentences[s]!.start < table.end; s++) sentences.push(s);
    push(makeSet(input.link(at, leadNames ? lead!.tok : 0), leadNames ? lead!.term : reading.term, items, at, count), sentences);
  }
}
