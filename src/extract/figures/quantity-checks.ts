/**
 * Checks around a number before it becomes a figure: the hedge written before it ("more
 * than", "up to"), and whether it is a date, a time, a label ("Resolution 1325") or a list
 * marker rather than a quantity.
 */
import type { Token } from '../text/tokens.js';
import { adjacent } from '../text/tokens.js';
import type { NumberMatch } from '../text/numbers.js';
import { unitAt } from './units.js';
import { CURRENCY_CODES } from '../lexicon/units.js';
import { LABEL_WORDS, MONTHS, QUALIFIERS } from '../lexicon/numbers.js';

const QUALIFIER_BY_FIRST = new Map<string, (readonly [string[], string])[]>();
for (const q of QUALIFIERS) {
  const last = q[0][q[0].length - 1]!;
  const list = QUALIFIER_BY_FIRST.get(last) ?? [];
  list.push(q);
  QUALIFIER_BY_FIRST.set(last, list);
}
for (const list of QUALIFIER_BY_FIRST.values()) list.sort((a, b) => b[0].length - a[0].length);

/** Verbs whose particle is "over": "handed over", "turned over", "took over". */
const PHRASAL_OVER = /^(?:hand|hands|handed|handing|turn|turns|turned|turning|take|takes|took|taken|taking|sign|signs|signed|signing)$/;

/** The qualifier ending just before token `i`: its schema value and first token. */
export function qualifierBefore(tokens: readonly Token[], i: number): { qualifier: string; start: number } | undefined {
  const last = tokens[i - 1];
  if (!last || last.kind !== 'word') return undefined;
  const list = QUALIFIER_BY_FIRST.get(last.lower);
  if (!list) return undefined;
  for (const [seq, qualifier] of list) {
    const from = i - seq.length;
    if (from < 0) continue;
    let ok = true;
    for (let s = 0; s < seq.length; s++) {
      if (tokens[from + s]!.lower !== seq[s]) {
        ok = false;
        break;
      }
    }
    // "handed over 45 hectares": the particle of a verb, not "more than"
    if (ok && seq.length === 1 && seq[0] === 'over' && PHRASAL_OVER.test(tokens[from - 1]?.lower ?? '')) return undefined;
    if (ok) return { qualifier, start: from };
  }
  return undefined;
}

function isMonth(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && MONTHS.has(t.lower.replace(/\.$/, '')) && (t.cap || t.lower.length > 3);
}

/** Whether the number at `n` is part of a date, a time, a label or a list marker rather than a quantity. */
export function notAQuantity(tokens: readonly Token[], n: NumberMatch, heading: boolean, rangeEnd = false): boolean {
  const first = tokens[n.start]!;
  const prev = tokens[n.start - 1];
  const next = tokens[n.end];
  // "two out of three": a ratio ("10 out of 272 markers" is a part of a counted whole: part-of-whole.ts)
  if (prev?.lower === 'of' && tokens[n.start - 2]?.lower === 'out' && !(tokens[n.end]?.kind === 'word' && !tokens[n.end]!.cap)) return true;
  if (first.kind === 'num') {
    // times and scores: 20:45, 3:1
    if (next && next.text === ':' && adjacent(first, next) && tokens[n.end + 1]?.kind === 'num' && adjacent(next, tokens[n.end + 1])) return true;
    if (prev && prev.text === ':' && adjacent(prev, first) && tokens[n.start - 2]?.kind === 'num') return true;
    // dates: July 15, 15 July, 28 Nov 2023, 2024-07-06, 15/07/2024
    if (isMonth(prev) || isMonth(next) || (next?.text === 'of' && isMonth(tokens[n.end + 1]))) return true;
    if (prev && (prev.text === '/' || prev.text === '.') && adjacent(prev, first) && tokens[n.start - 2]?.kind === 'num') return true;
    if (next && (next.text === '/' || (next.text === '-' && n.yearLike)) && adjacent(first, next) && tokens[n.end + 1]?.kind === 'num' && n.yearLike) return true;
    // the second half of a range whose first half was not a quantity ("July 5-6")
    // (`rangeEnd`: the first half was read as a quantity, "3-5 years")
    if (!rangeEnd && prev && (prev.text === '-' || prev.text === '\u2013') && adjacent(prev, first) && tokens[n.start - 2]?.kind === 'num') return true;
    // codes: "Project Number: 00012345", "Award 0045": a number written with a leading zero counts nothing
    if (/^0\d/.test(first.text)) return true;
    // labels: Resolution 1325, No. 5, Phase 2, SDG 16, #3
    if (prev && prev.kind === 'word' && prev.cap && !CURRENCY_CODES.has(prev.text) && (LABEL_WORDS.has(prev.lower) || (prev.allCaps && prev.text.length <= 6))) return true;
    if (prev && prev.text === '.' && tokens[n.start - 2]?.lower === 'no') return true;
    if (prev && prev.text === '#') return true;
    // list numbers and section numbers at the start of a line or heading
    if (n.start === 0 && !n.magnitude) {
      if (next && (next.text === '.' || next.text === ')') && adjacent(first, next)) return true;
      if (heading) return true;
      // ("1,357 Landmine survivors …": a number of hundreds or more is a count, whatever the case after it)
      if (next && next.kind === 'word' && next.cap && !next.allCaps && unitAt(tokens, n.end) === undefined && n.value < 100) return true;
    }
  }
  return false;
}

