/**
 * Keys for bodies every state has under the same name ("Ministry of Defence"): the Thai and
 * the Ukrainian ministry are two actors, whichever documents name them. A mention is given
 * the country its sentence names ("Thai Ministry of Defence"), else the country its document
 * shows acting most, else its document; acronyms the mention defines ("(MoD)") follow it.
 */
import type { DocumentAnalysis, QuotedActorMention } from '../analysis.js';
import { isGenericGovernmentBody } from '../actors/bodies/government-bodies.js';

/** The country a document shows acting most (places left out), ties to the first named. */
function homeCountry(doc: DocumentAnalysis): string | undefined {
  const counts = new Map<string, number>();
  for (const m of doc.actors) if (m.kind === 'country' && !m.place && m.acting) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  let best: string | undefined;
  let most = 0;
  for (const [key, n] of counts) {
    if (n > most) {
      best = key;
      most = n;
    }
  }
  return best;
}

/** The document's mentions with the keys of generic government bodies qualified by their country. */
export function qualifiedMentions(doc: DocumentAnalysis): QuotedActorMention[] {
  if (!doc.actors.some((m) => m.key.startsWith('org:') && isGenericGovernmentBody(m.surface))) return doc.actors;
  const home = homeCountry(doc) ?? `doc:${doc.id}`;
  const acronymOwner = new Map<string, string>();
  const qualified = new Map<string, string>();
  const out = doc.actors.map((m) => {
    if (!m.key.startsWith('org:') || !isGenericGovernmentBody(m.surface)) return m;
    const q = m.country ?? home;
    if (!qualified.has(m.key)) qualified.set(m.key, `${m.key}@${q}`);
    const links = m.links.map((l) => {
      if (l.startsWith('acr:')) acronymOwner.set(l, q);
      return `${l}@${q}`;
    });
    return { ...m, key: `${m.key}@${q}`, links, byHome: m.country === undefined };
  });
  for (const [acr, owner] of acronymOwner) if (!qualified.has(acr)) qualified.set(acr, `${acr}@${owner}`);
  return out.map((m) => {
    const q = acronymOwner.get(m.key);
    const held = m.roles.some((r) => r.orgKey !== undefined && qualified.has(r.orgKey));
    if (!q && !held) return m;
    // a role held in such a body ("State Secretary of the Ministry of Health") names the qualified body
    const roles = held ? m.roles.map((r) => (r.orgKey && qualified.has(r.orgKey) ? { ...r, orgKey: qualified.get(r.orgKey)! } : r)) : m.roles;
    return { ...m, key: q ? `${m.key}@${q}` : m.key, roles };
  });
}
