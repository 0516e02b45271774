/** Where things live in a knowledge base, relative to its root. */
export const SEEDS_DIR = 'seeds';
export const DATA_DIR = 'data';
export const SCHEMAS_DIR = 'schemas';
/** The knowledge base's settings (see pipeline/config.ts). */
export const CONFIG_FILE = 'demine.config.json';
/** What was extracted from each document (committed with the records): see pipeline/extract/extract-state.ts. */
export const EXTRACT_STATE_FILE = 'data/extracted.yaml';
