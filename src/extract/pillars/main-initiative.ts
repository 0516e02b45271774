/**
 * The document's main initiative, for a pillar set whose lead-in names none: the one its
 * title (first line) names, else the one it names most often (the earliest on a tie).
 */
import type { Ref } from '../text/refs.js';

export function mainInitiative(refs: readonly (readonly Ref[])[]): string | undefined {
  const named = (list: readonly Ref[] | undefined): Ref[] => (list ?? []).filter((r) => r.type === 'initiative' && r.explicit);
  const title = named(refs[0]);
  if (title.length > 0) return title[0]!.key;
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const list of refs) {
    for (const r of named(list)) {
      const n = (counts.get(r.key) ?? 0) + 1;
      counts.set(r.key, n);
      if (best === undefined || n > counts.get(best)!) best = r.key;
    }
  }
  return best;
}
