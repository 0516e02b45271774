import path from 'node:path';
import { initKnowledgeBase, InitError } from '../../pipeline/init.js';
import { UsageError, UserError } from '../io.js';
import type { CommandRunner } from '../main.js';
import { summarise } from '../report.js';

export const initCommand: CommandRunner<Record<string, never>> = async (io, global, _options, args) => {
  // `init DIR` or `init --root DIR`: both name the folder; two different folders are refused.
  const fromRoot = global.root !== undefined && global.root !== '.' ? path.resolve(io.cwd, global.root) : undefined;
  const fromArg = args[0] !== undefined ? path.resolve(io.cwd, args[0]) : undefined;
  if (fromRoot && fromArg && fromRoot !== fromArg) throw new UsageError(`init was given two folders: \`${args[0]}\` and --root \`${global.root}\`.`, 'Name the folder once, as `demine init DIR` or `demine init --root DIR`.');
  const dir = fromArg ?? fromRoot ?? io.cwd;
  try {
    const result = await initKnowledgeBase(dir);
    summarise(io, global, `created an empty knowledge base in ${displayPath(io.cwd, result.root)} (${result.created.length} files); add documents to seeds/ and run \`demine build\``, true);
    return 0;
  } catch (error) {
    if (error instanceof InitError) throw new UserError(error.message + '.', 'Choose a new folder name.');
    throw error;
  }
};

function displayPath(cwd: string, target: string): string {
  const rel = path.relative(cwd, target);
  return rel === '' ? '.' : rel.startsWith('..') ? target : rel;
}
