import { hasErrors } from '../../diagnostics/diagnostic.js';
import { checkKnowledgeBase } from '../../pipeline/check.js';
import type { FormatName } from '../formatters/index.js';
import type { CommandRunner } from '../main.js';
import { countProblems, plural, reportDiagnostics, summarise } from '../report.js';
import { resolveRoot } from '../root.js';

export const validateCommand: CommandRunner<{ format: FormatName }> = async (io, global, options) => {
  const root = await resolveRoot(io, global);
  const result = await checkKnowledgeBase(root);
  const code = reportDiagnostics(io, global, options.format, result.diagnostics);
  const read = `${plural(result.counts.records, 'record')} and ${plural(result.counts.sources, 'source')}`;
  if (hasErrors(result.diagnostics)) summarise(io, global, `${countProblems(result.diagnostics)} (${read} read)`, false);
  else summarise(io, global, `${read}: no problems${result.diagnostics.length > 0 ? ` (${plural(result.diagnostics.length, 'warning')})` : ''}`, true);
  return code;
};
