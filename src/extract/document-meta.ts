/**
 * Reading a source document's text into engine input: optional YAML front matter
 * between leading `---` lines (title, date), else the title from a headline-like first
 * line and the date from a date the text states near its top. Pure; never throws.
 */
import { parse } from 'yaml';
import type { DocumentInput } from './analysis.js';
import { MONTHS } from './lexicon/numbers.js';
import { isAddressLine } from './text/web-address.js';
import { isBreadcrumbLine } from './text/breadcrumb.js';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const DATE_PATTERNS: RegExp[] = [
  /\b(\d{4})-(\d{2})-(\d{2})\b/,
  /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b/,
  /\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/,
  /\b([A-Z][a-z]{2,8})\s+(\d{4})\b/,
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The first date stated in `text` as `YYYY-MM-DD` (or `YYYY-MM`), if any. */
export function dateInText(text: string): string | undefined {
  const plain = text.replace(/<[^<>]{0,200}>/g, '').replace(/[*_]/g, '');
  let best: { at: number; date: string } | undefined;
  const consider = (at: number, date: string): void => {
    if (!best || at < best.at) best = { at, date };
  };
  const iso = DATE_PATTERNS[0]!.exec(plain);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (validDay(y, m, d)) consider(iso.index, `${iso[1]}-${iso[2]}-${iso[3]}`);
  }
  const dmy = DATE_PATTERNS[1]!.exec(plain);
  if (dmy) {
    const month = MONTHS.get(dmy[2]!.toLowerCase());
    const [y, d] = [Number(dmy[3]), Number(dmy[1])];
    if (month && validDay(y, month, d)) consider(dmy.index, `${y}-${pad(month)}-${pad(d)}`);
  }
  const mdy = DATE_PATTERNS[2]!.exec(plain);
  if (mdy) {
    const month = MONTHS.get(mdy[1]!.toLowerCase());
    const [y, d] = [Number(mdy[3]), Number(mdy[2])];
    if (month && validDay(y, month, d)) consider(mdy.index, `${y}-${pad(month)}-${pad(d)}`);
  }
  if (!best) {
    const my = DATE_PATTERNS[3]!.exec(plain);
    if (my) {
      const month = MONTHS.get(my[1]!.toLowerCase());
      if (month && my[1]!.length > 3) consider(my.index, `${my[2]}-${pad(month)}`);
    }
  }
  return best?.date;
}

function looksLikeHeadline(line: string): boolean {
  if (isAddressLine(line) || isBreadcrumbLine(line)) return false;
  if (line.length < 3 || line.length > 200) return false;
  if (!/\p{L}{2}/u.test(line)) return false;
  if (/[.;,]$/.test(line)) return false;
  return !isDateLine(line);
}

/** A line holding only a date or time: "12 September 2018", "18.03.2016", "March 5, 2024". */
export function isDateLine(line: string): boolean {
  return /^[\d\s:./-]*(?:[A-Z][a-z]{2,8}\.?)?[\d\s:,./-]*$/.test(line.trim());
}

/** Title and date of a body without front matter: the first headline-like line, a date near the top. */
export function inferTitleAndDate(body: string): { title?: string; date?: string } {
  const out: { title?: string; date?: string } = {};
  const lines = body.split(/\r?\n/).map((l) => l.replace(/<[^<>]{0,200}>/g, '').replace(/^[#>*\s]+|[*\s]+$/g, ''));
  let seen = 0;
  for (const line of lines) {
    if (line === '') continue;
    if (++seen > 3) break;
    if (looksLikeHeadline(line)) {
      out.title = line;
      break;
    }
  }
  const date = dateInText(body.slice(0, 600));
  if (date) out.date = date;
  return out;
}

/**
 * A saved page whose first line is its web address: that line is the document's url (when
 * none is declared), never its title; the title is then the headline after it.
 */
export function withSourceAddress(doc: DocumentInput): void {
  const first = /^\s*(\S+)[ \t]*(?:\r?\n|$)/.exec(doc.text.slice(doc.bodyOffset));
  if (!first || !isAddressLine(first[1]!)) return;
  if (doc.url === undefined) doc.url = first[1]!.replace(/^<|>$/g, '');
  if (doc.title === undefined || doc.title.trim() === first[1]) {
    const title = inferTitleAndDate(doc.text.slice(doc.bodyOffset + first[0].length)).title;
    if (title) doc.title = title;
    else delete doc.title;
  }
}

/** A line near the top naming who published the page: "From: Global Affairs Canada", "Published by the Ministry …". */
const PUBLISHER_LINE = /^(?:(?:from|source|publisher)\s*:|(?:published|issued|released)\s+by\s*:?)\s*(\p{Lu}.{1,80})$/iu;
const PUBLISHER_LINES = 8;

/** The publisher a page names in a line near its top, when none is declared (the dollar of its country reads it). */
export function withPublisherLine(doc: DocumentInput): void {
  if (doc.publisher !== undefined) return;
  const lines = doc.text.slice(doc.bodyOffset, doc.bodyOffset + 2000).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  for (const line of lines.slice(0, PUBLISHER_LINES)) {
    const m = PUBLISHER_LINE.exec(line);
    if (m && !isAddressLine(m[1]!)) {
      doc.publisher = m[1]!.trim();
      return;
    }
  }
}

/** A source file's text as engine input: id, whole text, body offset, title and date. */
export function readSourceDocument(id: string, raw: string): DocumentInput {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const doc: DocumentInput = { id, text, bodyOffset: 0 };
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    doc.bodyOffset = fm[0].length;
    let meta: unknown;
    try {
      meta = parse(fm[1]!);
    } catch {
      meta = undefined;
    }
    if (meta && typeof meta === 'object') {
      const m = meta as Record<string, unknown>;
      if (typeof m.title === 'string' && m.title.trim() !== '') doc.title = m.title.trim();
      if (typeof m.publisher === 'string') doc.publisher = m.publisher;
      const url = typeof m.url === 'string' ? m.url : typeof m.source === 'string' && /^https?:/i.test(m.source) ? m.source : undefined;
      if (url) doc.url = url;
      const date = typeof m.date === 'string' ? m.date : typeof m.date === 'number' ? String(m.date) : undefined;
      if (date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) doc.date = date;
    }
  }
  withSourceAddress(doc);
  withPublisherLine(doc);
  if (doc.title === undefined || doc.date === undefined) {
    const inferred = inferTitleAndDate(text.slice(doc.bodyOffset));
    if (doc.title === undefined && inferred.title) doc.title = inferred.title;
    if (doc.date === undefined && inferred.date) doc.date = inferred.date;
  }
  return doc;
}
