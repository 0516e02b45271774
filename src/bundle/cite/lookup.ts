/** Finding one record by its `<type>:<id>` reference, with a typed error the CLI turns into a message. */
import type { AnyRecord, RecordType } from '../../model/records.js';
import { parseRef } from '../../model/record-types.js';
import type { BundleContext } from '../context.js';

export class UnknownRefError extends Error {
  override readonly name = 'UnknownRefError';

  /** `malformed`: not of the form `<type>:<id>` with a known type; `not-found`: no such record. */
  constructor(
    readonly ref: string,
    readonly reason: 'malformed' | 'not-found',
  ) {
    super(
      reason === 'malformed'
        ? `\`${ref}\` is not a record reference; write <type>:<id> with type initiative, pillar, actor or figure.`
        : `No record \`${ref}\` in the knowledge base.`,
    );
  }
}

export function lookupRecord(ctx: BundleContext, ref: string): { type: RecordType; id: string; record: AnyRecord } {
  const parsed = parseRef(ref);
  if (!parsed) throw new UnknownRefError(ref, 'malformed');
  const found = ctx.resolve(ref);
  if (!found) throw new UnknownRefError(ref, 'not-found');
  return { type: found.type, id: parsed.id, record: found.record };
}
