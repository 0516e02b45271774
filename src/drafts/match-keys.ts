/**
 * How a draft is matched to a record the knowledge base already has: the keys each record type
 * is known by (its id, its names and aliases, a figure's amount) and a lookup by those keys.
 */
import type { Actor, Figure } from '../model/records.js';
import { nameKey, personKey } from '../extract/text/names.js';
import { initiativeKey } from '../extract/initiatives/initiatives.js';

export function actorKeys(a: { id: string; name: string; aliases?: string[] | undefined }): string[] {
  const keys = [`id:${a.id}`];
  for (const n of [a.name, ...(a.aliases ?? [])]) {
    const k = nameKey(n);
    if (k) keys.push(`n:${k}`);
    const p = personKey(n);
    if (p && p !== k) keys.push(`p:${p}`);
  }
  return keys;
}

/**
 * Whether actor `record` may be the same as `draft`: of the same kind, or of the same name. An
 * alias shared across kinds ("US" of a department of state and of the country) joins nothing.
 */
export function sameActor(record: Actor, draft: Actor): boolean {
  return record.kind === draft.kind || nameKey(record.name) === nameKey(draft.name);
}

export function initiativeKeys(i: { id: string; name: string; aliases?: string[] | undefined }): string[] {
  const keys = [`id:${i.id}`];
  for (const n of [i.name, ...(i.aliases ?? [])]) keys.push(`n:${initiativeKey(n)}`);
  return keys;
}

export function amountKey(f: Figure): string {
  const n = (x: number | undefined): string => (x === undefined ? '' : String(Number(x.toPrecision(12))));
  return `${f.unit}|${n(f.value)}|${n(f.min)}|${n(f.max)}|${f.value === undefined && f.min === undefined && f.max === undefined ? f.qualifier ?? '' : ''}`;
}

/** A lookup from match keys to records, keeping the first record (lowest id) per key. */
export class Index<T extends { id: string }> {
  private readonly map = new Map<string, T>();
  readonly ids = new Set<string>();

  constructor(private readonly keysOf: (r: T) => string[]) {}

  add(r: T): void {
    this.ids.add(r.id);
    for (const k of this.keysOf(r)) if (!this.map.has(k)) this.map.set(k, r);
  }

  replace(old: T, next: T): void {
    for (const k of this.keysOf(old)) if (this.map.get(k) === old) this.map.set(k, next);
    for (const k of this.keysOf(next)) if (!this.map.has(k)) this.map.set(k, next);
  }

  /** The first record matching any of `keys` that `accept` takes, trying keys in order. */
  find(keys: readonly string[], accept: (r: T) => boolean = () => true): T | undefined {
    for (const k of keys) {
      const r = this.map.get(k);
      if (r && accept(r)) return r;
    }
    return undefined;
  }
}
