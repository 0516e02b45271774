/**
 * Small builders for mdast nodes. Text from documents only ever enters a tree as a
 * `text` (or `inlineCode`) node, so the serialiser escapes it; nothing is glued into
 * Markdown source by hand.
 */
import type {
  BlockContent,
  DefinitionContent,
  FootnoteDefinition,
  FootnoteReference,
  Heading,
  InlineCode,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Strong,
  Emphasis,
  Table,
  TableCell,
  TableRow,
  Text,
} from 'mdast';
import { foldSpaces } from '../words/phrase.js';
/** Inline text; whitespace runs (line breaks too) fold to one space so it cannot break a table or heading. */
export function text(value: string): Text {
  return { type: 'text', value: foldSpaces(value) };
}

export function strong(...children: PhrasingContent[]): Strong {
  return { type: 'strong', children };
}

export function emphasis(...children: PhrasingContent[]): Emphasis {
  return { type: 'emphasis', children };
}

export function inlineCode(value: string): InlineCode {
  return { type: 'inlineCode', value: foldSpaces(value) };
}

export function link(url: string, ...children: PhrasingContent[]): Link {
  return { type: 'link', url, children };
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

export function heading(depth: 1 | 2 | 3 | 4, ...children: PhrasingContent[]): Heading {
  return { type: 'heading', depth, children };
}

export function listItem(...children: BlockContent[]): ListItem {
  return { type: 'listItem', spread: false, children };
}

export function list(items: ListItem[], ordered = false): List {
  return { type: 'list', ordered, start: ordered ? 1 : null, spread: false, children: items };
}

export function table(header: PhrasingContent[][], rows: PhrasingContent[][][]): Table {
  const row = (cells: PhrasingContent[][]): TableRow => ({
    type: 'tableRow',
    children: cells.map((children): TableCell => ({ type: 'tableCell', children })),
  });
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}

export function footnoteReference(identifier: string): FootnoteReference {
  return { type: 'footnoteReference', identifier, label: identifier };
}

export function footnoteDefinition(identifier: string, ...children: (BlockContent | DefinitionContent)[]): FootnoteDefinition {
  return { type: 'footnoteDefinition', identifier, label: identifier, children };
}

export function root(children: RootContent[]): Root {
  return { type: 'root', children };
}
