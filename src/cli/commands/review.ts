import { isRecordType } from '../../model/record-types.js';
import type { RecordType } from '../../model/records.js';
import { countDrafts, waitingDrafts } from '../../review/waiting.js';
import { makeChalk } from '../colour.js';
import { UsageError } from '../io.js';
import { loadCleanKnowledgeBase } from '../load-kb.js';
import type { CommandRunner } from '../main.js';
import { plural, summarise } from '../report.js';
import { documentHeading, draftBlock } from '../review-print.js';
import { resolveRoot } from '../root.js';

export interface ReviewOptions {
  source?: string;
  type?: string;
  json?: boolean;
  interactive?: boolean;
}

export const reviewCommand: CommandRunner<ReviewOptions> = async (io, global, options) => {
  const type = typeOption(options.type);
  if (options.interactive && options.json) throw new UsageError('--interactive and --json do not go together.', 'Use one of them.');
  const kb = await loadCleanKnowledgeBase(io, global);
  const documents = waitingDrafts(kb, { source: options.source, type });
  if (options.json) {
    io.stdout.write(`${JSON.stringify(documents, null, 2)}\n`);
    return 0;
  }
  if (options.interactive) {
    const { reviewInteractively } = await import('../review-session.js');
    return reviewInteractively(io, global, await resolveRoot(io, global), documents);
  }
  const chalk = makeChalk(io.stdout, io.env, global.color);
  documents.forEach((doc, i) => {
    io.stdout.write(`${i > 0 ? '\n' : ''}${documentHeading(doc, chalk)}`);
    for (const draft of doc.drafts) io.stdout.write(draftBlock(draft, chalk));
  });
  const n = countDrafts(documents);
  summarise(io, global, n === 0 ? 'no drafts waiting for review' : `${plural(n, 'draft')} waiting in ${plural(documents.length, 'document')}; \`demine accept <ref>\` or \`demine reject <ref>\` (or \`demine review --interactive\`)`, true);
  return 0;
};

function typeOption(type: string | undefined): RecordType | undefined {
  if (type === undefined) return undefined;
  if (!isRecordType(type)) throw new UsageError(`--type ${type}: not a record type.`, 'Use initiative, pillar, actor or figure.');
  return type;
}
