/** The bundle stage's public surface: render the briefing bundle, cite and show records. */
export { renderBundle, BRIEFING_FILE, type RenderOptions } from './render.js';
export { citeRecord, citeRecords, CITE_FORMATS, isDraftRecord, type CiteFormat } from './cite/cite.js';
export { describeRecord } from './cite/describe.js';
export { UnknownRefError } from './cite/lookup.js';
export { figureWords } from './words/figure-words.js';
export { MANIFEST_FILE } from './pages/manifest.js';
export type { MarkdownCache } from './markdown/to-markdown.js';
export { INDEX_PAGE, DEFAULT_SEEDS_LINK_BASE } from './links.js';
