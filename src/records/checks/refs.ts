import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { ID_PATTERN, parseRef, typeInfo } from '../../model/record-types.js';
import type { ParsedRecord } from '../load-records.js';
import type { Check } from './context.js';
import { valuesAt } from '../../model/record-paths.js';

/**
 * `ref/dangling`, `ref/wrong-type` and `ref/rejected`: every `<type>:<id>` resolves to a
 * record the field accepts, and not to a rejected one. A rejected record (a tombstone,
 * never published) is not checked itself.
 */
export const checkRefs: Check = (context) => {
  const out: Diagnostic[] = [];
  for (const record of context.records) {
    if (isRejected(record)) continue;
    for (const field of typeInfo(record.type).refs) {
      for (const { path, value } of valuesAt(record.value, field.path)) {
        if (typeof value !== 'string') continue;
        const ref = parseRef(value);
        if (!ref || !ID_PATTERN.test(ref.id)) continue; // the schema reports the form
        const span = () => record.locate(path);
        if (!field.to.includes(ref.type)) {
          out.push(diagnostic(record.file, span(), 'ref/wrong-type', `\`${value}\` points to ${article(ref.type)}, but this field takes ${field.to.map(article).join(' or ')}.`, `Point it at ${field.to.map(article).join(' or ')} (\`${field.to[0]}:<id>\`).`));
          continue;
        }
        const target = context.byType.get(ref.type)?.get(ref.id);
        if (!target && !context.unreadable.has(value)) {
          const folder = typeInfo(ref.type).folder;
          out.push(diagnostic(record.file, span(), 'ref/dangling', `\`${value}\` does not resolve: there is no data/${folder}/${ref.id}.yaml.`, `Create that record, or fix the id.`));
        } else if (target && isRejected(target)) {
          out.push(diagnostic(record.file, span(), 'ref/rejected', `\`${value}\` was rejected (${target.file} is a tombstone, never published).`, `Remove the reference, point it at another record, or accept it again with \`demine accept ${value}\`.`));
        }
      }
    }
  }
  return out;
};

function isRejected(record: ParsedRecord): boolean {
  return record.value.status === 'rejected';
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
