/**
 * Figures across documents. Figures get ids from what they are about, what they measure and
 * their amount; the same figure stated twice keeps both sources. (Pillars: resolve-pillars.ts.)
 */
import type { Figure } from '../../model/records.js';
import type { DocumentAnalysis } from '../analysis.js';
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
