/** The bundle stage's public surface: render the briefing bundle, cite and show records. */
export { renderBundle, BRIEFING_FILE, type RenderOptions } from './render.js';
export { citeRecord, citeRecords, CITE_FORMATS, isDraftRecord, type CiteFormat } from './cite.js';
export { describeRecord } from './describe.js';
export { UnknownRefError } from './lookup.js';
export { figureWords } from './figure-words.js';
export { MANIFEST_FILE } from './manifest.js';
export type { MarkdownCache } from './markdown.js';
export { INDEX_PAGE, DEFAULT_SEEDS_LINK_BASE } from './links.js';
