import { knowledgeBaseStatus, type KnowledgeBaseStatus } from '../../review/kb-status.js';
import { makeChalk } from '../colour.js';
import { EXIT, type CliIo } from '../io.js';
import type { CommandRunner } from '../main.js';
import { plural } from '../report.js';
import { resolveRoot } from '../root.js';

export const statusCommand: CommandRunner<{ json?: boolean; reviewedOnly?: boolean }> = async (io, global, options) => {
  const root = await resolveRoot(io, global);
  const status = await knowledgeBaseStatus(root, { reviewedOnly: options.reviewedOnly });
  if (options.json) io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
  else printStatus(io, global.color, status);
  return status.clean ? EXIT.ok : EXIT.failed;
};

function printStatus(io: CliIo, color: boolean | undefined, s: KnowledgeBaseStatus): void {
  const chalk = makeChalk(io.stdout, io.env, color);
  const out: string[] = [];
  out.push(s.notExtracted.length === 0 ? 'documents: all extracted' : `documents not yet extracted: ${s.notExtracted.length} (\`demine build\` extracts them)`);
  for (const d of s.notExtracted) out.push(`  ${chalk.yellow(d.file)}`);
  out.push(s.draftCount === 0 ? 'drafts: none waiting' : `drafts waiting for review: ${s.draftCount} (\`demine review\`)`);
  for (const d of s.drafts) out.push(`  ${String(d.count).padStart(4)}  ${d.source}`);
  out.push(`rejected: ${s.rejected.length}`);
  const b = s.bundle;
  out.push(
    b.state === 'up-to-date'
      ? `${b.out}/: up to date`
      : b.state === 'stale'
        ? `${b.out}/: ${chalk.yellow('stale')} (${b.added} added, ${b.changed} changed, ${b.removed} removed; \`demine build\`)`
        : `${b.out}/: unknown until the errors are fixed`,
  );
  out.push(s.problems.errors + s.problems.warnings === 0 ? 'problems: none' : `problems: ${plural(s.problems.errors, 'error')}, ${plural(s.problems.warnings, 'warning')} (\`demine validate\`)`);
  io.stdout.write(`${out.join('\n')}\n`);
}
