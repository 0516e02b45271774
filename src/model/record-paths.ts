/** One step of a path into a record: a field name or a list index. */
export type PathSegment = string | number;

/** The values at a dotted path with `*` for every list item, e.g. `roles.*.organisation`. */
export function valuesAt(root: unknown, dotted: string): { path: PathSegment[]; value: unknown }[] {
  let current: { path: PathSegment[]; value: unknown }[] = [{ path: [], value: root }];
  for (const part of dotted.split('.')) {
    const next: typeof current = [];
    for (const { path, value } of current) {
      if (part === '*') {
        if (Array.isArray(value)) value.forEach((item, i) => next.push({ path: [...path, i], value: item }));
      } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, part)) {
        next.push({ path: [...path, part], value: (value as Record<string, unknown>)[part] });
      }
    }
    current = next;
  }
  return current;
}

/** The source ids a record's `sources` list cites, in order (a record of any shape). */
export function citedSourceIds(record: unknown): string[] {
  return valuesAt(record, 'sources.*.source').flatMap(({ value }) => (typeof value === 'string' ? [value] : []));
}
