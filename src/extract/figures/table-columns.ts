/**
 * What a table's column header says of the values under it: "| Province | Area cleared (m²) |"
 * over "| Kandal | 120,000 |" makes 120,000 an area in m² of "area cleared". The unit in the
 * header's brackets is the unit of a bare value; the header names the measure when the row
 * label is a name (a place, a donor) rather than what is counted.
 */
import type { Table } from '../text/layout/tables.js';
import { tokenize } from '../text/tokens.js';
import { unitAt } from './units.js';

export interface ColumnHeader {
  /** The header's words without its bracketed unit, lower case ("area cleared"). */
  measure: string;
  unit?: string;
  /** The row's label is a name ("Kandal", "Japan"), so the header says what is counted. */
  rowIsName?: boolean;
}

/** Headers that say nothing of what is counted. */
const GENERIC = /^(?:value|values|number|no\.?|#|total|totals|amount|figure|figures|data|result|results|target|targets|achieved|actual|baseline|status|\d{4})$/i;

/** One to four capitalised words: a place's or a donor's name. */
const NAME = /^\p{Lu}[\p{L}'\-.]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}'\-.]*){0,3}$/u;

function headerOf(text: string): ColumnHeader | undefined {
  const bracket = /\(([^()]{1,20})\)\s*$/.exec(text);
  const words = (bracket ? text.slice(0, bracket.index) : text).replace(/\s+/g, ' ').trim();
  let unit: string | undefined;
  if (bracket) {
    const tokens = tokenize(bracket[1]!.trim(), 0);
    const u = unitAt(tokens, 0);
    if (u && u.end === tokens.length) unit = u.unit;
  }
  const measure = /^[\p{L}][\p{L}' \-/&,]{1,60}$/u.test(words) && !GENERIC.test(words) ? words.toLowerCase() : undefined;
  if (!measure && !unit) return undefined;
  return { measure: measure ?? '', ...(unit ? { unit } : {}) };
}

/** The header of the column whose cell holds view offset `at`, if `at` is in a headed table's body. */
export function columnHeaderAt(tables: readonly Table[], at: number): ColumnHeader | undefined {
  for (const table of tables) {
    if (at < table.start || at > table.end) continue;
    const header = table.header;
    if (!header) return undefined;
    for (const row of table.rows) {
      if (at < row.start || at > row.end) continue;
      const c = row.cells.findIndex((cell) => at >= cell.start && at <= cell.end);
      const cell = c > 0 ? header.cells[c] : undefined;
      const found = cell ? headerOf(cell.text) : undefined;
      if (found && NAME.test(row.cells[0]!.text.trim())) found.rowIsName = true;
      return found;
    }
    return undefined;
  }
  return undefined;
}
