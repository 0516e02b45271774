import { describeRecord } from '../../bundle/index.js';
import { parseRef } from '../../model/record-types.js';
import { UsageError, UserError } from '../io.js';
import { loadCleanKnowledgeBase } from '../load-kb.js';
import type { CommandRunner } from '../main.js';
import { lookUp, withNewline } from './cite.js';

export const showCommand: CommandRunner<{ json?: boolean }> = async (io, global, options, args) => {
  const ref = args[0]!;
  const kb = await loadCleanKnowledgeBase(io, global);
  if (options.json) {
    const parsed = parseRef(ref);
    if (!parsed) throw new UsageError(`\`${ref}\` is not a record reference; write <type>:<id> with type initiative, pillar, actor or figure.`);
    const found = kb.records[parsed.type].find((r) => r.record.id === parsed.id);
    if (!found) throw new UserError(`No record \`${ref}\` in the knowledge base.`, 'Run `demine list` to see the records.');
    io.stdout.write(`${JSON.stringify({ ref, type: found.type, file: found.file, record: found.record }, null, 2)}\n`);
    return 0;
  }
  io.stdout.write(withNewline(lookUp(() => describeRecord(kb, ref))));
  return 0;
};
