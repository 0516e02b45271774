import { citeRecords, isDraftRecord, UnknownRefError, type CiteFormat } from '../../bundle/index.js';
import { UsageError, UserError } from '../io.js';
import { loadCleanKnowledgeBase } from '../load-kb.js';
import type { CommandRunner } from '../main.js';

export const citeCommand: CommandRunner<{ format: CiteFormat; all?: boolean }> = async (io, global, options, args) => {
  if (options.all && options.format !== 'csl-json') throw new UsageError('--all exports a library: use it with --format csl-json.', 'For example: demine cite --all --format csl-json > library.json');
  if (options.all && args.length > 0) throw new UsageError('--all cites every record: give it no references.');
  if (!options.all && args.length === 0) throw new UsageError('cite needs a record reference (`<type>:<id>`), or --all with --format csl-json.', 'Run `demine list` to see the records.');
  const kb = await loadCleanKnowledgeBase(io, global);
  io.stdout.write(withNewline(lookUp(() => citeRecords(kb, args, options.format, { all: options.all }))));
  for (const ref of args) if (isDraftRecord(kb, ref)) io.stderr.write(`demine: note: ${ref} is a draft, extracted by machine and not reviewed by a person; check its quotes before citing it.\n`);
  return 0;
};

/** Runs a look-up, turning an unknown or malformed reference into a user-facing error. */
export function lookUp<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof UnknownRefError) {
      if (error.reason === 'malformed') throw new UsageError(error.message);
      throw new UserError(error.message, 'Run `demine list` to see the records.');
    }
    throw error;
  }
}

export function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
