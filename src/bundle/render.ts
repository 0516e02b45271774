/** The whole briefing bundle as a map from bundle path to file content; pure and deterministic. */
import type { KnowledgeBase } from '../model/knowledge-base.js';
import { RECORD_TYPES } from '../model/record-types.js';
import { renderBriefingJson } from './briefing-json.js';
import { BundleContext } from './context.js';
import { factSheetTree } from './fact-sheet.js';
import { indexPageTree } from './index-page.js';
import { DEFAULT_SEEDS_LINK_BASE, INDEX_PAGE, recordPath } from './links.js';
import { MANIFEST_FILE, renderManifest } from './manifest.js';
import { toMarkdown, type MarkdownCache } from './markdown.js';
import { viewOf } from './record-renderers.js';

export const BRIEFING_FILE = 'briefing.json';

export interface RenderOptions {
  /**
   * Where the knowledge-base root is seen from the bundle folder (default `..`, for
   * `<root>/dist/`), or an absolute URL base to link sources to a hosted copy.
   */
  seedsLinkBase?: string;
  /** Memo of serialised Markdown kept across builds; the output is the same without it. */
  markdownCache?: MarkdownCache;
}

/**
 * Renders `briefing.json`, `index.md`, one fact sheet per record (`<folder>/<id>.md`)
 * and `manifest.json`. Keys are paths relative to the bundle folder, in a stable order;
 * every value is UTF-8 text ending in a newline.
 */
export function renderBundle(kb: KnowledgeBase, options: RenderOptions = {}): Map<string, string> {
  const base = options.seedsLinkBase ?? DEFAULT_SEEDS_LINK_BASE;
  const ctx = new BundleContext(kb);
  const files = new Map<string, string>();
  files.set(BRIEFING_FILE, renderBriefingJson(ctx));
  const cache = options.markdownCache;
  files.set(INDEX_PAGE, toMarkdown(indexPageTree(ctx, base), cache));
  for (const info of RECORD_TYPES) {
    for (const record of ctx.records[info.type]) {
      files.set(recordPath(info.type, record.id), toMarkdown(factSheetTree(viewOf(info.type, record, ctx), ctx, base), cache));
    }
  }
  files.set(MANIFEST_FILE, renderManifest(ctx, files));
  return files;
}
