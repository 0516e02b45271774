import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { ID_PATTERN } from '../../model/record-types.js';
import type { Check } from './context.js';

/** `record/id-mismatch` and `record/duplicate-id`. */
export const checkIds: Check = (context) => {
  const out: Diagnostic[] = [];
  const firstFileOf = new Map<string, string>();
  for (const record of context.records) {
    const id = record.value.id;
    if (typeof id !== 'string') continue;
    // An id of the wrong form (`../x`, `A/B`) is the schema's to report; naming a file after it would be bad advice.
    if (id !== record.stem && ID_PATTERN.test(id)) {
      out.push(
        diagnostic(record.file, record.locate(['id']), 'record/id-mismatch', `The id \`${id}\` differs from the file name \`${record.stem}\`.`, `Rename the file to \`${id}.yaml\` or set \`id: ${record.stem}\`.`),
      );
    }
    const key = `${record.type}:${id}`;
    const first = firstFileOf.get(key);
    if (first) {
      out.push(diagnostic(record.file, record.locate(['id']), 'record/duplicate-id', `The ${record.type} id \`${id}\` is already used by ${first}.`, 'Give one of the two records another id, or merge them.'));
    } else {
      firstFileOf.set(key, record.file);
    }
  }
  return out;
};
