/**
 * Memoises a pure function of one string: the engine asks the same questions of the
 * lexicon (is "Japan" a country? is "Ministry" a role head?) for every mention of a word.
 * The cache is emptied when it reaches `limit` entries, so a long run cannot grow it
 * without bound; results never depend on what is cached.
 */
const NONE: unique symbol = Symbol('none');

export function memoByString<T>(fn: (s: string) => T, limit = 20000): (s: string) => T {
  // an answer of `undefined` (most look-ups: "is this word a country?") is kept as NONE, so a hit is one look-up
  let cache = new Map<string, T | typeof NONE>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
    const value = fn(s);
    if (cache.size >= limit) cache = new Map();
    cache.set(s, value === undefined ? NONE : value);
    return value;
  };
}
