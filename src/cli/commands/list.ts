import { isRecordType, RECORD_TYPES, typeOfFolder } from '../../model/record-types.js';
import type { RecordType } from '../../model/records.js';
import { UsageError } from '../io.js';
import { loadCleanKnowledgeBase } from '../load-kb.js';
import type { CommandRunner } from '../main.js';
import { makeChalk } from '../colour.js';

export const listCommand: CommandRunner<{ json?: boolean }> = async (io, global, options, args) => {
  const types = selectTypes(args[0]);
  const kb = await loadCleanKnowledgeBase(io, global);
  const rows = types.flatMap((type) =>
    kb.records[type].map(({ record, file }) => {
      const info = RECORD_TYPES.find((t) => t.type === type)!;
      const label = String((record as unknown as Record<string, unknown>)[info.labelField] ?? '');
      return { ref: `${type}:${record.id}`, type, id: record.id, label, status: record.status, file };
    }),
  );
  if (options.json) {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const chalk = makeChalk(io.stdout, io.env, global.color);
  const width = Math.max(0, ...rows.map((r) => r.ref.length));
  for (const row of rows) {
    const status = row.status === 'draft' ? chalk.yellow(' (draft)') : '';
    io.stdout.write(`${row.ref.padEnd(width)}  ${row.label.replace(/\s+/g, ' ')}${status}\n`);
  }
  return 0;
};

function selectTypes(arg: string | undefined): RecordType[] {
  if (arg === undefined) return RECORD_TYPES.map((t) => t.type);
  const type = isRecordType(arg) ? arg : typeOfFolder(arg)?.type;
  if (!type) throw new UsageError(`unknown record type \`${arg}\`.`, `Use one of: ${RECORD_TYPES.map((t) => t.type).join(', ')}.`);
  return [type];
}
