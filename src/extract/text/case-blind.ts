/**
 * A faster `test` for a case-blind Unicode pattern (`/…/iu`) whose alternatives are
 * mostly plain ASCII words: V8 runs `/i` several times faster than `/iu`, so the
 * top-level alternatives that need no Unicode syntax are tested together under `/i`, and
 * only those that do (`\p{Ll}`) under `/iu`. A match of `a|b|c` anywhere is a match of one
 * alternative anywhere, so the answer is the same; the two flags differ only where Unicode
 * case folding maps a non-ASCII character onto an ASCII letter (ſ → s, K → k), and text
 * with one of those is tested with the pattern as written.
 */

/** Characters that `/iu` matches to ASCII letters (and counts as word characters for `\b`) and `/i` does not. */
export const FOLDS_TO_ASCII = /[\u017F\u212A]/;

/**
 * Syntax that means something else, or nothing, without the `u` flag: property and code
 * point escapes, named groups, non-ASCII characters (folded differently), and what can
 * match half of a surrogate pair without it (`.`, `[^…]`, `\S`, `\W`, `\D`).
 */
const UNICODE_ONLY = /\\[pPSWD]|\\u\{|\\k<|\(\?<|\[\^|\.|[^\x00-\x7f]/;

/** The top-level alternatives of a pattern's source (not inside a group or a class). */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** `re.test` for a non-global, non-sticky `/…/iu` pattern, faster where its alternatives allow. */
export function caseBlindTest(re: RegExp): (text: string) => boolean {
  const plain = (text: string): boolean => re.test(text);
  if (re.global || re.sticky || !re.ignoreCase || !re.unicode || /\\[1-9]/.test(re.source)) return plain;
  const parts = topLevelAlternatives(re.source);
  const ascii = parts.filter((p) => !UNICODE_ONLY.test(p));
  const unicode = parts.filter((p) => UNICODE_ONLY.test(p));
  if (ascii.length === 0) return plain;
  const rest = re.flags.replace('u', '');
  const fast = new RegExp(ascii.join('|'), rest);
  const slow = unicode.length > 0 ? new RegExp(unicode.join('|'), re.flags) : undefined;
  return (text: string): boolean => {
    if (FOLDS_TO_ASCII.test(text)) return re.test(text);
    return fast.test(text) || (slow !== undefined && slow.test(text));
  };
}
