import path from 'node:path';
import { readFileInRoot } from '../io/walk.js';
import { outFolderProblem } from '../publish/out-guard.js';
import { diagnostic, START, type Diagnostic } from '../diagnostics/diagnostic.js';
import { CONFIG_FILE } from '../model/layout.js';

/** Per-knowledge-base settings, from `demine.config.json` at the root (all optional). */
export interface Config {
  /** The bundle folder, relative to the root. */
  out: string;
  /** Whether `demine build` first extracts drafts from new or changed documents. */
  extractOnBuild: boolean;
  /** Whether the bundle leaves drafts out (only records a person reviewed are published). */
  reviewedOnly: boolean;
}

export const DEFAULT_CONFIG: Config = { out: 'dist', extractOnBuild: true, reviewedOnly: false };

const MAX_CONFIG_BYTES = 64 * 1024;

/**
 * Reads `demine.config.json` like every other file of the knowledge base (inside the root,
 * a regular file, size-limited) and checks its settings, `out` included (see `checkOut`).
 */
export async function loadConfig(root: string): Promise<{ config: Config; diagnostics: Diagnostic[] }> {
  const read = readFileInRoot(root, CONFIG_FILE, MAX_CONFIG_BYTES);
  if (!read) return { config: { ...DEFAULT_CONFIG }, diagnostics: [] };
  if (!read.ok) return { config: { ...DEFAULT_CONFIG }, diagnostics: [read.diagnostic] };
  const text = read.text;
  const fail = (message: string) => ({
    config: { ...DEFAULT_CONFIG },
    diagnostics: [diagnostic(CONFIG_FILE, START, 'config/invalid', message, 'Fix the file, or delete it to use the defaults (`{"out": "dist", "extractOnBuild": true}`).')],
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The parser's message quotes the text; only its position is worth repeating.
    const at = /position \d+(?: \(line \d+ column \d+\))?/.exec((error as Error).message)?.[0];
    return fail(`The config is not valid JSON${at ? ` (at ${at})` : ''}.`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('The config must be a JSON object.');
  const config = { ...DEFAULT_CONFIG };
  for (const [key, item] of Object.entries(value)) {
    if (key === 'out' && typeof item === 'string') {
      const problem = checkOut(root, item, CONFIG_FILE);
      if (problem) return { config: { ...DEFAULT_CONFIG }, diagnostics: [problem] };
      config.out = item;
    } else if (key === 'extractOnBuild' && typeof item === 'boolean') config.extractOnBuild = item;
    else if (key === 'reviewedOnly' && typeof item === 'boolean') config.reviewedOnly = item;
    else if (key === '$schema') continue;
    else return fail(Object.hasOwn(DEFAULT_CONFIG, key) ? `\`${key}\` has the wrong type.` : `Unknown setting \`${key}\`; the settings are \`out\`, \`extractOnBuild\` and \`reviewedOnly\`.`);
  }
  return { config, diagnostics: [] };
}

/**
 * The diagnostic refusing `out` as the bundle folder (`build/unsafe-out`), or undefined when
 * it is safe. `file` is where the value was given: `--out` or the config file; `remembered`:
 * demine's build cache names this folder as the one it last wrote.
 */
export function checkOut(root: string, out: string, file: string, remembered = false): Diagnostic | undefined {
  const problem = outFolderProblem(root, out, out, remembered);
  if (!problem) return undefined;
  return diagnostic(
    file,
    START,
    'build/unsafe-out',
    `The bundle folder \`${out}\` ${problem}.`,
    'Name a new folder, or one demine made (such as `dist`), outside data/, seeds/, schemas/, .git and .demine/.',
  );
}
