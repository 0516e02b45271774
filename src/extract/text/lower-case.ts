/**
 * `toLowerCase` without the call, and without a new string, for the common case: a word with
 * no capital and no character outside ASCII is its own lower case.
 */
export function lowerCase(word: string): string {
  for (let j = 0; j < word.length; j++) {
    const c = word.charCodeAt(j);
    if (c >= 128 || (c >= 65 && c <= 90)) return word.toLowerCase();
  }
  return word;
}
