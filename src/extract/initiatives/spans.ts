/** Small helpers the initiative finders share over a sentence's tokens. */
import type { Token } from '../text/tokens.js';

/** Whether `t` is a word token. */
export function word(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** Whether no token in `[s, e)` is taken by a name found before. */
export function isFree(taken: Uint8Array, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (taken[k]) return false;
  return true;
}

/** The text of tokens `s` to `e`, spaced as written ("Cambodia-Thailand", "£100m"). */
export function spanText(tokens: readonly Token[], s: number, e: number): string {
  let out = '';
  for (let k = s; k < e; k++) out += (k > s && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text;
  return out;
}
