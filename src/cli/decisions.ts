/** What `demine accept`, `demine reject` and `demine review --interactive` print about decisions. */
import { acquireLock, LockedError } from '../publish/lock.js';
import { MalformedRefError, type DecisionResult, type Selection } from '../review/decide.js';
import type { FormatName } from './formatters/index.js';
import { EXIT, UsageError, UserError, type CliIo } from './io.js';
import type { GlobalOptions } from './main.js';
import { plural, reportDiagnostics, summarise } from './report.js';

export type Verb = 'accept' | 'reject';

const PAST: Record<Verb, string> = { accept: 'accepted', reject: 'rejected' };
const STATUS: Record<Verb, string> = { accept: 'reviewed', reject: 'rejected' };

/** Runs a decision under the knowledge base's lock (no build or extraction writes beside it). */
export async function underLock<T>(root: string, fn: () => Promise<T>): Promise<T> {
  const release = await acquireLock(root).catch((error: unknown) => {
    if (error instanceof LockedError) throw new UserError(`${error.message}.`, 'Wait for it to finish, then run the command again.');
    throw error;
  });
  try {
    return await fn().catch((error: unknown) => {
      if (error instanceof MalformedRefError) throw new UsageError(`${error.message}.`);
      throw error;
    });
  } finally {
    await release();
  }
}

/** Prints each decision, the diagnostics of refusals and a summary; returns the exit code. */
export function reportDecisions(io: CliIo, global: GlobalOptions, format: FormatName, verb: Verb, result: DecisionResult): number {
  if (result.fatal.length > 0) {
    reportDiagnostics(io, global, format, result.fatal);
    summarise(io, global, 'nothing changed: fix these problems first', false);
    return EXIT.failed;
  }
  reportDiagnostics(io, global, format, result.diagnostics);
  const changed = result.decisions.filter((d) => d.outcome === 'changed');
  const refused = result.decisions.filter((d) => d.outcome === 'refused');
  if (!global.quiet) {
    for (const d of result.decisions) {
      if (d.outcome === 'changed') io.stdout.write(`${PAST[verb]}  ${d.ref}  ${d.file}\n`);
      else if (d.outcome === 'unchanged') io.stdout.write(`already ${STATUS[verb]}  ${d.ref}\n`);
      else io.stdout.write(`refused  ${d.ref}  ${verb === 'accept' ? 'it does not validate (above)' : 'other records refer to it (above)'}\n`);
      for (const link of d.draftLinks ?? []) io.stdout.write(`  note: ${d.ref} refers to ${link}, still a draft; accept it too, or a --reviewed-only build leaves the link out\n`);
    }
  }
  for (const name of result.unknown) io.stderr.write(`demine: \`${name}\` names no record (or no document with records). Run \`demine review\` or \`demine list\` to see them.\n`);
  const parts = [`${plural(changed.length, 'record')} ${PAST[verb]}`];
  if (refused.length > 0) parts.push(`${refused.length} refused`);
  if (result.unknown.length > 0) parts.push(`${result.unknown.length} not found`);
  const ok = refused.length === 0 && result.unknown.length === 0;
  if (result.decisions.length === 0 && ok) parts[0] = `nothing to ${verb}`;
  summarise(io, global, parts.join(', '), ok);
  return ok ? EXIT.ok : EXIT.failed;
}

/** The selection from `<ref>…`, `--source <doc>` or `--all` (exactly one of them). */
export function selectionOf(verb: Verb, args: string[], options: { source?: string; all?: boolean }): Selection {
  const given = [args.length > 0, options.source !== undefined, options.all === true].filter(Boolean).length;
  if (given !== 1) throw new UsageError(`${verb} needs record references, --source <doc> or --all (one of them).`, `For example: demine ${verb} figure:cambodia-area-cleared`);
  if (options.all) return { kind: 'all' };
  if (options.source !== undefined) return { kind: 'source', source: options.source };
  return { kind: 'refs', refs: args };
}
