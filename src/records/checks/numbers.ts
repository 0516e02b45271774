import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { PathSegment } from '../parse-yaml.js';
import { label } from '../schema-diagnostics.js';
import type { Check } from './context.js';

/** `record/not-finite`: no NaN or infinity anywhere in a record (YAML's `.nan`, `.inf`). */
export const checkFiniteNumbers: Check = (context) => {
  const out: Diagnostic[] = [];
  for (const record of context.records) {
    if (FINITE.has(record.value)) continue;
    const before = out.length;
    walk(record.value, [], (path, n) => {
      out.push(diagnostic(record.file, record.locate(path), 'record/not-finite', `\`${label(path)}\` is ${n}, which is not a number a source can state.`, 'Write the number as digits, or leave the field out.'));
    });
    if (out.length === before && typeof record.value === 'object' && record.value !== null) FINITE.add(record.value);
  }
  return out;
};

/**
 * Record values already walked and found to hold only finite numbers. Values are never changed
 * once parsed, and the builds of one process (`demine build --watch`) get the same objects back
 * for files that did not change, so those are not walked again.
 */
const FINITE = new WeakSet<object>();

/**
 * Tells the check that `value` holds only finite numbers, without walking it: a value a parse
 * memo gives back (`ParseMemo`), which keeps only plain JSON, where no NaN or infinity can be.
 */
export function knownFinite(value: object): void {
  FINITE.add(value);
}

function walk(value: unknown, path: PathSegment[], report: (path: PathSegment[], n: number) => void): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) report(path, value);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, i], report));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], report);
  }
}
