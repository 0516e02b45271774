/**
 * The limits a record file is held to before and after parsing: nesting deeper than the parser
 * can safely recurse, and more values than any record holds. Found without recursion.
 */
import { CST, isCollection, isPair, Lexer, type Document } from 'yaml';
import type { Span } from '../diagnostics/diagnostic.js';

/**
 * Offset of the first token that may nest deeper than the parser can safely recurse, or
 * undefined. Flow brackets are counted exactly, by the YAML lexer (quotes, comments and
 * block scalars are skipped as the parser skips them). Block nesting is bounded from
 * above: a line's content sits inside at most two collections per open indentation
 * level and one per `-`/`?`/`:` indicator before it. The lexer runs only when a quick
 * look at the text finds enough brackets or levels to matter; `collectionBeyond` then
 * checks the parsed document exactly.
 */
export function nestingBeyond(text: string, max: number): number | undefined {
  if (!mayNestBeyond(text, max)) return undefined;
  const block = new BlockLevels(max);
  let flow = 0;
  let offset = 0;
  let content = false; // the token after a SCALAR marker is a scalar's text
  let blockScalar = false; // after a `|` or `>` header, the next scalar is the block's lines, not a line's content
  for (const token of new Lexer().lex(text)) {
    if (content) {
      content = false;
      offset += token.length;
      if (token.endsWith('\n')) block.newLine(); // a block scalar ends with its last line
      continue;
    }
    if (token === CST.DOCUMENT) continue;
    if (token === CST.FLOW_END) {
      flow = 0;
      continue;
    }
    if (token === CST.SCALAR) {
      content = true;
      if (blockScalar) blockScalar = false;
      else if (flow === 0 && block.content()) return offset;
      continue;
    }
    if (flow === 0 && /^[|>]/.test(token)) blockScalar = true;
    if (/^[ \t]+$/.test(token)) {
      block.space(token.length);
    } else if (token === '-' || token === '?' || token === ':') {
      if (block.indicator()) return offset;
    } else if (/^\r?\n$/.test(token)) {
      block.newLine();
    } else if (!/^[&!#]/.test(token) && flow === 0 && block.content()) {
      return offset;
    }
    if (token === '[' || token === '{') {
      if (++flow > max) return offset;
    } else if (token === ']' || token === '}') {
      flow = Math.max(0, flow - 1);
    }
    offset += token.length;
  }
  return undefined;
}

/** Open indentation levels and indicators of the current line, for `nestingBeyond`. */
class BlockLevels {
  private readonly open: number[] = [];
  private indent = 0;
  private indicators = 0;
  private atStart = true;
  private measured = false;

  constructor(private readonly max: number) {}

  space(width: number): void {
    if (this.atStart) this.indent = width;
    this.atStart = false;
  }

  /** True when the indicators of this line alone open more levels than twice the limit. */
  indicator(): boolean {
    this.atStart = false;
    return ++this.indicators > this.max * 2;
  }

  /** A line's first content; true when it may sit deeper than twice the limit. */
  content(): boolean {
    if (this.measured) return false;
    this.measured = true;
    while (this.open.length > 0 && this.open[this.open.length - 1]! >= this.indent) this.open.pop();
    this.open.push(this.indent);
    return this.open.length + this.indicators > this.max * 2;
  }

  newLine(): void {
    if (this.indicators > 0) this.content();
    this.indent = 0;
    this.indicators = 0;
    this.atStart = true;
    this.measured = false;
  }
}

/**
 * A quick look at the raw text, erring on the side of yes: could it nest deeper than
 * `max` at all (more brackets than that, or lines that open enough levels)?
 */
export function mayNestBeyond(text: string, max: number): boolean {
  let brackets = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if ((ch === 0x5b || ch === 0x7b) && ++brackets > max) return true; // [ {
  }
  const open: number[] = [];
  let i = 0;
  while (i < text.length) {
    let indent = 0;
    while (text[i] === ' ') {
      i++;
      indent++;
    }
    const first = text[i];
    if (first === '\n' || first === '\r' || first === '#') {
      // Blank and comment lines open and close nothing.
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl + 1;
      continue;
    }
    let indicators = 0;
    for (;;) {
      const ch = text[i];
      const next = text[i + 1];
      if (ch === ' ' || ch === '\t') i++;
      else if ((ch === '-' || ch === '?' || ch === ':') && (next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r')) {
        i++;
        indicators++;
      } else if (ch === '&' || ch === '!') while (i < text.length && !/[ \t\r\n]/.test(text[i]!)) i++;
      else break;
    }
    while (open.length > 0 && open[open.length - 1]! >= indent) open.pop();
    open.push(indent);
    if (open.length + indicators > max * 2) return true;
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    i = nl + 1;
  }
  return false;
}

/** How many values the document holds, counting up to just past `max`. Iterative. */
export function countValues(doc: Document.Parsed, max: number): number {
  const stack: unknown[] = [doc.contents];
  let count = 0;
  while (stack.length > 0 && count <= max) {
    const node = stack.pop();
    if (node === null || node === undefined) continue;
    count++;
    if (isCollection(node)) for (const item of node.items as unknown[]) if (isPair(item)) stack.push(item.key, item.value); else stack.push(item);
  }
  return count;
}

/** Offset of the first collection in the parsed document nested deeper than `max`, or undefined. Iterative. */
export function collectionBeyond(doc: Document.Parsed, max: number): number | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  let first: number | undefined;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > max) {
      const at = node.range?.[0] ?? 0;
      if (first === undefined || at < first) first = at;
      continue;
    }
    for (const item of node.items as unknown[]) {
      if (isPair(item)) stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return first;
}

/** 1-based line and column of an offset, counted by hand (for problems found before parsing). */
export function positionAt(text: string, offset: number): Span {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { start: { line, column: offset - before.lastIndexOf('\n') } };
}
