/**
 * Pillar sets across documents, numbered per initiative and set word (its objectives 1..n, its
 * areas 1..m) from the set most firmly linked to it. A set another document gives again (same
 * word and size, or mostly the same titles) adds its sources to the pillars already placed; any
 * other set of the same initiative and word — a second list in one document, or a different one
 * elsewhere — continues that word's numbering, so nothing is dropped.
 */
import { pillarTerm, type Pillar } from '../../model/records.js';
import type { DocumentAnalysis } from '../analysis.js';
import { nameKey } from '../text/names.js';
import { addSource } from './resolve-common.js';

type PillarSet = DocumentAnalysis['pillarSets'][number];
interface SetRef { doc: DocumentAnalysis; docIndex: number; set: PillarSet }
interface Placed { pillar: Pillar; seen: Set<string>; key: string }

/** Where the items of `set` already stand among `placed` (by title), or undefined when it is a new set. */
function repeatOf(set: PillarSet, placed: readonly Placed[], sameDoc: boolean): (number | undefined)[] | undefined {
  const at = set.items.map((item) => {
    const i = placed.findIndex((p) => p.key === nameKey(item.title));
    return i >= 0 ? i : undefined;
  });
  const known = at.filter((i) => i !== undefined).length;
  if (known * 2 >= set.items.length && known > 0) return at;
  // another document's set with the same word and size: the same set in other words
  const ofTerm = placed.flatMap((p, i) => (pillarTerm(p.pillar) === pillarTerm(set) ? [i] : []));
  if (!sameDoc && ofTerm.length > 0 && set.items.length === ofTerm.length) return ofTerm;
  return undefined;
}

export function resolvePillars(docs: readonly DocumentAnalysis[], initiativeId: (key: string) => string | undefined): Pillar[] {
  const byInitiative = new Map<string, SetRef[]>();
  docs.forEach((doc, docIndex) => {
    for (const set of doc.pillarSets) {
      const id = initiativeId(set.initiativeKey);
      if (!id) continue;
      const list = byInitiative.get(id) ?? [];
      list.push({ doc, docIndex, set });
      byInitiative.set(id, list);
    }
  });
  const pillars: Pillar[] = [];
  for (const [initiative, sets] of byInitiative) {
    sets.sort((a, b) => b.set.strength - a.set.strength || a.docIndex - b.docIndex || a.set.at - b.set.at);
    const base = initiative.slice(0, 100).replace(/-+$/, '');
    const placed: Placed[] = [];
    const docsPlaced = new Set<DocumentAnalysis>();
    for (const { doc, set } of sets) {
      const repeat = placed.length > 0 ? repeatOf(set, placed, docsPlaced.has(doc)) : undefined;
      docsPlaced.add(doc);
      set.items.forEach((item, i) => {
        const quote = set.quotes[i] ?? '';
        const at = repeat?.[i];
        if (repeat) {
          if (at !== undefined) addSource(placed[at]!.pillar.sources, placed[at]!.seen, doc.id, quote);
          return;
        }
        const order = placed.filter((p) => pillarTerm(p.pillar) === pillarTerm(set)).length + 1;
        const pillar: Pillar = { id: `${base}-${pillarTerm(set)}-${order}`, initiative: `initiative:${initiative}`, order } as Pillar;
        if (set.term) pillar.term = set.term as Pillar['term'];
        pillar.title = item.title.slice(0, 500);
        pillar.text = item.text.slice(0, 20000);
        pillar.status = 'draft';
        pillar.sources = [];
        const seen = new Set<string>();
        addSource(pillar.sources, seen, doc.id, quote);
        // Positions must run 1..n without gaps: an item with no usable source is not placed.
        if (pillar.sources.length > 0) placed.push({ pillar, seen, key: nameKey(item.title) });
      });
    }
    for (const p of placed) pillars.push(p.pillar);
  }
  return pillars;
}
