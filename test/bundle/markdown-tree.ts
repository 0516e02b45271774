/** Test helpers: parse generated Markdown back into mdast and check its links against the bundle. */
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { KnowledgeBase } from '../../src/model/knowledge-base.js';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** Every node of the tree, depth first. */
export function allNodes(tree: Nodes): Nodes[] {
  const out: Nodes[] = [tree];
  if ('children' in tree) for (const child of tree.children) out.push(...allNodes(child as Nodes));
  return out;
}

export function linkUrls(markdown: string): string[] {
  return allNodes(parseMarkdown(markdown)).flatMap((n) => (n.type === 'link' || n.type === 'definition' ? [n.url] : []));
}

const BLOCKS = new Set(['root', 'list', 'listItem', 'table', 'tableRow', 'footnoteDefinition', 'blockquote']);

/** The concatenated text of the tree, as a reader sees it; blocks on their own lines. */
export function visibleText(tree: Nodes): string {
  if (tree.type === 'text' || tree.type === 'inlineCode') return tree.value;
  if ('children' in tree) return tree.children.map((c) => visibleText(c as Nodes)).join(BLOCKS.has(tree.type) ? '\n' : '');
  return '';
}

/** Each relative link in the bundle that does not reach a bundle file or a source line; empty when all resolve. */
export function brokenLinks(files: ReadonlyMap<string, string>, kb: KnowledgeBase, sourcesBase = '..'): string[] {
  const sourceLines = new Map(kb.sources.map((s) => [path.posix.normalize(`${sourcesBase}/${s.file}`), s.text.split('\n').length]));
  const broken: string[] = [];
  for (const [file, content] of files) {
    if (!file.endsWith('.md')) continue;
    for (const url of linkUrls(content)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
      const [target = '', anchor] = url.split('#');
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURIComponent(target)));
      if (files.has(resolved)) {
        if (anchor !== undefined) broken.push(`${file}: ${url} has an anchor into a bundle file`);
        continue;
      }
      const lineCount = sourceLines.get(resolved);
      if (lineCount === undefined) {
        broken.push(`${file}: ${url} reaches nothing`);
        continue;
      }
      if (anchor === undefined) continue;
      const m = /^L(\d+)$/.exec(anchor);
      if (!m || Number(m[1]) < 1 || Number(m[1]) > lineCount) broken.push(`${file}: ${url} points past the source's ${lineCount} lines`);
    }
  }
  return broken;
}
