/** The whole briefing bundle as a map from bundle path to file content; pure and deterministic. */
import type { KnowledgeBase } from '../model/knowledge-base.js';
import type { RecordType } from '../model/records.js';
import { RECORD_TYPES } from '../model/record-types.js';
import { renderBriefingJson } from './pages/briefing-json.js';
import { BundleContext, refOf } from './context.js';
import { factSheetTree } from './pages/fact-sheet.js';
import { indexPageTree } from './pages/index-page.js';
import { DEFAULT_SEEDS_LINK_BASE, INDEX_PAGE, recordPath } from './links.js';
import { listingPath, SOURCES_LISTING, sourcesListingTree } from './pages/listing-pages.js';
import { listingPageMarkdown } from './pages/listing-markdown.js';
import { MANIFEST_FILE, renderManifest } from './pages/manifest.js';
import { toMarkdown, type MarkdownCache } from './markdown/to-markdown.js';
import { viewOf } from './views/record-renderers.js';
import type { QuoteLineTable } from './words/source-lines.js';

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

/** One fact sheet with what it was rendered from (see `BundleContext.track`). */
export interface RenderedSheet {
  path: string;
  content: string;
  reads: string[];
}

/**
 * Renders `briefing.json`, `index.md`, one fact sheet per record (`<folder>/<id>.md`)
 * and `manifest.json`. Keys are paths relative to the bundle folder, in a stable order;
 * every value is UTF-8 text ending in a newline.
 */
export function renderBundle(kb: KnowledgeBase, options: RenderOptions = {}): Map<string, string> {
  const ctx = new BundleContext(kb);
  return assemble(ctx, options, renderSheets(ctx, options, 0, 1));
}

/**
 * The fact sheets of every `parts`-th record from the `part`-th (records in type, then id
 * order), or of only those whose paths are in `only`: one share of the work when fact
 * sheets are rendered on several threads, or the sheets an incremental build must redo.
 * With `lines` (see `BundleContext.quoteLineTable`), the sources need not bring their texts.
 */
export function eachFactSheet(kb: KnowledgeBase, options: RenderOptions, part: number, parts: number, only?: ReadonlySet<string>, lines?: QuoteLineTable): Generator<RenderedSheet> {
  return eachSheet(new BundleContext(kb, undefined, lines), options, part, parts, only);
}

/** The whole bundle from fact sheets rendered by `renderFactSheets` (in any order); the same bytes as `renderBundle`. */
export function assembleBundle(kb: KnowledgeBase, options: RenderOptions, sheets: Iterable<RenderedSheet>): Map<string, string> {
  return assemble(new BundleContext(kb), options, sheets);
}

/** Every fact sheet's path, in bundle order. */
export function sheetPaths(ctx: BundleContext): string[] {
  return RECORD_TYPES.flatMap((info) => ctx.records[info.type].map((record) => recordPath(info.type, record.id)));
}

/** `onRendered`, when given, is called every 64 sheets with the number rendered so far. */
export function renderSheets(ctx: BundleContext, options: RenderOptions, part: number, parts: number, only?: ReadonlySet<string>, onRendered?: (done: number) => void): RenderedSheet[] {
  const out: RenderedSheet[] = [];
  for (const sheet of eachSheet(ctx, options, part, parts, only)) {
    out.push(sheet);
    if (onRendered && out.length % 64 === 0) onRendered(out.length);
  }
  return out;
}

/** The same sheets as `renderSheets`, one at a time: a caller can write each and let it go before the next is rendered. */
export function* eachSheet(ctx: BundleContext, options: RenderOptions, part: number, parts: number, only?: ReadonlySet<string>): Generator<RenderedSheet> {
  const base = options.seedsLinkBase ?? DEFAULT_SEEDS_LINK_BASE;
  let index = 0;
  for (const info of RECORD_TYPES) {
    for (const record of ctx.records[info.type]) {
      if (index++ % parts !== part) continue;
      const path = recordPath(info.type, record.id);
      if (only && !only.has(path)) continue;
      const { result, reads } = ctx.track(() => {
        ctx.resolve(refOf(info.type, record.id)); // a sheet reads its own record
        return toMarkdown(factSheetTree(viewOf(info.type, record, ctx), ctx, base), options.markdownCache);
      });
      yield { path, content: result, reads };
    }
  }
}

/**
 * The files that summarise the whole knowledge base (everything but the fact sheets and the
 * manifest); re-rendered on every build, but for `briefing` when the caller assembled it.
 */
export function renderAggregates(ctx: BundleContext, options: RenderOptions, briefing?: string): Map<string, string> {
  return new Map(eachAggregate(ctx, options, briefing === undefined ? undefined : () => briefing));
}

/**
 * The same files as `renderAggregates`, in the same order, one at a time: a caller can write each
 * and let it go before the next is rendered. `briefing` and `listing`, when given, make
 * `briefing.json` and the per-type listings (the incremental build assembles them from the last build's).
 */
export function* eachAggregate(ctx: BundleContext, options: RenderOptions, briefing?: () => string, listing?: (type: RecordType) => string): Generator<[path: string, content: string]> {
  const base = options.seedsLinkBase ?? DEFAULT_SEEDS_LINK_BASE;
  yield [BRIEFING_FILE, briefing ? briefing() : renderBriefingJson(ctx)];
  yield [INDEX_PAGE, toMarkdown(indexPageTree(ctx, base), options.markdownCache)];
  for (const info of RECORD_TYPES) yield [listingPath(info.type), listing ? listing(info.type) : listingPageMarkdown(info.type, ctx)];
  yield [SOURCES_LISTING, toMarkdown(sourcesListingTree(ctx, base), options.markdownCache)];
}

function assemble(ctx: BundleContext, options: RenderOptions, rendered: Iterable<RenderedSheet>): Map<string, string> {
  const sheets = new Map([...rendered].map((s) => [s.path, s.content]));
  const files = renderAggregates(ctx, options);
  for (const path of sheetPaths(ctx)) {
    const sheet = sheets.get(path);
    if (sheet === undefined) throw new Error(`internal: the fact sheet ${path} was not rendered`);
    files.set(path, sheet);
  }
  files.set(MANIFEST_FILE, renderManifest(ctx, files));
  return files;
}
