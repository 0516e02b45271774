/**
 * Title and date taken from a document's own text, for documents without front matter.
 * Pure functions over the body text.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th|<sup>(?:st|nd|rd|th)</sup>)?';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, 'i');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** A line holding only a web address, maybe after "Source:" or "URL:": a saved page's source, not its headline. */
const ADDRESS_LINE = /^(?:(?:source|url|link|from)\s*:\s*)?<?(?:https?:\/\/|www\.)\S+>?$/i;

/** How many of the first lines may hold the dateline. */
const HEADER_LINES = 12;

export function inferDate(body: string): string | undefined {
  const head = firstLines(body, HEADER_LINES).join('\n');
  const candidates: { at: number; iso: string }[] = [];
  const iso = ISO_DATE.exec(head);
  if (iso) candidates.push({ at: iso.index, iso: `${iso[1]}-${iso[2]}-${iso[3]}` });
  const dmy = DAY_MONTH_YEAR.exec(head);
  if (dmy) candidates.push({ at: dmy.index, iso: toIso(dmy[3]!, dmy[2]!, dmy[1]!) });
  const mdy = MONTH_DAY_YEAR.exec(head);
  if (mdy) candidates.push({ at: mdy.index, iso: toIso(mdy[3]!, mdy[1]!, mdy[2]!) });
  candidates.sort((a, b) => a.at - b.at);
  return candidates.find((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.iso))?.iso;
}

/**
 * The headline: the first short line that is not a dateline, a time or a sentence
 * that runs on (body prose ends in a full stop; headlines rarely do).
 */
export function inferTitle(body: string): string | undefined {
  for (const raw of firstLines(body, HEADER_LINES)) {
    const line = stripMarkup(raw);
    if (line === '') continue;
    if (isDateline(line) || ADDRESS_LINE.test(line)) continue;
    if (line.length > 160 || /[.;,]$/.test(line) || /^[-*•]/.test(raw.trim())) return undefined;
    return line;
  }
  return undefined;
}

function isDateline(line: string): boolean {
  const rest = line
    .replace(DAY_MONTH_YEAR, '')
    .replace(MONTH_DAY_YEAR, '')
    .replace(ISO_DATE, '')
    .replace(/\b\d{1,2}:\d{2}\b/, '')
    .trim();
  return rest.length < line.length && rest.replace(/[\s,|·–-]/g, '').length === 0;
}

function stripMarkup(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*|__|<\/?[a-z]+>/gi, '')
    .trim();
}

function firstLines(body: string, n: number): string[] {
  return body.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, n);
}

function toIso(year: string, month: string, day: string): string {
  const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  return `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}
