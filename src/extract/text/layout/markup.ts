/**
 * The analysis view of a document: its body with Markdown and HTML markup removed and
 * typographic variants folded, plus a map from every character of the view back to its
 * offset in the original text. Quotes are always cut from the original through this map,
 * so they stay verbatim whatever the view dropped.
 */

export interface CleanText {
  /** The view analysed by every later stage. */
  text: string;
  /** `map[i]` is the offset in `original` of view character `i`. */
  map: Uint32Array;
  /** `mapEnd[i]` is the offset in `original` just past the source of view character `i`. */
  mapEnd: Uint32Array;
  original: string;
}

const UTF16 = new TextDecoder('utf-16le');
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,300})?\/?>/y;
const ENTITY = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/y;
/** A web address: not prose, so the view holds one space in its place ("www.npaid.org", "https://…/News/Details/4426"). */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"[\]]*[^\s<>".,;:!?)'[\]]/g;
const BLOCK_TAGS = /^<\/?(br|p|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|hr|section|article|header|footer)\b/i;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', nbsp: ' ', quot: '"', apos: "'", lt: '<', gt: '>', rsquo: "'", lsquo: "'", ldquo: '\u201C',
  rdquo: '\u201D', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', euro: '\u20AC', pound: '\u00A3',
  yen: '\u00A5', sup2: '\u00B2', deg: '\u00B0', shy: '',
};

/** Single characters folded to one other character (or dropped when mapped to ''). */
function fold(code: number): string | undefined {
  switch (code) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: return "'";
    case 0x201e: case 0x00ab: return '\u201C';
    case 0x201f: case 0x00bb: return '\u201D';
    case 0x2033: return '"';
    case 0x2010: case 0x2011: case 0x2212: return '-';
    case 0x2012: return '\u2013';
    case 0x2015: return '\u2014';
    case 0x00a0: case 0x202f: case 0x205f: case 0x3000: case 0x0009: case 0x000b: case 0x000c: return ' ';
    case 0x2028: case 0x2029: return '\n';
    case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff: case 0x00ad: case 0x000d: return '';
    default:
      if (code >= 0x2000 && code <= 0x200a) return ' ';
      if (code < 0x20 && code !== 10) return ' ';
      return undefined;
  }
}

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

function decodeEntity(body: string): string | undefined {
  if (body[0] === '#') {
    const n = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
    const ch = String.fromCodePoint(n);
    const code = ch.charCodeAt(0);
    if (ch.length === 1) return fold(code) ?? ch;
    return ch;
  }
  return NAMED_ENTITIES[body.toLowerCase()];
}

/** Builds the analysis view of `original` from offset `from` (the body start). */
export function cleanText(original: string, from = 0): CleanText {
  const n = original.length;
  const start = Math.max(0, Math.min(from, n));
  const codes = new Uint16Array(n - start + 1);
  const map = new Uint32Array(n - start + 1);
  const mapEnd = new Uint32Array(n - start + 1);
  let len = 0;
  let lineStart = true; // only spaces so far on this output line
  let commentsLeft = original.indexOf('<!--', start) >= 0;
  let linkClose = -1; // offset of the `]` closing a Markdown link text
  let linkEnd = -1; // offset of the `)` closing its URL
  let urlStart = -1; // offset of the next web address, and one past its end
  let urlEnd = -1;
  const nextUrl = (from: number): void => {
    WEB_ADDRESS.lastIndex = from;
    const m = WEB_ADDRESS.exec(original);
    urlStart = m ? m.index : -1;
    urlEnd = m ? m.index + m[0].length : -1;
  };
  nextUrl(start);

  const push = (code: number, at: number, width = 1): void => {
    codes[len] = code;
    map[len] = at;
    mapEnd[len] = at + width;
    len++;
    if (code === 10) lineStart = true;
    else if (code !== 32) lineStart = false;
  };
  const pushString = (s: string, at: number, width: number): void => {
    for (let k = 0; k < s.length; k++) push(s.charCodeAt(k), at, width);
  };

  let i = start;
  while (i < n) {
    const code = original.charCodeAt(i);
    // Fast path: letters, digits, space and common punctuation copy straight through.
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 32 || code === 44 || code === 46) {
      if (i !== linkClose && i !== urlStart) {
        codes[len] = code;
        map[len] = i;
        mapEnd[len] = i + 1;
        len++;
        if (code !== 32) lineStart = false;
        i++;
        continue;
      }
    }
    if (urlStart >= 0 && urlStart < i) nextUrl(i);
    if (i === urlStart) {
      push(32, i, urlEnd - i);
      i = urlEnd;
      nextUrl(i);
      continue;
    }
    if (i === linkClose) {
      i = linkEnd + 1;
      linkClose = -1;
      continue;
    }
    if (code === 60 /* < */) {
      if (commentsLeft && original.startsWith('<!--', i)) {
        const close = original.indexOf('-->', i + 4);
        if (close < 0) {
          commentsLeft = false;
        } else {
          i = close + 3;
          continue;
        }
      }
      TAG.lastIndex = i;
      const m = TAG.exec(original);
      if (m) {
        if (BLOCK_TAGS.test(m[0])) push(10, i, m[0].length);
        i += m[0].length;
        continue;
      }
      push(code, i);
      i++;
      continue;
    }
    if (code === 38 /* & */) {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(original);
      const decoded = m ? decodeEntity(m[1]!) : undefined;
      if (m && decoded !== undefined) {
        pushString(decoded, i, m[0].length);
        i += m[0].length;
        continue;
      }
      push(code, i);
      i++;
      continue;
    }
    if (code === 42 /* * */) {
      // Keep a list marker ("* item"); drop emphasis.
      if (lineStart && original.charCodeAt(i + 1) === 32) push(code, i);
      i++;
      continue;
    }
    if (code === 95 /* _ */) {
      const before = len > 0 ? codes[len - 1]! : 32;
      const after = i + 1 < n ? original.charCodeAt(i + 1) : 32;
      if (isWordCode(before) && isWordCode(after)) push(code, i);
      i++;
      continue;
    }
    if (code === 96 /* ` */) {
      i++;
      continue;
    }
    if (code === 92 /* \ */ && i + 1 < n && /[!-/:-@[-`{-~]/.test(original[i + 1]!)) {
      i++;
      push(original.charCodeAt(i), i);
      i++;
      continue;
    }
    if (code === 91 /* [ */ || (code === 33 /* ! */ && original.charCodeAt(i + 1) === 91)) {
      const open = code === 91 ? i : i + 1;
      // bounded look-ahead: a document full of "[" must not be scanned once per bracket
      const near = original.slice(open + 1, open + 300).indexOf(']');
      const close = near < 0 ? -1 : open + 1 + near;
      if (close > open && original.charCodeAt(close + 1) === 40 /* ( */) {
        const far = original.slice(close + 2, close + 600).indexOf(')');
        const end = far < 0 ? -1 : close + 2 + far;
        const text = original.slice(open + 1, close);
        if (end > 0 && !text.includes('\n') && !original.slice(close + 2, end).includes('\n')) {
          linkClose = close;
          linkEnd = end;
          i = open + 1;
          continue;
        }
      }
      push(code, i);
      i++;
      continue;
    }
    const folded = fold(code);
    if (folded !== undefined) {
      if (folded.length > 0) push(folded.charCodeAt(0), i);
      i++;
      continue;
    }
    push(code, i);
    i++;
  }

  // A UTF-16 decode keeps one code unit per code unit (a lone surrogate becomes U+FFFD), so offsets stay aligned.
  const text = UTF16.decode(codes.subarray(0, len));
  return { text, map: map.subarray(0, len), mapEnd: mapEnd.subarray(0, len), original };
}

/**
 * The verbatim original text behind view span `[start, end)`: from the original offset of
 * its first character to just past its last, so any markup inside the span is kept.
 */
export function originalSlice(clean: CleanText, start: number, end: number): string {
  if (end <= start || start < 0 || end > clean.map.length) return '';
  return clean.original.slice(clean.map[start]!, clean.mapEnd[end - 1]!);
}
