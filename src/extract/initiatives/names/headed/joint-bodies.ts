/**
 * Bodies that two or more parties set up together, named as such: "the Binational
 * Humanitarian Demining Unit", "a Bilateral Clearance Commission", "the Trilateral Task
 * Force". Their name opens with a word of joint making and ends in a unit noun; they are an
 * undertaking of their parties (partnership), and stay an organisation too.
 */
import type { Token } from '../../../text/tokens.js';
import { isCapWord } from '../../../text/names.js';
import { isFree } from '../../spans.js';

const JOINT_WORDS = new Set(['binational', 'bi-national', 'bilateral', 'trilateral', 'multinational', 'tripartite']);
const UNIT_NOUNS = new Set(['unit', 'units', 'commission', 'committee', 'team', 'teams', 'force', 'mechanism', 'brigade', 'battalion']);
const MAX_WORDS = 7;

/** Joint bodies named in one sentence, on tokens not yet taken. */
export function findJointBodies(tokens: readonly Token[], taken: Uint8Array): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isCapWord(t) || !JOINT_WORDS.has(t.lower)) continue;
    let e = k + 1;
    while (e < tokens.length && e < k + MAX_WORDS && isCapWord(tokens[e]) && !UNIT_NOUNS.has(tokens[e]!.lower)) e++;
    if (!isCapWord(tokens[e]) || !UNIT_NOUNS.has(tokens[e]!.lower) || !isFree(taken, k, e + 1)) continue;
    out.push({ start: k, end: e + 1 });
    k = e;
  }
  return out;
}
