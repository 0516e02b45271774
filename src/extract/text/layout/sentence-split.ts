/**
 * Where sentences end inside a block: at ".", "!", "?", "…" or a table's "|" followed by a space
 * and a capital, a digit or an opening mark, but not after an abbreviation ("Mr.", "U.S.",
 * "Sept."), an initial or a currency sign before its amount ("US$. 595,857").
 */

const ABBREVIATIONS = new Set([
  'mr', 'ms', 'mrs', 'dr', 'prof', 'st', 'jr', 'sr', 'no', 'nos', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'sen',
  'rep', 'gov', 'hon', 'rev', 'h.e', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'vs', 'approx', 'est', 'inc', 'ltd', 'co',
  'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'art',
  'para', 'vol', 'pp', 'fig', 'cf', 'al', 'a.m', 'p.m', 'govt', 'dept', 'excl', 'incl', 'ca', 'sq', 'rs',
]);

export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n';
}

export function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  // "US$. 595,857": a stop between a currency sign and its amount ends no sentence ("… is 7,1 M€. By the end" does)
  if (/[$\u20AC\u00A3\u00A5\u20B9]/.test(text[dot - 1] ?? '') && /^\s*\d/.test(text.slice(dot + 1, dot + 4))) return true;
  let k = dot;
  while (k > floor && /[\p{L}.]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, dot);
  if (word === '') return false;
  if (word.length === 1 && isUpper(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

const CANDIDATE = /[.!?\u2026|]/g;

export function splitSentences(text: string, start: number, end: number, emit: (s: number, e: number) => void): void {
  let s = start;
  CANDIDATE.lastIndex = start;
  for (;;) {
    const m = CANDIDATE.exec(text);
    if (!m || m.index >= end) break;
    const i = m.index;
    const c = text[i]!;
    if (c === '|') {
      emit(s, i);
      s = i + 1;
      continue;
    }
    let j = i + 1;
    while (j < end && /["'\u201D)\]]/.test(text[j]!)) j++;
    if (j < end && !isSpace(text[j])) continue;
    let k = j;
    while (k < end && isSpace(text[k])) k++;
    if (k < end) {
      const next = text[k]!;
      if (!(isUpper(next) || /[0-9"\u201C'(\[*\u2022-]/.test(next))) continue;
    }
    if (c === '.' && isAbbreviation(text, i, start)) continue;
    emit(s, j);
    s = k;
    CANDIDATE.lastIndex = k;
  }
  emit(s, end);
}
