/**
 * "Masam, a Saudi project to clear landmines in Yemen, dismantled 856 mines": the capitalised
 * name that opens a sentence, set off by a comma before an undertaking described with "a" or
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
  if (!KINDS.has(kind) || comma < 1 || comma > MAX_WORDS || tokens[comma]!.text !== ',' || !/^(?:a|an)$/.test(tokens[describedStart - 1]!.lower)) return undefined;
  for (let k = 0; k < comma; k++) if (!word(tokens[k]) || !tokens[k]!.cap || tokens[k]!.poss) return undefined;
  if (!isFree(taken, 0, comma) || countryOf(tokens.slice(0, comma).map((t) => t.text).join(' '))) return undefined;
  return { start: 0, end: comma };
}
