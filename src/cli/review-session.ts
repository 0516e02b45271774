/**
 * `demine review --interactive`: the drafts one by one, answered with a letter and Enter
 * (a for accept, r reject, s skip, e open in $EDITOR, q quit) from a terminal or a pipe.
 * The end of input is a quit. Each decision is written at once, under the build lock.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { acceptRecords, rejectRecords, type DecisionResult } from '../review/decide.js';
import { countDrafts, type WaitingDocument } from '../review/waiting.js';
import { makeChalk } from './colour.js';
import { reportDecisions, underLock } from './decisions.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import type { GlobalOptions } from './main.js';
import { plural, summarise } from './report.js';
import { documentHeading, draftBlock } from './review-print.js';

const PROMPT = '  [a]ccept, [r]eject, [s]kip, [e]dit, [q]uit? ';

export async function reviewInteractively(io: CliIo, global: GlobalOptions, root: string, documents: WaitingDocument[]): Promise<number> {
  if (!io.stdin) throw new UsageError('--interactive needs answers on standard input.');
  const total = countDrafts(documents);
  if (total === 0) {
    summarise(io, global, 'no drafts waiting for review', true);
    return EXIT.ok;
  }
  const chalk = makeChalk(io.stdout, io.env, global.color);
  const lines = createInterface({ input: io.stdin, terminal: false })[Symbol.asyncIterator]();
  const ask = async (): Promise<string> => {
    io.stdout.write(PROMPT);
    const next = await lines.next();
    return next.done ? 'q' : next.value.trim().toLowerCase();
  };
  const tally = { accepted: 0, rejected: 0, skipped: 0, refused: 0 };
  let seen = 0;
  return underLock(root, async () => {
    for (const doc of documents) {
      io.stdout.write(`\n${documentHeading(doc, chalk)}`);
      for (const draft of doc.drafts) {
        seen++;
        io.stdout.write(`\n${chalk.dim(`(${seen}/${total})`)}\n${draftBlock(draft, chalk)}`);
        for (;;) {
          const answer = await ask();
          if (answer === 'q' || answer === 'quit') return finish(io, global, tally, total - seen + 1);
          if (answer === 's' || answer === 'skip' || answer === '') {
            tally.skipped++;
            break;
          }
          if (answer === 'e' || answer === 'edit') {
            openInEditor(io, path.join(root, draft.file));
            continue;
          }
          if (answer === 'a' || answer === 'accept' || answer === 'r' || answer === 'reject') {
            const verb = answer.startsWith('a') ? 'accept' : 'reject';
            const result: DecisionResult = await (verb === 'accept' ? acceptRecords : rejectRecords)(root, { kind: 'refs', refs: [draft.ref] });
            const code = reportDecisions(io, { ...global, quiet: false }, 'pretty', verb, result);
            if (code === EXIT.ok) {
              tally[verb === 'accept' ? 'accepted' : 'rejected']++;
              break;
            }
            tally.refused++; // the same draft again: fix it in the editor, or skip it
            continue;
          }
          io.stdout.write(`  ${chalk.red('?')} answer a, r, s, e or q\n`);
        }
      }
    }
    return finish(io, global, tally, 0);
  });
}

function openInEditor(io: CliIo, file: string): void {
  const editor = io.env.VISUAL || io.env.EDITOR;
  if (!editor) {
    io.stdout.write('  set $EDITOR (or $VISUAL) to open records from here\n');
    return;
  }
  // $EDITOR may hold arguments (`code --wait`): run it through the shell, the file passed as an argument.
  io.stdin?.pause();
  const run = spawnSync('/bin/sh', ['-c', `${editor} "$1"`, 'demine-edit', file], { stdio: 'inherit', env: io.env as NodeJS.ProcessEnv });
  io.stdin?.resume();
  if (run.status !== 0) io.stdout.write(`  the editor exited with ${run.status ?? run.signal}; the file is as it left it\n`);
}

function finish(io: CliIo, global: GlobalOptions, tally: { accepted: number; rejected: number; skipped: number; refused: number }, left: number): number {
  const parts = [`${tally.accepted} accepted`, `${tally.rejected} rejected`, `${tally.skipped} skipped`];
  if (tally.refused > 0) parts.push(`${tally.refused} refused`);
  if (left > 0) parts.push(`${plural(left, 'draft')} left for later`);
  summarise(io, global, `review: ${parts.join(', ')}`, tally.refused === 0);
  return tally.refused === 0 ? EXIT.ok : EXIT.failed;
}
