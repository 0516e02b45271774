/**
 * Agreements named by their kind in lower case: "signed the memorandum of understanding (MOU)
 * alongside …", "an exchange of notes", "a record of discussions", "a letter of intent". The
 * phrase is the name; its key is its document's, so two documents' memoranda stay two, and an
 * acronym in brackets after it is an alias.
 */
import type { Token } from '../../text/tokens.js';
import type { Described } from './described-initiatives.js';
import { isFree, word } from '../spans.js';

/** Lower-case names of agreements, as words: the first word, then the rest. */
const NAMES: readonly (readonly string[])[] = [
  ['memorandum', 'of', 'understanding'], ['memorandum', 'of', 'cooperation'], ['exchange', 'of', 'notes'],
  ['record', 'of', 'discussions'], ['record', 'of', 'discussion'], ['letter', 'of', 'intent'],
];
const OPENERS = new Set(['a', 'an', 'the', 'this', 'its', 'their']);

export function findGenericAgreements(tokens: readonly Token[], taken: Uint8Array): Described[] {
  const out: Described[] = [];
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (!OPENERS.has(tokens[k - 1]!.lower) || !word(tokens[k]) || tokens[k]!.cap) continue;
    const name = NAMES.find((words) => words.every((w, i) => tokens[k + i]?.lower === w && !tokens[k + i]!.cap));
    if (!name) continue;
    const end = k + name.length;
    if (!isFree(taken, k, end)) continue;
    const d: Described = { start: k, end, kind: 'agreement', aliases: [], scoped: true, actorsInside: true };
    // "the memorandum of understanding (MOU)"
    if (tokens[end]?.text === '(' && tokens[end + 1]?.allCaps && tokens[end + 2]?.text === ')') d.acronym = tokens[end + 1]!.text;
    out.push(d);
    k = end - 1;
  }
  return out;
}
