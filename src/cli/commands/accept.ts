import { acceptRecords } from '../../review/decide.js';
import { reportDecisions, selectionOf, underLock } from '../decisions.js';
import type { FormatName } from '../formatters/index.js';
import type { CommandRunner } from '../main.js';
import { resolveRoot } from '../root.js';

export const acceptCommand: CommandRunner<{ source?: string; all?: boolean; format: FormatName }> = async (io, global, options, args) => {
  const root = await resolveRoot(io, global);
  const selection = selectionOf('accept', args, options);
  const result = await underLock(root, () => acceptRecords(root, selection));
  return reportDecisions(io, global, options.format, 'accept', result);
};
