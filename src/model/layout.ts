/** Where things live in a knowledge base, relative to its root. */
export const SEEDS_DIR = 'seeds';
export const DATA_DIR = 'data';
export const SCHEMAS_DIR = 'schemas';
