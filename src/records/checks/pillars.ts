import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ParsedRecord } from '../load-records.js';
import type { Check } from './context.js';
import { DEFAULT_PILLAR_TERM } from '../../model/records.js';

/**
 * `pillar/order-gap`: the pillars of each initiative are numbered 1..n, each once, per set word
 * (`term`: an initiative's objectives 1..n and its areas 1..m; no term counts as `pillar`). A
 * rejected pillar keeps its position (rejecting the second of three leaves no gap to renumber).
 */
export const checkPillarOrder: Check = (context) => {
  const out: Diagnostic[] = [];
  // A pillar file that could not be parsed may belong to any initiative: its problem is reported, and
  // counting without it would only make the others look out of place.
  if ([...context.unreadable].some((ref) => ref.startsWith('pillar:'))) return out;
  const bySet = new Map<string, ParsedRecord[]>();
  for (const pillar of context.byType.get('pillar')?.values() ?? []) {
    const { initiative, term } = pillar.value;
    if (typeof initiative !== 'string') continue;
    const key = `${initiative}\0${typeof term === 'string' ? term : DEFAULT_PILLAR_TERM}`;
    const list = bySet.get(key) ?? [];
    list.push(pillar);
    bySet.set(key, list);
  }
  for (const [key, pillars] of bySet) {
    const [initiative, term] = key.split('\0') as [string, string];
    // A position the schema already rejects (or a missing one) would only make every other pillar look out of place.
    if (pillars.some((p) => !Number.isInteger(p.value.order) || (p.value.order as number) < 1)) continue;
    pillars.sort((a, b) => (a.value.order as number) - (b.value.order as number) || (a.file < b.file ? -1 : 1));
    pillars.forEach((pillar, i) => {
      const order = pillar.value.order as number;
      const expected = i + 1;
      if (order === expected) return;
      const previous = pillars[i - 1];
      const message =
        previous && previous.value.order === order
          ? `Pillar position ${order} of \`${initiative}\` (${term}) is also taken by ${previous.file}.`
          : `Pillar position ${order} of \`${initiative}\` (${term}) leaves a gap: expected ${expected} (positions run 1..${pillars.length}).`;
      out.push(diagnostic(pillar.file, pillar.locate(['order']), 'pillar/order-gap', message, 'Number the pillars of one initiative and one term 1, 2, 3… in the order the source gives them.'));
    });
  }
  return out;
};
