/**
 * A meeting of a treaty's parties named with the treaty: "Tenth Meeting of the States Parties
 * | to the Convention on Cluster Munitions". The meeting's name runs over the treaty's, so the
 * tenth meetings of two treaties stay two meetings; the treaty stays a mention of its own.
 */
import type { Token } from '../../../text/tokens.js';
import type { InitiativeMention } from '../../initiatives.js';

const PARTIES = /^(?:parties|party|states|signatories)$/;

/** Extends each meeting ending in "Parties" over "to [the] <treaty>" named right after it. */
export function meetingsOfParties(tokens: readonly Token[], mentions: InitiativeMention[], rename: (m: InitiativeMention, end: number) => void): void {
  for (const m of mentions) {
    if (m.kind !== 'conference' || !PARTIES.test(tokens[m.tokEnd - 1]?.lower ?? '') || tokens[m.tokEnd]?.lower !== 'to') continue;
    const at = tokens[m.tokEnd + 1]?.lower === 'the' ? m.tokEnd + 2 : m.tokEnd + 1;
    const treaty = mentions.find((x) => x !== m && x.tok === at && x.kind === 'convention');
    if (treaty) rename(m, treaty.tokEnd);
  }
}
