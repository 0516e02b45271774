/**
 * Tables in the analysis view: Markdown/GFM rows written with pipes (`| Survey | Teams … |`,
 * with or without the `| --- |` line under a header), and the flattened tables of converted
 * PDFs, whose cells stand apart by runs of three or more spaces on two or more lines with the
 * same number of cells. Only the cells' view offsets are kept; readers decide what a table is.
 */

export interface TableCell {
  start: number;
  end: number;
  text: string;
}

export interface TableRow {
  start: number;
  end: number;
  cells: TableCell[];
}

export interface Table {
  start: number;
  end: number;
  /** The first row when a `| --- |` line follows it. */
  header?: TableRow;
  rows: TableRow[];
}

const SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const SPACED_GAP = / {3,}/g;
const MAX_CELLS = 12;
const MIN_ROWS = 2;

type RowKind = 'pipe' | 'spaced';

function cellsOf(view: string, start: number, end: number, kind: RowKind): TableCell[] {
  const cells: TableCell[] = [];
  const push = (s: number, e: number): void => {
    let a = s;
    let z = e;
    while (a < z && /\s/.test(view[a]!)) a++;
    while (z > a && /\s/.test(view[z - 1]!)) z--;
    cells.push({ start: a, end: z, text: view.slice(a, z) });
  };
  if (kind === 'pipe') {
    let s = start;
    while (s < end && view[s] === ' ') s++;
    if (view[s] === '|') s++;
    let e = end;
    while (e > s && view[e - 1] === ' ') e--;
    if (view[e - 1] === '|') e--;
    let from = s;
    for (let i = s; i <= e; i++) {
      if (i === e || view[i] === '|') {
        push(from, i);
        from = i + 1;
      }
    }
  } else {
    const line = view.slice(start, end);
    const lead = line.length - line.trimStart().length;
    let from = start + lead;
    SPACED_GAP.lastIndex = lead;
    for (let m = SPACED_GAP.exec(line); m; m = SPACED_GAP.exec(line)) {
      if (start + m.index > from) push(from, start + m.index);
      from = start + m.index + m[0].length;
    }
    if (from < end) push(from, end);
  }
  return cells;
}

function rowKind(line: string): RowKind | undefined {
  const t = line.trim();
  if (t.length < 3) return undefined;
  if (t.includes('|') && (t.startsWith('|') || t.split('|').length >= 3)) return 'pipe';
  SPACED_GAP.lastIndex = 0;
  return SPACED_GAP.test(t) ? 'spaced' : undefined;
}

/** Every table of the view, in order. */
export function findTables(view: string): Table[] {
  const tables: Table[] = [];
  let current: { kind: RowKind; rows: TableRow[]; header?: TableRow; width: number } | undefined;
  const close = (): void => {
    if (current && current.rows.length >= MIN_ROWS) {
      const first = current.header ?? current.rows[0]!;
      const last = current.rows[current.rows.length - 1]!;
      const table: Table = { start: first.start, end: last.end, rows: current.rows };
      if (current.header) table.header = current.header;
      tables.push(table);
    }
    current = undefined;
  };
  let pos = 0;
  while (pos < view.length) {
    let nl = view.indexOf('\n', pos);
    if (nl < 0) nl = view.length;
    const line = view.slice(pos, nl);
    if (current?.kind === 'pipe' && SEPARATOR.test(line) && current.rows.length === 1 && !current.header) {
      current.header = current.rows.pop();
    } else {
      const kind = rowKind(line);
      const cells = kind ? cellsOf(view, pos, nl, kind) : [];
      const width = cells.filter((c) => c.text !== '').length;
      const fits = kind !== undefined && width >= 2 && cells.length <= MAX_CELLS;
      if (!fits) close();
      else {
        // a flattened table keeps its number of cells from row to row
        if (current && (current.kind !== kind || (kind === 'spaced' && cells.length !== current.width))) close();
        current ??= { kind: kind!, rows: [], width: cells.length };
        current.rows.push({ start: cells[0]!.start, end: cells[cells.length - 1]!.end, cells });
      }
    }
    pos = nl + 1;
  }
  close();
  return tables;
}
