/**
 * A name written right after a description of the same undertaking: "the EU-funded project
 * “Safe Return to Mosul”", "its national strategy, “Safe Path Forward III”". The description is then no
 * initiative of its own; what it says (its donor) goes to the name.
 */
import type { Token } from '../../../text/tokens.js';
import type { InitiativeMention } from '../../initiatives.js';

const OPEN_QUOTES = new Set(['"', '\u201C', "'", '\u2018']);

/** The mention that starts at `end`, or just after an opening quote there. */
export function nameAfter(tokens: readonly Token[], mentions: readonly InitiativeMention[], end: number): InitiativeMention | undefined {
  // "its national strategy, “Safe Path Forward III”": across a comma too
  let at = tokens[end]?.text === ',' ? end + 1 : end;
  if (OPEN_QUOTES.has(tokens[at]?.text ?? '')) at++;
  // "“The Project of …”": the quoted name leaves its opening "The" out
  const bare = tokens[at]?.text === 'The' ? at + 1 : at;
  return mentions.find((m) => m.tok === at || m.tok === bare);
}
