import { hasErrors } from '../diagnostics/diagnostic.js';
import type { KnowledgeBase } from '../model/knowledge-base.js';
import { validateKnowledgeBase } from '../records/validate.js';
import { UserError, type CliIo } from './io.js';
import type { GlobalOptions } from './main.js';
import { countProblems } from './report.js';
import { resolveRoot } from './root.js';

/** Loads a clean knowledge base for the look-up commands; data errors point the user at `demine validate`. */
export async function loadCleanKnowledgeBase(io: CliIo, global: GlobalOptions): Promise<KnowledgeBase> {
  const root = await resolveRoot(io, global);
  const result = await validateKnowledgeBase(root);
  if (!result.kb || hasErrors(result.diagnostics)) {
    throw new UserError(`the knowledge base has ${countProblems(result.diagnostics)}.`, 'Run `demine validate` to see them, and fix them first.');
  }
  return result.kb;
}
