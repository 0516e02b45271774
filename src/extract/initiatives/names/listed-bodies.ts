/**
 * "implementing partner organizations, including the Delvon Association (DASH), the Skavita
 * Humanitarian Assistance and Relief Project (SHARP), and MAG": a name in a list of bodies is a
 * body, whatever its last word; so is a name right after a singular noun of a body ("the local
 * partner …"). The list is read back from the name over names, commas,
 * brackets and "and"/"the" to "including", "such as" or ":" after a plural noun of bodies.
 */
import type { Token } from '../../text/tokens.js';

const BODY_NOUNS = new Set(['organizations', 'organisations', 'partners', 'ngos', 'operators', 'agencies', 'charities', 'implementers']);
const LIST_SMALL = new Set(['and', 'the', 'of', 'for', 'in', 'on', 'to', '&']);

/** Singular nouns of a body right before a name: "the local implementing partner Delvon Assistance for …". */
const BODY_NOUN = new Set(['partner', 'organization', 'organisation', 'ngo', 'operator', 'charity', 'implementer']);

export function listedAmongBodies(tokens: readonly Token[], s: number): boolean {
  const before = tokens[s - 1];
  if (before && !before.cap && BODY_NOUN.has(before.lower)) return true;
  for (let k = s - 1; k >= 0 && k >= s - 60; k--) {
    const t = tokens[k]!;
    const opens = t.lower === 'including' || t.text === ':' || (t.lower === 'as' && tokens[k - 1]?.lower === 'such');
    if (opens) {
      const from = t.lower === 'as' ? k - 2 : k - 1;
      for (let j = from; j >= 0 && j >= from - 2; j--) if (BODY_NOUNS.has(tokens[j]!.lower)) return true;
      return false;
    }
    if (t.kind === 'word' ? !t.cap && !LIST_SMALL.has(t.lower) : !/^[,()\u2019']$/.test(t.text)) return false;
  }
  return false;
}
