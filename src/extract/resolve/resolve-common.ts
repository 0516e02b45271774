/** Helpers shared by the resolution of each record type. */
import type { SourceQuote } from '../../model/records.js';
import type { DocumentAnalysis } from '../analysis.js';
import { slugId } from '../text/names.js';

export interface Placed<T> {
  doc: DocumentAnalysis;
  docIndex: number;
  order: number;
  m: T;
}

export const MAX_NAME = 300;

export function byName<T>(a: [string, T], b: [string, T]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** Assigns unique kebab ids to named clusters, in a deterministic order. */
export function assignIds(clusters: { root: string; name: string; first: number }[]): Map<string, string> {
  const sorted = [...clusters].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.first - b.first));
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  for (const c of sorted) {
    const base = slugId(c.name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(c.root, id);
  }
  return ids;
}

/** The most frequent string, ties to the one seen first. */
export function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const v of values) {
    const c = counts.get(v)!;
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

export function addSource(sources: SourceQuote[], seen: Set<string>, source: string, quote: string): void {
  if (quote === '') return;
  const key = `${source}\u0000${quote}`;
  if (seen.has(key)) return;
  seen.add(key);
  sources.push({ source, quote });
}

