/**
 * GFM Markdown for exactly the mdast the bundle builds: headings, paragraphs, lists (tight),
 * tables and footnote definitions holding text, strong, emphasis, inline code, links and
 * footnote calls. Any other node throws, so a new kind of node cannot slip out unescaped.
 * remark-stringify (see `markdown-reference.ts`) is the reference it is tested against.
 */
import type { FootnoteDefinition, Heading, List, Nodes, Paragraph, Root, Table } from 'mdast';
import { EDGE_BLOCK, LINE_EDGE } from './escape.js';
import { serialisePhrasing, unsupported, type PhrasingPlace } from './phrasing.js';

const BLOCK_START: PhrasingPlace = { before: LINE_EDGE, after: LINE_EDGE, edge: EDGE_BLOCK, blockStart: true, headingEnd: false, inTable: false, inLink: false };
const CELL: PhrasingPlace = { before: 0x20, after: 0x20, edge: EDGE_BLOCK, blockStart: false, headingEnd: false, inTable: true, inLink: false };

function paragraph(node: Paragraph): string {
  return serialisePhrasing(node.children, BLOCK_START);
}

function heading(node: Heading): string {
  if (node.depth < 1 || node.depth > 6) throw unsupported('heading', `depth ${node.depth} is not 1 to 6`);
  const content = serialisePhrasing(node.children, { ...BLOCK_START, headingEnd: true });
  return '#'.repeat(node.depth) + (content ? ` ${content}` : '');
}

/** Prefixes the first line with `first` and indents the others (blank lines stay empty). */
function indent(content: string, first: string, rest: string): string {
  if (!content.includes('\n')) return content ? first + content : first.trimEnd();
  const lines = content.split('\n');
  return lines.map((line, i) => (i === 0 ? (line ? first + line : first.trimEnd()) : line ? rest + line : '')).join('\n');
}

/** A list can follow a paragraph line directly only when it could interrupt a paragraph. */
function interruptsParagraph(list: List): boolean {
  const first = list.children[0];
  return first !== undefined && first.children.length > 0 && (!list.ordered || (list.start ?? 1) === 1);
}

function list(node: List, alternate: boolean): string {
  const start = node.ordered ? (typeof node.start === 'number' && node.start >= 0 ? node.start : 1) : 0;
  const delimiter = node.ordered ? (alternate ? ')' : '.') : alternate ? '*' : '-';
  return node.children
    .map((item, i) => {
      if (item.type !== 'listItem') throw unsupported(item.type);
      const number = start + i;
      if (node.ordered && number > 999_999_999) throw unsupported('list', 'an item number has more than nine digits');
      const marker = node.ordered ? `${number}${delimiter}` : delimiter;
      return indent(blocks(item.children, !item.spread), `${marker} `, ' '.repeat(marker.length + 1));
    })
    .join(node.spread ? '\n\n' : '\n');
}

function table(node: Table): string {
  const rows = node.children.map((row) => {
    if (row.type !== 'tableRow') throw unsupported(row.type);
    return row.children.map((cell) => {
      if (cell.type !== 'tableCell') throw unsupported(cell.type);
      return serialisePhrasing(cell.children, CELL);
    });
  });
  const columns = Math.max(0, ...rows.map((r) => r.length));
  if (rows.length === 0 || columns === 0) throw unsupported('table', 'it has no header cell');
  const line = (cells: string[]): string => `| ${Array.from({ length: columns }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const align = Array.from({ length: columns }, (_, i) => {
    const a = node.align?.[i];
    return a === 'left' ? ':-' : a === 'right' ? '-:' : a === 'center' ? ':-:' : '-';
  });
  return [line(rows[0]!), line(align), ...rows.slice(1).map(line)].join('\n');
}

function footnoteDefinition(node: FootnoteDefinition): string {
  const label = node.label ?? node.identifier;
  if (!/^[A-Za-z0-9_.-]{1,999}$/.test(label)) throw unsupported('footnoteDefinition', `its label ${JSON.stringify(label)} is not letters, digits, '-', '_' or '.'`);
  return indent(blocks(node.children, false), `[^${label}]: `, '    ');
}

function block(node: Nodes, alternate: boolean): string {
  switch (node.type) {
    case 'paragraph':
      return paragraph(node);
    case 'heading':
      return heading(node);
    case 'list':
      return list(node, alternate);
    case 'table':
      return table(node);
    case 'footnoteDefinition':
      return footnoteDefinition(node);
    default:
      throw unsupported(node.type);
  }
}

/**
 * Sibling blocks separated by blank lines, or (`tight`, in a tight list item) by a line break where
 * a list follows a paragraph it can interrupt. A list right after a list of the same kind
 * takes the other marker (`*`, `)`), else the two would read as one.
 */
function blocks(children: readonly Nodes[], tight: boolean): string {
  let out = '';
  let prev: Nodes | undefined;
  let prevAlternate = false;
  for (const child of children) {
    const alternate: boolean = child.type === 'list' && prev?.type === 'list' && prev.ordered === child.ordered && !prevAlternate;
    const written = block(child, alternate);
    if (written === '') continue;
    if (prev) out += tight && prev.type === 'paragraph' && child.type === 'list' && interruptsParagraph(child) ? '\n' : '\n\n';
    out += written;
    prev = child;
    prevAlternate = alternate;
  }
  return out;
}

/** The tree as GFM Markdown ending in exactly one newline. */
export function serialiseMarkdown(tree: Root): string {
  if (tree.type !== 'root') throw unsupported((tree as Nodes).type);
  return `${blocks(tree.children, false)}\n`;
}
