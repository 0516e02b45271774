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
  const add = (text: string): string | undefined => {
    parts.push(text);
    length += text.length;
    if (length < size) return undefined;
    const piece = asciiEscaped(parts.join(''));
    parts = [];
    length = 0;
    return piece;
  };
  const fields = (object: Record<string, unknown>, deeper: boolean): Generator<string> => entries(object, deeper, add);
  for (const piece of fields(value, true)) yield piece;
  if (parts.length > 0) yield asciiEscaped(parts.join(''));
}

function* entries(object: Record<string, unknown>, deeper: boolean, add: (text: string) => string | undefined): Generator<string> {
  let first = true;
  const emit = function* (text: string): Generator<string> {
    const piece = add(text);
    if (piece !== undefined) yield piece;
  };
  yield* emit('{');
  for (const key of Object.keys(object)) {
    const field = object[key];
    if (omitted(field)) continue;
    yield* emit(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (deeper && isPlainObject(field)) yield* entries(field, false, add);
    else yield* emit(JSON.stringify(field));
  }
  yield* emit('}');
}
