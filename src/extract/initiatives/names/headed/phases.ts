/**
 * Phases of a named initiative: "Phase II of the Northern Roads Project", "phase 3 of the
 * Japan-Cambodia Landmine Initiative". The phase is an initiative of its own, of the same
 * kind, whose name holds the whole initiative's ("… Initiative Phase 2" is read with the name).
 */
import type { Token } from '../../../text/tokens.js';

export interface PhaseSpan {
  start: number;
  /** The named initiative the phase belongs to starts here. */
  of: number;
}

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$/;

/** "Phase N of (the)" right before token `tok` (where a named initiative starts), if written. */
export function phaseBefore(tokens: readonly Token[], tok: number): PhaseSpan | undefined {
  let k = tok - 1;
  if (tokens[k]?.lower === 'the' && !tokens[k]!.cap) k--;
  if (tokens[k]?.lower !== 'of') return undefined;
  const n = tokens[k - 1];
  const phase = tokens[k - 2];
  if (!n || !phase || phase.lower !== 'phase') return undefined;
  if (!(n.kind === 'num' && /^\d{1,2}$/.test(n.text)) && !ROMAN.test(n.text)) return undefined;
  return { start: k - 2, of: tok };
}
