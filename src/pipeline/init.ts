import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RECORD_TYPES } from '../model/record-types.js';
import { loadSchemas, PACKAGE_SCHEMAS_DIR } from '../records/schemas.js';

import { CONFIG_FILE } from '../model/layout.js';

export { CONFIG_FILE };

const GITIGNORE = '# demine caches and locks\n.demine/\n';

const KB_README = `# Knowledge base

Made by \`demine init\`. Drop source documents (Markdown or plain text, optional YAML front
matter with title, date, publisher, kind, language, url) into \`seeds/\`, then run:

    demine build        # extract draft records into data/, validate, write dist/
    demine validate     # check every record against schemas/ and its source quotes

Records live in \`data/<type>/<id>.yaml\` (initiatives, pillars, actors, figures). Drafts
made by extraction have \`status: draft\`. Review them, then keep or turn them down:

    demine review       # the drafts waiting, with their quotes in context
    demine accept <ref> # status: reviewed (demine never changes a reviewed record)
    demine reject <ref> # status: rejected: kept as a tombstone, never proposed again
    demine status       # what still waits

\`data/extracted.yaml\` records what extraction read from each document: commit it with
the records, so that a fresh clone does not extract the same documents again.
`;

export interface InitResult {
  root: string;
  created: string[];
}

export class InitError extends Error {}

/**
 * Creates an empty knowledge base: seeds/, data/<type>/, schemas/ (copies of the built-in
 * schemas, so editors complete fields), a config file, .gitignore and a README. The folder
 * must be new or empty: nothing there is overwritten.
 */
export async function initKnowledgeBase(dir: string): Promise<InitResult> {
  const root = path.resolve(dir);
  const existing = await readdir(root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw new InitError(`${dir} cannot be used: ${error.code === 'ENOTDIR' ? 'it is a file' : error.message}`);
  });
  if (existing.length > 0) throw new InitError(`${dir} is not empty; demine init only writes into a new or empty folder, so that nothing is overwritten`);
  const created: string[] = [];
  const write = async (rel: string, content: string) => {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), content, { flag: 'wx' });
    created.push(rel);
  };
  await mkdir(path.join(root, 'seeds'), { recursive: true });
  await write('seeds/.gitkeep', '');
  for (const info of RECORD_TYPES) await write(`data/${info.folder}/.gitkeep`, '');
  const schemas = await loadSchemas(PACKAGE_SCHEMAS_DIR + '/..');
  if (!schemas.ok) throw new Error('internal: the built-in schemas do not compile');
  for (const [name, text] of schemas.schemas.files) await write(`schemas/${name}`, text);
  await write(CONFIG_FILE, `${JSON.stringify({ out: 'dist', extractOnBuild: true }, null, 2)}\n`);
  await write('.gitignore', GITIGNORE);
  await write('README.md', KB_README);
  return { root, created };
}
