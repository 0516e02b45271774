/**
 * A recurring meeting of the register named bare ("the Review Conference", "the Meeting of
 * States Parties") says which kind of meeting, not which one: every treaty has its review
 * conferences. Such a name is kept to its document and marked weak, so that it joins the
 * meeting its document named before ("the Second Review Conference of the Convention on …")
 * and never another document's.
 */
import type { Token } from '../../../text/tokens.js';
import { registeredAt } from '../../../lexicon/register.js';
import type { InitiativeMention } from '../../initiatives.js';
import { documentKey } from './generic-names.js';

/** Marks the bare meetings among a sentence's mentions. */
export function markBareMeetings(tokens: readonly Token[], mentions: readonly InitiativeMention[], scope: string | undefined): void {
  for (const m of mentions) {
    if (m.kind !== 'conference' || m.quoted) continue;
    const match = registeredAt(tokens, m.tok);
    if (!match || match.entry.kind !== 'meeting' || match.end !== m.tokEnd) continue;
    m.key = documentKey(m.key, scope);
    m.weak = true;
  }
}
