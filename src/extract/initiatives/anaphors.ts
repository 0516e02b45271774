/**
 * Anaphors that stand for an initiative named before: "the initiative", "this package",
 * "the new approach", a sentence-initial "This" before a verb such as "aims" or "includes".
 */
import type { Token } from '../text/tokens.js';
import { INITIATIVE_HEADS } from '../lexicon/names.js';

export interface InitiativeAnaphor {
  tok: number;
  tokEnd: number;
  /** The kind the noun names ("package"), or undefined for "This"/"it". */
  kind?: string;
}

const ANAPHOR_DETERMINERS = new Set(['the', 'this', 'that', 'its', 'our', 'their', 'these']);
/** Verbs after a sentence-initial "This" that make it stand for the initiative just named. */
const THIS_VERBS = new Set([
  'is', 'was', 'will', 'would', 'consists', 'includes', 'comprises', 'aims', 'covers', 'involves', 'has', 'means',
  'builds', 'focuses', 'contains', 'complements', 'supports', 'rests', 'brings', 'combines', 'seeks',
]);

export function findAnaphors(tokens: readonly Token[], taken: Uint8Array): InitiativeAnaphor[] {
  const out: InitiativeAnaphor[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (taken[k]) continue;
    if (k === 0 && t.lower === 'this' && tokens[1]?.kind === 'word' && THIS_VERBS.has(tokens[1]!.lower)) {
      out.push({ tok: 0, tokEnd: 1 });
      continue;
    }
    if (!ANAPHOR_DETERMINERS.has(t.lower)) continue;
    // determiner, up to three lower-case modifiers, a kind noun (singular); "the new approach" is any kind
    for (let j = k + 1, reach = k + 4; j < tokens.length && j <= reach; j++) {
      const u = tokens[j]!;
      // "the 2016-2020 project": the years it runs are modifiers too
      if (!taken[j] && isYearOrDash(tokens, j)) {
        reach++;
        continue;
      }
      if (u.kind !== 'word' || taken[j]) break;
      if (u.lower === 'approach' && !u.cap) {
        out.push({ tok: k, tokEnd: j + 1 });
        k = j;
        break;
      }
      const kind = INITIATIVE_HEADS.get(u.lower);
      if (kind && !u.lower.endsWith('s') && (!u.cap || j === k + 1)) {
        out.push({ tok: k, tokEnd: j + 1, kind });
        k = j;
        break;
      }
      if (u.cap) break;
    }
  }
  return out;
}

/** A year, or the dash between two years, at token `j` ("2016-2020"). */
function isYearOrDash(tokens: readonly Token[], j: number): boolean {
  const u = tokens[j]!;
  if (u.kind === 'num') return /^(?:19|20)\d\d$/.test(u.text);
  return (u.text === '-' || u.text === '\u2013') && tokens[j - 1]?.kind === 'num' && tokens[j + 1]?.kind === 'num';
}
