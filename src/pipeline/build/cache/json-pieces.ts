/**
 * The caches as JSON in pieces of about a megabyte, written one after another, instead of one
 * string: `incremental.json` is 18 MB at 50,000 records, and the whole string, then its bytes,
 * were held at once at the end of every build. The pieces join to exactly `asciiJson(value)`.
 */

const NOT_ASCII = /[\u007f-\uffff]/;

/** JSON text with every character past ASCII as a `\u` escape (per character: a piece at a time gives the same). */
export function asciiEscaped(json: string): string {
  return NOT_ASCII.test(json) ? json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

/**
 * `value` as JSON with every character past ASCII written as a `\u` escape: the same value
 * when parsed, and a file that reads back without UTF-8 decoding (see `decodeText`).
 */
export function asciiJson(value: object): string {
  return asciiEscaped(JSON.stringify(value));
}

/** An object `JSON.stringify` writes as its own enumerable fields (no `toJSON`, not an array). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Entries of a map-like field serialised at once. */
const ENTRIES = 2048;

/** What `JSON.stringify` leaves out of an object. */
const omitted = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * `asciiJson(value)` in pieces of at least `size` characters (the last one shorter): the top
 * level's fields and, for a field that is itself a plain object (a map by path or key), each of
 * its entries are serialised one at a time.
 */
export function* jsonPieces(value: object, size = 1 << 20): Generator<string> {
  if (!isPlainObject(value)) {
    yield asciiJson(value);
    return;
  }
  let parts: string[] = [];
  let length = 0;
  const take = (): string => {
    const piece = asciiEscaped(parts.join(''));
    parts = [];
    length = 0;
    return piece;
  };
  let outer = '{';
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (omitted(field)) continue;
    if (!isPlainObject(field)) {
      parts.push(`${outer}${JSON.stringify(key)}:${JSON.stringify(field)}`);
      length += parts[parts.length - 1]!.length;
    } else {
      // A map-like field: its entries a few thousand at a time (one native stringify each), a piece handed on whenever one is full.
      let inner = `${outer}${JSON.stringify(key)}:{`;
      const names = Object.keys(field);
      for (let start = 0; start < names.length; start += ENTRIES) {
        const chunk = Object.create(null) as Record<string, unknown>; // a `__proto__` entry stays an entry
        for (const name of names.slice(start, start + ENTRIES)) chunk[name] = field[name];
        const text = JSON.stringify(chunk).slice(1, -1);
        if (text === '') continue;
        parts.push(inner, text);
        length += inner.length + text.length;
        inner = ',';
        if (length >= size) yield take();
      }
      parts.push(inner === ',' ? '}' : `${inner}}`);
      length += 1;
    }
    outer = ',';
    if (length >= size) yield take();
  }
  parts.push(outer === ',' ? '}' : '{}');
  yield take();
}
