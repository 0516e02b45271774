/**
 * Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as a reader writes them and as
 * CSL-JSON date parts.
 */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `[2024, 7, 6]`, `[2024, 7]` or `[2024]`; undefined when the text is not a partial date. */
export function dateParts(date: string): number[] | undefined {
  const m = PARTIAL_DATE.exec(date);
  if (!m) return undefined;
  const parts = [Number(m[1])];
  if (m[2] !== undefined) parts.push(Number(m[2]));
  if (m[3] !== undefined) parts.push(Number(m[3]));
  if (parts[1] !== undefined && (parts[1] < 1 || parts[1] > 12)) return undefined;
  return parts;
}

/** `6 July 2024`, `July 2024` or `2024`; any other text is returned as it is. */
export function formatDate(date: string): string {
  const parts = dateParts(date);
  if (!parts) return date;
  const [year, month, day] = parts;
  const monthName = month === undefined ? undefined : MONTHS[month - 1];
  if (monthName === undefined) return String(year);
  if (day === undefined) return `${monthName} ${year}`;
  return `${day} ${monthName} ${year}`;
}
