/** Serialising an mdast tree to GFM Markdown with one fixed set of options, optionally memoised. */
import { createHash } from 'node:crypto';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified()
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fence: '`',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
    incrementListMarker: true,
  })
  .use(remarkGfm, { tablePipeAlign: false })
  .freeze();

/**
 * Joins runs of adjacent text nodes into one, in place. The output reads the same, and
 * the serialiser's escaping (which dominates build time) runs once per run, not per piece.
 */
function mergeAdjacentText(node: Nodes): void {
  if (!('children' in node)) return;
  const merged: Nodes[] = [];
  for (const child of node.children as Nodes[]) {
    const last = merged[merged.length - 1];
    if (child.type === 'text' && last?.type === 'text') last.value += child.value;
    else {
      merged.push(child.type === 'text' ? { ...child } : child);
      mergeAdjacentText(child);
    }
  }
  (node as { children: Nodes[] }).children = merged;
}

/**
 * Serialised Markdown by tree hash. Serialising dominates the cost of a build, and most
 * files are unchanged between builds, so a caller may keep one across builds (a `Map`
 * will do; persist only the entries used by the last build to keep it small). The
 * output is the same with or without a cache.
 */
export interface MarkdownCache {
  get(key: string): string | undefined;
  set(key: string, markdown: string): void;
}

/** Changes whenever the serialiser options change, so cached text from older options is never reused. */
const FORMAT = 'demine-markdown-1';

/** The tree as Markdown text ending in exactly one newline. */
export function toMarkdown(tree: Root, cache?: MarkdownCache): string {
  mergeAdjacentText(tree);
  const key = cache ? createHash('sha256').update(FORMAT).update(JSON.stringify(tree)).digest('hex') : '';
  const cached = cache?.get(key);
  if (cached !== undefined) return cached;
  const out = processor.stringify(tree);
  const markdown = out.endsWith('\n') ? out : `${out}\n`;
  cache?.set(key, markdown);
  return markdown;
}
