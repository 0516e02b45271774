/**
 * A title-case headline capitalises its verb: "South Sudan Launches National Mine Action
 * Strategy", "UK Funds New Landmine Clearance Programme". The capitalised run holds the
 * story's subject, its verb and then the name; what follows the verb is the name.
 */
import type { Token } from '../text/tokens.js';
import { HEADLINE_NAME_VERBS } from '../lexicon/names.js';
import type { InitiativeMention } from './initiatives.js';

/**
 * Renames each mention that holds a capitalised headline verb to what follows the verb (`rename`
 * sets its first token and name), or drops it when fewer than two capitalised words follow the
 * verb, when it holds a second verb, or when the name was quoted.
 */
export function trimHeadlineVerbs(tokens: readonly Token[], mentions: InitiativeMention[], rename: (m: InitiativeMention, from: number) => void): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const verbs: number[] = [];
    for (let k = m.tok; k < m.tokEnd; k++) if (tokens[k]!.kind === 'word' && tokens[k]!.cap && HEADLINE_NAME_VERBS.has(tokens[k]!.lower)) verbs.push(k);
    if (verbs.length === 0) continue;
    // "Westland Launches Mine Action Strategy Amid Calls for Demining": a second verb, a story with no clear name
    const verb = verbs[0]!;
    const capitalised = tokens.slice(verb + 1, m.tokEnd).filter((t) => t.kind === 'word' && t.cap).length;
    if (verbs.length > 1 || capitalised < 2 || m.quoted || !tokens[verb + 1]!.cap) mentions.splice(i, 1);
    else rename(m, verb + 1);
  }
}
