/**
 * Reading and rewriting the reference fields that `RECORD_TYPES[].refs` describes
 * (`leads.*`, `roles.*.organisation`, `about`), so no stage names them one by one.
 */

import { valuesAt } from '../model/record-paths.js';

type Container = Record<string, unknown> | unknown[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calls `leaf(container, key)` for every place the path reaches that holds a value. */
function visit(node: unknown, segments: readonly string[], leaf: (container: Container, key: string | number) => void): void {
  const [segment, ...rest] = segments;
  if (segment === undefined) return;
  if (segment === '*') {
    if (!Array.isArray(node)) return;
    node.forEach((item, i) => (rest.length === 0 ? leaf(node, i) : visit(item, rest, leaf)));
    return;
  }
  if (!isObject(node) || node[segment] === undefined) return;
  if (rest.length === 0) leaf(node, segment);
  else visit(node[segment], rest, leaf);
}

/** Every reference string the path reaches in a record, in document order. */
export function refsAt(record: unknown, path: string): string[] {
  return valuesAt(record, path)
    .map(({ value }) => value)
    .filter((value): value is string => typeof value === 'string');
}

/**
 * Replaces, in place, every reference the path reaches with `replace(ref)`. When
 * `siblingKey` is given and the reference sits in an object field, `siblingKey(field)`
 * receives `extra(ref)` next to it (used for `about` + `about_type`).
 */
export function rewriteRefsAt(
  record: unknown,
  path: string,
  replace: (ref: string) => unknown,
  sibling?: { key: (field: string) => string; value: (ref: string) => unknown },
): void {
  visit(record, path.split('.'), (container, key) => {
    const value = (container as Record<string | number, unknown>)[key];
    if (typeof value !== 'string') return;
    (container as Record<string | number, unknown>)[key] = replace(value);
    if (sibling && typeof key === 'string' && !Array.isArray(container)) {
      container[sibling.key(key)] = sibling.value(value);
    }
  });
}
