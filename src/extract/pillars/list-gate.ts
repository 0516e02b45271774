/**
 * The list gate of a sentence, tested once per sentence and read by every sentence detector
 * of pillars. `MAY_OPEN_LIST` is the union of the detectors' own gates (`MAY_NAME_SET`,
 * `MAY_ENUMERATE`, `MAY_DO`) and of the other ways a list opens, under `/iu`; each of those
 * gates, under `/i` or `/u`, matches only text that this union matches too, except where
 * Unicode case folding maps a character onto an ASCII letter (ſ, K). So a sentence whose
 * gate is false, with neither character, can be skipped by those detectors without testing
 * their own patterns: the same sets come out.
 */
import { caseBlindTest, FOLDS_TO_ASCII } from '../text/case-blind.js';
import { MAY_ENUMERATE } from './sentences/pillar-verbs.js';
import { MAY_NAME_SET } from './lead-in.js';
import { MAY_DO } from './sentences/verb-phrase-lists.js';

/** Sentences that may open a list beyond a set word: a lead-in colon or dash, an inclusion verb, an inline marker, any set noun. */
export const MAY_OPEN_LIST = new RegExp(`^(?:these|they|those) (?:are|were|include|cover|comprise)|[:\\u2013\\u2014)\\u2022\\u25AA\\u25CF\\u25E6\\u27A2\\u25BA]|${MAY_ENUMERATE.source}|${MAY_NAME_SET.source}|${MAY_DO.source}`, 'iu');

/** `MAY_OPEN_LIST.test`, faster (see case-blind.ts). */
export const mayOpenList = caseBlindTest(MAY_OPEN_LIST);

/** Whether the detectors gated on `MAY_NAME_SET`, `MAY_ENUMERATE` or `MAY_DO` may fire in `text` (given `mayOpenList(text)`). */
export function listGateOf(text: string, opens: boolean): boolean {
  return opens || FOLDS_TO_ASCII.test(text);
}
