/**
 * Who takes part, from a project page's field lines: "Donor Agency: Government of Japan",
 * "Implementing Partners: HALO Trust and CMAC". The actors of the value take part in the
 * undertaking the page has named last (its "Project Title: …" line or its heading).
 */
import type { Token } from '../text/tokens.js';
import type { Ref } from '../text/refs.js';
import { isParticipantLabel } from '../text/layout/field-lines.js';
import type { AnaphorLeads } from './leads.js';

/** The participants a field line names, for the last initiative mentioned before it. */
export function fieldParticipants(tokens: readonly Token[], refs: readonly Ref[], last: { key: string } | undefined): AnaphorLeads[] {
  if (!last) return [];
  const colon = tokens.slice(0, 6).findIndex((t) => t.text === ':');
  if (colon < 1 || !isParticipantLabel(tokens.slice(0, colon).map((t) => t.text).join(' '))) return [];
  const participants = [...new Set(refs.filter((r) => r.type === 'actor' && r.explicit && r.tok > colon).map((r) => r.key))];
  return participants.length > 0 ? [{ key: last.key, leads: [], participants }] : [];
}
