/**
 * A person's age in apposition after the name, as news writes it: "Yim Sokha, 46, a mother of
 * four …", "Survivor James Lomoro, 24, who lost a leg …". The name is two or three capitalised
 * words; the word after the age goes on in lower case (not ", 7, and 9", a list going on).
 */
import type { Token } from '../text/tokens.js';

const MAX_AGE = 110;

/** "age of <name>" when the number at tokens `[start, end)` is an age in apposition, else undefined. */
export function ageOf(tokens: readonly Token[], start: number, end: number): string | undefined {
  if (end !== start + 1 || tokens[start]!.kind !== 'num' || !/^\d{1,3}$/.test(tokens[start]!.text)) return undefined;
  const value = Number(tokens[start]!.text);
  if (value < 5 || value > MAX_AGE) return undefined;
  if (tokens[start - 1]?.text !== ',' || tokens[end]?.text !== ',') return undefined;
  const next = tokens[end + 1];
  if (!next || next.kind !== 'word' || next.cap || /^(?:and|or|nor)$/.test(next.lower)) return undefined;
  let k = start - 2;
  while (k >= 0 && k > start - 6 && tokens[k]!.kind === 'word' && tokens[k]!.cap && !tokens[k]!.allCaps) k--;
  const words = start - 2 - k;
  if (words < 2 || words > 3) return undefined;
  return `age of ${tokens.slice(k + 1, start - 1).map((t) => t.text).join(' ')}`;
}
