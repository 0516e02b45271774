/**
 * Projects a sentence lists by what each amount is for: "The two projects include over $900,000
 * for support with cluster munitions disposal in Stung Treng province and nearly $900,000 for
 * demining in Banteay Meanchey". Each purpose names an undertaking of the plural head's kind;
 * the amounts stay figures. Every purpose must be mine-action work, and there must be two or more.
 */
import type { Token } from '../../text/tokens.js';
import type { Described } from './described-initiatives.js';
import { amountAt } from './funded-initiatives.js';
import { isMineActionWord } from '../../lexicon/mine-action-words.js';
import { isFree, word } from '../spans.js';

/** Plural heads whose parts are undertakings of their own, with the kind of each. */
const PLURAL_HEADS: ReadonlyMap<string, string> = new Map([
  ['projects', 'project'], ['programmes', 'programme'], ['programs', 'programme'], ['grants', 'package'],
]);
const LIST_VERBS = new Set(['include', 'includes', 'included', 'are', 'were', 'comprise', 'comprises', 'cover', 'covers']);
/** Words that may qualify an amount: "over $900,000", "nearly", "more than", "up to". */
const QUALIFIERS = new Set(['over', 'nearly', 'about', 'almost', 'around', 'some', 'approximately', 'roughly', 'more', 'less', 'than', 'up', 'to']);

/** The end of an amount at `k` over its qualifiers, or undefined. */
function qualifiedAmount(tokens: readonly Token[], k: number): number | undefined {
  let a = k;
  while (a < k + 2 && word(tokens[a]) && !tokens[a]!.cap && QUALIFIERS.has(tokens[a]!.lower)) a++;
  return amountAt(tokens, a);
}

/** Where the purpose from `from` ends: before ", and" or "and" opening the next amount, or at the sentence's end. */
function purposeEnd(tokens: readonly Token[], from: number): { end: number; next?: number } {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    const joins = t.text === ',' || (t.lower === 'and' && !t.cap);
    if (joins) {
      const after = tokens[k + 1]?.lower === 'and' ? k + 2 : k + 1;
      if (qualifiedAmount(tokens, after) !== undefined) return { end: k, next: after };
    }
    if (t.kind === 'punct' && /^[.;:!?]$/.test(t.text)) return { end: k };
  }
  return { end: tokens.length };
}

export function findListedProjects(tokens: readonly Token[], taken: Uint8Array): Described[] {
  for (let k = 1; k + 2 < tokens.length; k++) {
    const head = tokens[k]!;
    const kind = word(head) && !head.cap ? PLURAL_HEADS.get(head.lower) : undefined;
    if (!kind || !LIST_VERBS.has(tokens[k + 1]?.lower ?? '')) continue;
    const out: Described[] = [];
    let at: number | undefined = tokens[k + 2]?.text === ':' ? k + 3 : k + 2;
    while (at !== undefined) {
      const amountEnd = qualifiedAmount(tokens, at);
      if (amountEnd === undefined || tokens[amountEnd]?.lower !== 'for') break;
      const { end, next } = purposeEnd(tokens, amountEnd + 1);
      const words = tokens.slice(amountEnd + 1, end);
      if (!words.some((t) => word(t) && !t.cap && isMineActionWord(t.lower)) || !isFree(taken, amountEnd + 1, end)) break;
      out.push({ start: amountEnd + 1, end, kind, aliases: [], actorsInside: true });
      at = next;
    }
    if (out.length >= 2 && at === undefined) return out;
  }
  return [];
}
