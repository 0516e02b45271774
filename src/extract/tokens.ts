/**
 * Tokens of one sentence: words (with hyphens and apostrophes inside), numerals,
 * ordinals ("22nd", "5th"), decades ("1990s"), currency and percent symbols, and single
 * punctuation characters. Offsets are in the analysis view.
 */

export type TokenKind = 'word' | 'num' | 'ord' | 'sym' | 'punct';

export interface Token {
  text: string;
  /** Lower-cased text without a possessive `'s`. */
  lower: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** First letter upper-case. */
  cap: boolean;
  /** Two or more letters, all upper-case ("CMAC", "KAMIKAWA"). */
  allCaps: boolean;
  /** Ends in a possessive `'s` (or a bare `'` after s). */
  poss: boolean;
  /** Text without the possessive ending. */
  base: string;
}

const TOKEN = new RegExp(
  [
    '((?:\\p{Lu}\\.){2,})', // dotted acronyms: U.S., U.N.
    '(\\d+(?:st|nd|rd|th|s)(?![\\p{L}\\p{N}]))', // ordinals and decades
    '(\\d+(?:[.,]\\d+)*)', // numerals
    "([\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}\\u00B2\\u00B3]*(?:['\\-][\\p{L}\\p{M}\\p{N}\\u00B2\\u00B3]+)*)", // words
    '([$\\u20AC\\u00A3\\u00A5\\u20B9\\u20A9\\u20B4\\u17DB%])', // symbols
    '(\\S)',
  ].join('|'),
  'gu',
);

/** Tokenises `text`, whose first character is at view offset `offset`. */
export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const t = m[0];
    const start = offset + m.index;
    const kind: TokenKind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'ord' : m[3] !== undefined ? 'num' : m[4] !== undefined ? 'word' : m[5] !== undefined ? 'sym' : 'punct';
    let base = t;
    let poss = false;
    if (kind === 'word') {
      if (t.length > 2 && (t.endsWith("'s") || t.endsWith("'S"))) {
        base = t.slice(0, -2);
        poss = true;
      }
    }
    const first = base[0] ?? '';
    const cap = kind === 'word' && first !== first.toLowerCase();
    const letters = base.replace(/[^\p{L}]/gu, '');
    const allCaps = kind === 'word' && letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    tokens.push({ text: t, lower: base.toLowerCase(), kind, start, end: start + t.length, cap, allCaps, poss, base });
  }
  // A bare possessive apostrophe after a plural ("Parties' ") marks the word before.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (t.text === "'" && prev.kind === 'word' && prev.end === t.start && prev.lower.endsWith('s')) {
      const after = tokens[i + 1];
      if (!after || after.start > t.end) prev.poss = true;
    }
  }
  return tokens;
}

/** Whether `b` follows `a` with no space between. */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}
