/**
 * Escaping for the bundle's Markdown serialiser: text, inline code and link destinations.
 * Text is escaped with backslashes before ASCII punctuation (always allowed by CommonMark)
 * only where the character could start markup in its position, and with numeric
 * character references where a backslash cannot help (line breaks, edge whitespace).
 */

/** How micromark classes a character next to an emphasis marker. */
export const WHITESPACE = 1;
export const PUNCTUATION = 2;
export const OTHER = 0;
export type CharClass = typeof WHITESPACE | typeof PUNCTUATION | typeof OTHER;

/** No character: the start or the end of a line. */
export const LINE_EDGE = -1;

const PUNCTUATION_RE = /[\p{P}\p{S}]/u;
const WHITESPACE_RE = /\s/;

/** The class of one UTF-16 unit, exactly as micromark does it (a lone surrogate half is `OTHER`). */
export function classify(code: number): CharClass {
  if (code < 0) return WHITESPACE;
  const ch = String.fromCharCode(code);
  if (WHITESPACE_RE.test(ch)) return WHITESPACE;
  return PUNCTUATION_RE.test(ch) ? PUNCTUATION : OTHER;
}

/**
 * Whether a numeric character reference reads back as this code point: CommonMark turns
 * references to most control characters, surrogates and non-characters into U+FFFD.
 */
export function referenceable(codePoint: number): boolean {
  const c = codePoint;
  if (c < 9 || c === 11 || (c > 13 && c < 32) || (c > 126 && c < 160)) return false;
  if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) === 0xfffe) return false;
  return c <= 0x10ffff;
}

export function charRef(codePoint: number): string {
  return `&#x${codePoint.toString(16).toUpperCase()};`;
}

/** `&` that a reader could take for the start of a character reference (`&amp;`, `&#1;`). */
const REFERENCE_START = /&(?:#|[A-Za-z0-9]+;)/y;

function startsReference(value: string, at: number): boolean {
  REFERENCE_START.lastIndex = at;
  return REFERENCE_START.test(value);
}

/** Escaped wherever they appear in text: they open or close inline markup anywhere in a line. */
const ALWAYS = new Uint8Array(128);
for (const ch of '\\`*_[<|~') ALWAYS[ch.charCodeAt(0)] = 1;

const isWord = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAlphanumeric = (c: number): boolean => c !== 0x5f && isWord(c);

/**
 * A `_` between two ASCII letters or digits (`snake_case`, `000_f3ed`) can neither open nor close
 * emphasis. Only inside the text, never next to its first or last character, which may later be
 * written as a character reference (punctuation) to make a neighbouring marker work.
 */
function inertUnderscore(value: string, i: number): boolean {
  return i >= 2 && i <= value.length - 3 && isAlphanumeric(value.charCodeAt(i - 1)) && isAlphanumeric(value.charCodeAt(i + 1));
}
const isSpaceOrTab = (c: number): boolean => c === 0x20 || c === 0x09;

/** Which whitespace at an edge of the text must be written as a character reference. */
export const EDGE_NONE = 0;
/** Start or end of a block or table cell: a parser strips spaces and tabs there. */
export const EDGE_BLOCK = 1;
/** Just inside an emphasis marker: any whitespace there stops the marker from opening or closing. */
export const EDGE_ATTENTION = 2;
export type Edge = typeof EDGE_NONE | typeof EDGE_BLOCK | typeof EDGE_ATTENTION;

export interface TextContext {
  /** Character code just before the text in the output, or `LINE_EDGE`. */
  prev: number;
  /** Character code just after the text in the output, or `LINE_EDGE`. */
  next: number;
  startEdge: Edge;
  endEdge: Edge;
  /** The text opens a block (paragraph, heading, list item): `#`, `>`, `-`, `1.` could start a construct. */
  blockStart: boolean;
  /** The text ends an ATX heading: a trailing `#` run after a space would be its closing sequence. */
  headingEnd: boolean;
  /** The text is a link's text, which a `]` would end. */
  inLink: boolean;
}

/** Whitespace at an edge to write as a reference (one that cannot be, `\v`, is left for the caller to find). */
function edgeWhitespace(code: number, edge: Edge): boolean {
  if (edge === EDGE_BLOCK) return isSpaceOrTab(code);
  if (edge === EDGE_ATTENTION) return classify(code) === WHITESPACE && referenceable(code);
  return false;
}

/** Where the `.` or `)` of a `1.` / `1)` ordered-list marker at the start of `value` is, or -1. */
function orderedMarkerEnd(value: string): number {
  let i = 0;
  while (i < value.length && isDigit(value.charCodeAt(i))) i++;
  if (i === 0 || i >= value.length) return -1;
  const c = value.charCodeAt(i);
  return c === 0x2e || c === 0x29 ? i : -1;
}

const isWww = (value: string, at: number): boolean =>
  at >= 3 && (value.charCodeAt(at - 3) | 0x20) === 0x77 && (value.charCodeAt(at - 2) | 0x20) === 0x77 && (value.charCodeAt(at - 1) | 0x20) === 0x77;

/** The replacement for a character of `INLINE` at `i` that is not in `ALWAYS`, or undefined to keep it. */
function escapeInline(value: string, i: number, c: number, ctx: TextContext): string | undefined {
  switch (c) {
    case 0x0a:
      return '&#xA;';
    case 0x0d:
      return '&#xD;';
    case 0x26: // & before a name or number and `;` would be decoded
      return startsReference(value, i) ? '\\&' : undefined;
    case 0x3a: {
      // `http:/` opens a GFM autolink literal
      const before = i > 0 ? value.charCodeAt(i - 1) | 0x20 : 0;
      return (before === 0x70 || before === 0x73) && value.charCodeAt(i + 1) === 0x2f ? '\\:' : undefined;
    }
    case 0x5d: // `]` ends a link's text (elsewhere no `[` is left unescaped for it to close)
      return ctx.inLink ? '\\]' : undefined;
    case 0x2e: // `www.` opens a GFM autolink literal, whose link text would keep the escapes after it
      return isWww(value, i) ? '\\.' : undefined;
    case 0x40: {
      // `a@b.c` is a GFM email autolink literal
      const before = i > 0 ? value.charCodeAt(i - 1) : ctx.prev;
      const after = i + 1 < value.length ? value.charCodeAt(i + 1) : ctx.next;
      return (isWord(before) || before === 0x2b || before === 0x2d || before === 0x2e) && (isWord(after) || after === 0x2d || after === 0x2e) ? '\\@' : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Where a character must be escaped because of where it stands, in increasing order: first
 * (`#`, `>`, `-`, `+` or `1.` opening a block; `(` or `:` after a footnote call `[^1]`, which
 * would make a link or a definition), a heading's closing `#` run, last (`!` before a link
 * or footnote call, which would make an image).
 */
function positionalEscapes(value: string, ctx: TextContext): number[] {
  const n = value.length;
  const at: number[] = [];
  const code = (i: number): number => (i < n ? value.charCodeAt(i) : ctx.next);
  const spaceOrEnd = (c: number): boolean => c === LINE_EDGE || isSpaceOrTab(c);
  const c0 = value.charCodeAt(0);
  if (ctx.prev === 0x5d && (c0 === 0x28 || c0 === 0x3a)) at.push(0);
  else if (ctx.blockStart) {
    if (c0 === 0x3e || (c0 === 0x2d && (spaceOrEnd(code(1)) || code(1) === 0x2d)) || (c0 === 0x2b && spaceOrEnd(code(1)))) at.push(0);
    else if (c0 === 0x23) {
      let end = 1;
      while (end < n && value.charCodeAt(end) === 0x23) end++;
      if (end <= 6 && spaceOrEnd(code(end))) at.push(0);
    } else {
      const marker = orderedMarkerEnd(value);
      if (marker > 0 && spaceOrEnd(code(marker + 1))) at.push(marker);
    }
  }
  if (ctx.headingEnd && value.charCodeAt(n - 1) === 0x23) {
    let start = n - 1;
    while (start > 0 && value.charCodeAt(start - 1) === 0x23) start--;
    if ((start === 0 ? ctx.blockStart : isSpaceOrTab(value.charCodeAt(start - 1))) && at[at.length - 1] !== start) at.push(start);
  }
  if (value.charCodeAt(n - 1) === 0x21 && ctx.next === 0x5b) at.push(n - 1);
  return at;
}

/** Characters escaped wherever they stand (`ALWAYS`) or depending on their neighbours (`escapeInline`). */
const INLINE = /[\\`*_[\]<|~&:.@\n\r]/g;

/** Characters that may be escaped wherever they stand (`:` and `.` only in `http:/` and `www.`). */
const MAY_ESCAPE = /[\\`*_[\]<|~&\n\r@]/;
const WWW_DOT = /w\./i;

/** Whether `ALWAYS` or `escapeInline` could change anything in the text: most text has none of these. */
const mayEscape = (value: string): boolean => MAY_ESCAPE.test(value) || value.includes(':/') || WWW_DOT.test(value);

/** Text from any document as Markdown that reads back as exactly that text. */
export function escapeText(value: string, ctx: TextContext): string {
  const n = value.length;
  if (n === 0) return value;
  const last = n - 1;
  const startRef = edgeWhitespace(value.charCodeAt(0), ctx.startEdge);
  const endRef = !(last === 0 && startRef) && edgeWhitespace(value.charCodeAt(last), ctx.endEdge);
  const positions = positionalEscapes(value, ctx);
  if (!startRef && !endRef && positions.length === 0 && !mayEscape(value)) return value;
  let out = startRef ? charRef(value.charCodeAt(0)) : '';
  let copied = startRef ? 1 : 0;
  let k = 0;
  const backslash = (i: number): void => {
    out += `${value.slice(copied, i)}\\${value[i]}`;
    copied = i + 1;
  };
  INLINE.lastIndex = copied;
  for (let m = INLINE.exec(value); m !== null; m = INLINE.exec(value)) {
    const i = m.index;
    if (i === last && endRef) break;
    while (k < positions.length && positions[k]! < i) backslash(positions[k++]!);
    if (positions[k] === i) {
      backslash(positions[k++]!);
      continue;
    }
    const c = value.charCodeAt(i);
    let rep: string | undefined;
    if (ALWAYS[c] === 1) rep = c === 0x5f && inertUnderscore(value, i) ? undefined : `\\${m[0]}`;
    else rep = escapeInline(value, i, c, ctx);
    if (rep === undefined) continue;
    out += value.slice(copied, i) + rep;
    copied = i + 1;
  }
  const end = endRef ? last : n;
  while (k < positions.length && positions[k]! < end) {
    const i = positions[k++]!;
    if (i >= copied) backslash(i);
  }
  if (endRef) return out + value.slice(copied, last) + charRef(value.charCodeAt(last));
  return copied === 0 ? value : out + value.slice(copied);
}

/** `s` with the code point it starts with as a character reference; undefined when a reference cannot stand for it. */
export function encodeFirstChar(s: string): string | undefined {
  const cp = s.codePointAt(0)!;
  return referenceable(cp) ? charRef(cp) + s.slice(cp > 0xffff ? 2 : 1) : undefined;
}

/** `s` with the code point it ends with as a character reference; undefined when a reference cannot stand for it. */
export function encodeLastChar(s: string): string | undefined {
  const last = s.charCodeAt(s.length - 1);
  const pair = s.length > 1 && last >= 0xdc00 && last <= 0xdfff && s.charCodeAt(s.length - 2) >= 0xd800 && s.charCodeAt(s.length - 2) <= 0xdbff;
  const start = s.length - (pair ? 2 : 1);
  const cp = s.codePointAt(start)!;
  return referenceable(cp) ? s.slice(0, start) + charRef(cp) : undefined;
}

/**
 * An inline code span. Line endings become spaces (as a reader turns them anyway); the fence
 * is the shortest backtick run that does not occur in the code; one space of padding each side
 * when the code starts or ends with a backtick, or with a space at both ends. In a table cell
 * a pipe is escaped (a parser drops that backslash, also in code) unless an odd run of
 * backslashes already precedes it, as remark does: such code cannot keep its backslash.
 */
export function inlineCodeSpan(raw: string, inTable: boolean): string {
  let value = raw.replace(/\r\n|\r|\n/g, ' ');
  const runs = new Set<number>();
  for (const m of value.matchAll(/`+/g)) runs.add(m[0].length);
  let size = 1;
  while (runs.has(size)) size++;
  const fence = '`'.repeat(size);
  if (/[^ ]/.test(value) && (value.startsWith('`') || value.endsWith('`') || (value.startsWith(' ') && value.endsWith(' ')))) value = ` ${value} `;
  if (inTable && value.includes('|')) {
    value = value.replace(/(\\*)\|/g, (_, slashes: string) => (slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`));
  }
  return fence + value + fence;
}

/**
 * A link destination: bare when it has no space or control character (parentheses, `<`, `>`
 * and backslashes escaped), else in `<…>` with `<`, `>` and backslashes escaped and line
 * endings as character references. In a table cell a pipe is escaped too.
 */
export function linkDestination(url: string, inTable: boolean): string {
  const pointy = url === '' || /[\u0000-\u0020\u007f]/.test(url);
  let out = '';
  let copied = 0;
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    let rep: string | undefined;
    if (c === 0x5c || c === 0x3c || c === 0x3e || (!pointy && (c === 0x28 || c === 0x29)) || (inTable && c === 0x7c)) rep = `\\${url[i]}`;
    else if (c === 0x26 && startsReference(url, i)) rep = '\\&';
    else if (c === 0x0a) rep = '&#xA;';
    else if (c === 0x0d) rep = '&#xD;';
    if (rep === undefined) continue;
    out += url.slice(copied, i) + rep;
    copied = i + 1;
  }
  const body = copied === 0 ? url : out + url.slice(copied);
  return pointy ? `<${body}>` : body;
}
