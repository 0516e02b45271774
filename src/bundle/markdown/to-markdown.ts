/** Serialising a bundle mdast tree to GFM Markdown, optionally memoised. */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { serialiseMarkdown } from './serialise.js';

/**
 * Serialised Markdown by tree hash. A caller may keep one across builds (a `Map` will do;
 * persist only the entries used by the last build to keep it small). The output is the
 * same with or without a cache.
 */
export interface MarkdownCache {
  get(key: string): string | undefined;
  set(key: string, markdown: string): void;
}

/**
 * Changes whenever the serialiser's output changes, so cached text from an older one is never
 * reused (a cache of whole builds should fold it into its key too).
 */
export const MARKDOWN_FORMAT = 'demine-markdown-2';

/** The tree as Markdown text ending in exactly one newline. The tree is not changed. */
export function toMarkdown(tree: Root, cache?: MarkdownCache): string {
  if (!cache) return serialiseMarkdown(tree);
  const key = createHash('sha256').update(MARKDOWN_FORMAT).update(JSON.stringify(tree)).digest('hex');
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const markdown = serialiseMarkdown(tree);
  cache.set(key, markdown);
  return markdown;
}
