/** Where things live in a knowledge base, relative to its root. */
import { RECORD_TYPES } from './record-types.js';

export const SEEDS_DIR = 'seeds';
export const DATA_DIR = 'data';
export const SCHEMAS_DIR = 'schemas';
/** The knowledge base's settings (see pipeline/config.ts). */
export const CONFIG_FILE = 'demine.config.json';
/** The folders whose files a build reads (each flat: what is in a folder of them is not read). */
export const INPUT_DIRS: readonly string[] = [SEEDS_DIR, SCHEMAS_DIR, ...RECORD_TYPES.map((t) => `${DATA_DIR}/${t.folder}`)];
/** What was extracted from each document (committed with the records): see pipeline/extract/extract-state.ts. */
export const EXTRACT_STATE_FILE = 'data/extracted.yaml';
