import { rejectRecords } from '../../review/decide.js';
import { reportDecisions, selectionOf, underLock } from '../decisions.js';
import type { FormatName } from '../formatters/index.js';
import type { CommandRunner } from '../main.js';
import { resolveRoot } from '../root.js';

export const rejectCommand: CommandRunner<{ source?: string; format: FormatName }> = async (io, global, options, args) => {
  const root = await resolveRoot(io, global);
  const selection = selectionOf('reject', args, options);
  const result = await underLock(root, () => rejectRecords(root, selection));
  return reportDecisions(io, global, options.format, 'reject', result);
};
