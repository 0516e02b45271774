/** How `demine review` shows the drafts waiting: one block per draft, under its document. */
import type { ChalkInstance } from 'chalk';
import type { WaitingDocument, WaitingDraft } from '../review/waiting.js';

export function documentHeading(doc: WaitingDocument, chalk: ChalkInstance): string {
  const what = [doc.title, doc.date].filter(Boolean).join(', ');
  const count = `${doc.drafts.length} draft${doc.drafts.length === 1 ? '' : 's'}`;
  return `${chalk.bold(doc.file ?? doc.source)}${what ? `  ${what}` : ''}  (${count})\n`;
}

export function draftBlock(draft: WaitingDraft, chalk: ChalkInstance): string {
  const lines = [`  ${chalk.yellow(draft.ref)}  ${chalk.dim(draft.file)}`, `    states:  ${draft.statement}`];
  for (const q of draft.quotes) {
    const where = q.file ? `${q.file}${q.line !== undefined ? `:${q.line}` : ''}` : `${q.source} (document not found)`;
    const shown = q.context
      ? `${q.context.before}${chalk.level > 0 ? chalk.bold(q.context.quote) : `»${q.context.quote}«`}${q.context.after}`
      : `»${q.quote.replace(/\s+/g, ' ')}«`;
    lines.push(`    quote:   ${where}`, `             ${shown}`);
  }
  for (const link of draft.links) {
    const verb = link.direction === 'in' ? 'used by' : link.status !== 'reviewed' ? 'with' : link.field === 'initiative' ? 'joins' : 'extends';
    const how = link.direction === 'out' ? `through ${link.field}` : `its ${link.field}`;
    lines.push(`    ${`${verb}:`.padEnd(9)}${link.ref}  ${link.label.replace(/\s+/g, ' ')} (${link.status}, ${how})`);
  }
  return `${lines.join('\n')}\n`;
}
