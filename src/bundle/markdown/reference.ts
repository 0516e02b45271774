/**
 * The reference serialiser: remark-stringify with GFM and the options the bundle used before
 * it had its own serialiser. Tests only (it is ~30 times slower): the bundle's Markdown must
 * read back as the same tree as this one's.
 */
import type { Root } from 'mdast';
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

/** The tree as remark-stringify writes it, ending in exactly one newline. */
export function toMarkdownReference(tree: Root): string {
  const out = processor.stringify(tree);
  return out.endsWith('\n') ? out : `${out}\n`;
}
