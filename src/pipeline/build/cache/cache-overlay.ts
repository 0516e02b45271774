/**
 * A large cache file after a small change: instead of serialising and writing tens of megabytes
 * again because a few of its entries changed, the changes are written beside it, in
 * `<name>.overlay`, as patches of its maps (entries set, entries dropped) and the fields that are
 * not maps. A reader gets the file with its overlay applied: exactly the value last written. Once
 * the overlay has grown past a share of the file, the file is written whole again and the overlay
 * removed. Used for `parsed.json` (the records as parsed: 26 MB at 50,000 records), whose
 * writer asks for it (`CacheStore.write`).
 *
 * The file names itself with an id (its first field, `~base`), which its overlay repeats: an
 * overlay whose file was written whole after it (a build stopped between the two writes) is
 * ignored.
 */

/** The field of a cache file that names it for its overlay (taken out before the value is handed on). */
export const BASE_ID = '~base';

/** Files smaller than `minBytes` are written whole: their overlay would save nothing worth its reading (tests lower it). */
export const overlayLimits = { minBytes: 1 << 20 };

/** The overlay is written while its text stays under this share of the file's. */
const MAX_SHARE = 1 / 3;

type Json = Record<string, unknown>;

export interface Overlay {
  /** The id of the file it patches. */
  base: string;
  /** Fields taken whole (not maps, or maps that changed too much to be patched). */
  fields: Json;
  /** Field → the entries set in it, and those dropped from it. */
  patches: Record<string, [set: Json, drop: string[]]>;
}

/** A cache file as it stands on disk: the value read (or written) and, when it has one, its overlay. */
export interface Snapshot {
  id: string;
  value: Json;
  overlay?: Overlay;
  /** The length of the file's text, to which the overlay's is compared. */
  length: number;
}

const isMap = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** True when two entries serialise alike for certain: the same value, or arrays of the same elements. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function isOverlay(value: unknown, id: string): value is Overlay {
  if (!isMap(value) || value.base !== id || !isMap(value.fields) || !isMap(value.patches)) return false;
  return Object.values(value.patches).every((patch) => Array.isArray(patch) && isMap(patch[0]) && Array.isArray(patch[1]));
}

/** Applies `overlay` to `value` (a value just parsed from its file, changed in place). */
export function applyOverlay(value: Json, overlay: Overlay): void {
  for (const [field, [set, drop]] of Object.entries(overlay.patches)) {
    const map = value[field];
    if (!isMap(map)) continue;
    for (const key of drop) delete map[key];
    Object.assign(map, set);
  }
  Object.assign(value, overlay.fields);
}

/**
 * The overlay that makes the file of `snapshot` read as `next`: its overlay with the changes
 * since; undefined when `next` lacks a field the file has (the file is then written whole).
 */
export function nextOverlay(snapshot: Snapshot, next: Json): Overlay | undefined {
  const before = snapshot.value;
  for (const field of Object.keys(before)) if (!Object.hasOwn(next, field)) return undefined;
  const overlay: Overlay = { base: snapshot.id, fields: {}, patches: {} };
  for (const [field, now] of Object.entries(next)) {
    const was = before[field];
    const earlier = snapshot.overlay?.patches[field];
    const whole = snapshot.overlay !== undefined && Object.hasOwn(snapshot.overlay.fields, field);
    if (!isMap(now) || !isMap(was) || whole) {
      overlay.fields[field] = now;
      continue;
    }
    const set: Json = earlier ? { ...earlier[0] } : {};
    const drop = new Set(earlier?.[1]);
    let count = 0;
    // An entry whose value is undefined is not in the JSON: it counts as absent.
    for (const key of Object.keys(now)) {
      count++;
      if (now[key] !== undefined && (!Object.hasOwn(was, key) || !same(was[key], now[key]))) {
        set[key] = now[key];
        drop.delete(key);
      }
    }
    for (const key of Object.keys(was)) {
      if (now[key] !== undefined && Object.hasOwn(now, key)) continue;
      delete set[key];
      drop.add(key);
    }
    if (4 * (Object.keys(set).length + drop.size) > count) overlay.fields[field] = now;
    else if (Object.keys(set).length > 0 || drop.size > 0) overlay.patches[field] = [set, [...drop]];
  }
  return overlay;
}

/** True when an overlay of `overlayLength` characters is worth writing instead of a file of `length`. */
export function worthOverlaying(overlayLength: number, length: number): boolean {
  return overlayLength < length * MAX_SHARE;
}
