/**
 * Word counts that stop early: `splitCountAtMost(text, n)` is `text.split(/\s+/).length <= n`
 * without splitting a whole paragraph to learn that it has more than a title's few words.
 * `split` with a pattern that never matches the empty string gives one piece more than it
 * has matches, so counting matches up to `n` gives the same answer.
 */
const SPACE_RUN = /\s+/g;

/** Whether `text.split(/\s+/).length <= limit`. */
export function splitCountAtMost(text: string, limit: number): boolean {
  if (limit < 1) return false;
  SPACE_RUN.lastIndex = 0;
  let pieces = 1;
  while (SPACE_RUN.exec(text) !== null) {
    pieces++;
    if (pieces > limit) {
      SPACE_RUN.lastIndex = 0;
      return false;
    }
  }
  return true;
}
