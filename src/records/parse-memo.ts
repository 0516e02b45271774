/**
 * What a caller may remember of earlier parses, so that files that did not change are not read
 * or parsed again (the build keeps one in `.demine/`, see src/pipeline/build/build-parse-cache.ts).
 * Only results without any problem are remembered, and only plain JSON values.
 */
export interface ParseMemo<T> {
  /** The result for `rel` when the file is as it was (by size and time, or by `text` when given). */
  recall(rel: string, text?: string): T | undefined;
  remember(rel: string, text: string, value: T): void;
  /**
   * What was made of the file as a whole (a source document with its text), kept in memory by
   * the builds of one process, when the file is as it was (by size and time): it is then not
   * read again. Only problem-free results are kept (`keepWhole`).
   */
  recallWhole?(rel: string): object | undefined;
  keepWhole?(rel: string, value: object): void;
}

/**
 * Quotes an earlier check found in a document, remembered by the document's content: a quote
 * known to occur in a text that has not changed is not searched for again.
 */
export interface QuoteMemo {
  /** True when `quote` was found in the body of the document file `file` as it is now. */
  known(file: string, quote: string): boolean;
  /** `quote` occurs in the body of `file` as it is now. */
  found(file: string, quote: string): void;
}

/** True when `value` survives JSON unchanged: finite numbers (not -0), no `__proto__` keys. */
export function isPlainJson(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every((v) => isPlainJson(v, depth + 1));
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || !isPlainJson((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}
