import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** demine's own version, from its package.json (one small read; no JSON import at start-up). */
export const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The folder of demine's own modules (`lib/` when installed): what the build cache's key fingerprints. */
export const CODE_DIR = fileURLToPath(new URL('.', import.meta.url));
