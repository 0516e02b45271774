/**
 * Figures and pillars across documents. Figures get ids from what they are about, what they
 * measure and their amount; the same figure stated twice keeps both sources. Pillar sets
 * are numbered per initiative from the set most firmly linked to it.
 */
import type { Figure, Pillar } from '../../model/records.js';
import type { DocumentAnalysis } from '../analyse.js';
import { slugId } from '../text/names.js';
import { addSource } from './resolve-common.js';

function numberSlug(n: number): string {
  return String(Number(n.toPrecision(12))).replace(/e\+?/, 'e');
}

export function resolveFigures(docs: readonly DocumentAnalysis[], refOf: (key: string) => string | undefined): Figure[] {
  const byId = new Map<string, { figure: Figure; seen: Set<string> }>();
  const inDoc = new Map<string, string>();
  for (const doc of docs) {
    for (const f of doc.figures) {
      const about = f.aboutKey ? refOf(f.aboutKey) : undefined;
      const amount = f.value !== undefined ? numberSlug(f.value) : f.min !== undefined && f.max !== undefined ? `${numberSlug(f.min)}-to-${numberSlug(f.max)}` : f.qualifier ?? 'some';
      const measureWords = f.measure.split(/\s+/).slice(0, 6).join(' ');
      const aboutPart = about ? about.slice(about.indexOf(':') + 1).split('-').slice(0, 4).join('-') : '';
      const id = slugId([aboutPart, measureWords, amount, f.unit === 'count' ? '' : f.unit].filter(Boolean).join(' '));
      // The same amount of the same thing twice in one document (a headline and its story) is one figure.
      const sameInDoc = `${doc.id}\u0000${f.unit}\u0000${amount}\u0000${measureWords.toLowerCase()}`;
      const existing = byId.get(id) ?? byId.get(inDoc.get(sameInDoc) ?? '');
      if (existing) {
        addSource(existing.figure.sources, existing.seen, doc.id, f.quote);
        continue;
      }
      inDoc.set(sameInDoc, id);
      const figure: Figure = { id } as Figure;
      if (f.value !== undefined) figure.value = f.value;
      if (f.min !== undefined) figure.min = f.min;
      if (f.max !== undefined) figure.max = f.max;
      figure.unit = f.unit;
      if (f.qualifier) figure.qualifier = f.qualifier;
      figure.measure = f.measure.slice(0, 500);
      if (about) figure.about = about;
      if (doc.date) figure.as_of = doc.date;
      figure.text = f.text.slice(0, 500);
      figure.status = 'draft';
      figure.sources = [];
      const seen = new Set<string>();
      addSource(figure.sources, seen, doc.id, f.quote);
      if (figure.sources.length > 0) byId.set(id, { figure, seen });
    }
  }
  return [...byId.values()].map((x) => x.figure);
}

export function resolvePillars(docs: readonly DocumentAnalysis[], initiativeId: (key: string) => string | undefined): Pillar[] {
  interface SetRef { doc: DocumentAnalysis; docIndex: number; set: DocumentAnalysis['pillarSets'][number] }
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
    const term = sets[0]!.set.term;
    const base = initiative.slice(0, 100).replace(/-+$/, '');
    const byOrder = new Map<number, { pillar: Pillar; seen: Set<string> }>();
    for (const { doc, set } of sets) {
      if (set.term !== term) continue;
      set.items.forEach((item, i) => {
        const order = i + 1;
        const quote = set.quotes[i] ?? '';
        const existing = byOrder.get(order);
        if (existing) {
          addSource(existing.pillar.sources, existing.seen, doc.id, quote);
          return;
        }
        const pillar: Pillar = {
          id: `${base}-${term ?? 'pillar'}-${order}`,
          initiative: `initiative:${initiative}`,
          order,
        } as Pillar;
        if (term) pillar.term = term;
        pillar.title = item.title.slice(0, 500);
        pillar.text = item.text.slice(0, 20000);
        pillar.status = 'draft';
        pillar.sources = [];
        const seen = new Set<string>();
        addSource(pillar.sources, seen, doc.id, quote);
        if (pillar.sources.length > 0) byOrder.set(order, { pillar, seen });
      });
    }
    // Positions must run 1..n without gaps.
    for (let order = 1; byOrder.has(order); order++) pillars.push(byOrder.get(order)!.pillar);
  }
  return pillars;
}

