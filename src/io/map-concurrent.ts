/**
 * Maps `fn` over `items` with at most `limit` calls in flight, keeping the results in the
 * order of the items: file reads overlap in the thread pool while output stays deterministic.
 */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** How many file reads demine keeps in flight. */
export const READ_CONCURRENCY = 32;
