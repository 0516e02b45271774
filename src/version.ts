import { readFileSync } from 'node:fs';

/** demine's own version, from its package.json (one small read; no JSON import at start-up). */
export const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
