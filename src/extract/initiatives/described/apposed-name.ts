/**
 * "Masam, a Saudi project to clear landmines in Yemen, dismantled 856 mines": the capitalised
 * name that opens a sentence (or follows its dateline, "RIYADH: Masam, …"), set off by a comma before an undertaking described with "a" or
 * "an", is that undertaking's name; the description is another name for it. A country is no
 * such name ("Norway, a long-time donor …" describes no undertaking anyway).
 */
import type { Token } from '../../text/tokens.js';
import { countryOf } from '../../lexicon/countries.js';
import { isFree, word } from '../spans.js';

const KINDS = new Set(['project', 'programme', 'initiative']);
const MAX_WORDS = 4;

export function apposedName(tokens: readonly Token[], describedStart: number, kind: string, taken: Uint8Array): { start: number; end: number } | undefined {
  const comma = describedStart - 2;
  if (!KINDS.has(kind) || comma < 1 || tokens[comma]!.text !== ',' || !/^(?:a|an)$/.test(tokens[describedStart - 1]!.lower)) return undefined;
  let s = comma;
  while (s > 0 && comma - s < MAX_WORDS && word(tokens[s - 1]) && tokens[s - 1]!.cap && !tokens[s - 1]!.poss) s--;
  // the sentence's start, or after a dateline ("RIYADH: Masam, a Saudi project …")
  const opens = s === 0 || (s <= 3 && /^[:\u2013\u2014]$/.test(tokens[s - 1]!.text));
  if (s === comma || !opens || !isFree(taken, s, comma) || countryOf(tokens.slice(s, comma).map((t) => t.text).join(' '))) return undefined;
  return { start: s, end: comma };
}
