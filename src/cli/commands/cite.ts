import { citeRecord, isDraftRecord, UnknownRefError, type CiteFormat } from '../../bundle/index.js';
import { UsageError, UserError } from '../io.js';
import { loadCleanKnowledgeBase } from '../load-kb.js';
import type { CommandRunner } from '../main.js';

export const citeCommand: CommandRunner<{ format: CiteFormat }> = async (io, global, options, args) => {
  const kb = await loadCleanKnowledgeBase(io, global);
  io.stdout.write(withNewline(lookUp(() => citeRecord(kb, args[0]!, options.format))));
  if (isDraftRecord(kb, args[0]!)) io.stderr.write(`demine: note: ${args[0]} is a draft, extracted by machine and not reviewed by a person; check its quotes before citing it.\n`);
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
