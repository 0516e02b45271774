import { existsSync } from 'node:fs';
import { readTextSync } from '../io/read-text.js';
import path from 'node:path';
import { diagnostic, START, type Diagnostic } from '../diagnostics/diagnostic.js';
import { CONFIG_FILE } from './init.js';

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

export async function loadConfig(root: string): Promise<{ config: Config; diagnostics: Diagnostic[] }> {
  const file = path.join(root, CONFIG_FILE);
  if (!existsSync(file)) return { config: { ...DEFAULT_CONFIG }, diagnostics: [] };
  const read = readTextSync(file, CONFIG_FILE, MAX_CONFIG_BYTES);
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
    return fail(`The config is not valid JSON: ${(error as Error).message}.`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('The config must be a JSON object.');
  const config = { ...DEFAULT_CONFIG };
  for (const [key, item] of Object.entries(value)) {
    if (key === 'out' && typeof item === 'string' && item.trim() !== '') config.out = item;
    else if (key === 'extractOnBuild' && typeof item === 'boolean') config.extractOnBuild = item;
    else if (key === 'reviewedOnly' && typeof item === 'boolean') config.reviewedOnly = item;
    else if (key === '$schema') continue;
    else return fail(Object.hasOwn(DEFAULT_CONFIG, key) ? `\`${key}\` has the wrong type.` : `Unknown setting \`${key}\`; the settings are \`out\`, \`extractOnBuild\` and \`reviewedOnly\`.`);
  }
  return { config, diagnostics: [] };
}
