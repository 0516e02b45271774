/**
 * Upper-case list markers: letters "A.", "B)", "(C)" and Roman numerals "II.", "(iv)" written
 * "IV)". A line opening with one is a list item only when the list goes on: a line of the
 * same style with the next label stands within a few lines after it (or the previous label
 * before it). Alone, "A. Smith said" or "I. Introduction" stays what it was.
 */

export const UPPER_MARKER = /^( {0,12})(\(?(?:[A-H]|[IVX]{1,5})[.)]|\((?:[A-H]|[IVX]{1,5})\))[ \t]+(?=\S)/;
const ROMAN: ReadonlyMap<string, number> = new Map([
  ['I', 1], ['II', 2], ['III', 3], ['IV', 4], ['V', 5], ['VI', 6], ['VII', 7], ['VIII', 8], ['IX', 9], ['X', 10], ['XI', 11], ['XII', 12],
]);
/** Lines between two items of one list (an item's own paragraphs). */
const REACH = 24;

/** The position and style of an upper-case marker: "B)" → 2 LETTER), "III." → 3 ROMAN. ("I" is Roman: a list of letters reaching "I" is rare.) */
export function upperMarkerOrder(marker: string): { order: number; style: string } | undefined {
  const m = /^(\()?([A-H]|[IVX]{1,5})([.)])$/.exec(marker);
  if (!m) return undefined;
  const label = m[2]!;
  const style = `${m[1] ?? ''}${m[3]}`;
  const roman = ROMAN.get(label);
  if (roman !== undefined && label !== 'V' && label !== 'X') return { order: roman, style: `ROMAN${style}` };
  if (/^[A-H]$/.test(label)) return { order: label.charCodeAt(0) - 64, style: `LETTER${style}` };
  return undefined;
}

/** The line numbers (of the candidate lines given, in order) whose upper-case marker opens a list item. */
export function sequencedUpperMarkers(lines: readonly { line: number; text: string }[]): Set<number> {
  const marks: { line: number; order: number; style: string; indent: number }[] = [];
  lines.forEach(({ line, text }) => {
    const m = UPPER_MARKER.exec(text);
    const mark = m ? upperMarkerOrder(m[2]!) : undefined;
    if (m && mark) marks.push({ line, ...mark, indent: m[1]!.length });
  });
  const out = new Set<number>();
  for (let i = 0; i < marks.length; i++) {
    const a = marks[i]!;
    for (let j = i + 1; j < marks.length && marks[j]!.line - a.line <= REACH; j++) {
      const b = marks[j]!;
      if (b.style === a.style && b.indent === a.indent && b.order === a.order + 1) {
        out.add(a.line);
        out.add(b.line);
        break;
      }
    }
  }
  return out;
}

/** The paragraph lines (of all the lines of a view) that are upper-case-marked items, with their content start and marker. */
export function upperItems(text: string, lines: readonly { kind: string; start: number; end: number }[]): { line: number; contentStart: number; marker: string; indent: number }[] {
  const candidates: { line: number; text: string }[] = [];
  lines.forEach((line, i) => {
    if (line.kind === 'para' && UPPER_MARKER.test(text.slice(line.start, Math.min(line.end, line.start + 24)))) candidates.push({ line: i, text: text.slice(line.start, line.end) });
  });
  if (candidates.length < 2) return [];
  return [...sequencedUpperMarkers(candidates)].map((i) => {
    const line = lines[i]!;
    const m = UPPER_MARKER.exec(text.slice(line.start, line.end))!;
    return { line: i, contentStart: line.start + m[0].length, marker: m[2]!, indent: m[1]!.length };
  });
}
