/** Where things live in a knowledge base, relative to its root. */
export const SEEDS_DIR = 'seeds';
export const DATA_DIR = 'data';
export const SCHEMAS_DIR = 'schemas';
/** What was extracted from each document (committed with the records): see pipeline/extract/extract-state.ts. */
export const EXTRACT_STATE_FILE = 'data/extracted.yaml';
