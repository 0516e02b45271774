/**
 * The initiative a document is about: the one its title names ("Mine Action agreement with
 * the EU for Angola", "The Mine Action Programme of Afghanistan"), else the one it names
 * most often (ties to the one named first). Pillar sets whose lead-in names no initiative
 * belong to it. Works on the mentions of one document, before resolution; returns a key.
 */
import type { InitiativeMention } from './initiatives.js';

export function mainInitiative(mentions: readonly InitiativeMention[]): string | undefined {
  const titled = mentions.find((m) => m.fromTitle);
  if (titled) return titled.key;
  const counts = new Map<string, number>();
  // another name given for the same initiative counts for it ("… Initiative (JCLI)")
  const canonical = new Map<string, string>();
  for (const m of mentions) for (const l of m.links) if (!canonical.has(l)) canonical.set(l, m.key);
  let best: string | undefined;
  let top = 0;
  for (const m of mentions) {
    const key = canonical.get(m.key) ?? m.key;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > top) {
      top = n;
      best = key;
    }
  }
  return best;
}
