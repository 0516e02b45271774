/**
 * Phrasing content (text, strong, emphasis, inline code, links, footnote calls) as Markdown.
 * A run of siblings is cut into pieces first, so each text can be escaped knowing the
 * characters on either side, and each emphasis marker checked to open and close where it
 * stands (else the letter beside it is written as a character reference, as remark does).
 */
import type { Emphasis, FootnoteReference, Link, PhrasingContent, Strong } from 'mdast';
import {
  classify,
  EDGE_ATTENTION,
  encodeFirstChar,
  encodeLastChar,
  escapeText,
  inlineCodeSpan,
  linkDestination,
  LINE_EDGE,
  OTHER,
  PUNCTUATION,
  WHITESPACE,
  type Edge,
} from './escape.js';

/** Where a run of phrasing siblings stands. */
export interface PhrasingPlace {
  /** Character code just before / after the run in the output, or `LINE_EDGE`. */
  before: number;
  after: number;
  /** Whitespace at the ends of the run that must be written as references. */
  edge: Edge;
  /** The run opens a block (its start could be read as `#`, `>`, `-`, `1.`). */
  blockStart: boolean;
  /** The run ends an ATX heading. */
  headingEnd: boolean;
  inTable: boolean;
  inLink: boolean;
}

type Attention = Strong | Emphasis;

const TEXT = 0;
const CODE = 1;
const ATTENTION = 2;
const MARKUP = 3;

/** One piece of the output: a text (escaped once its neighbours are known), a code span, emphasis, or other markup. */
interface Piece {
  kind: typeof TEXT | typeof CODE | typeof ATTENTION | typeof MARKUP;
  /** The text or code, adjacent ones merged. */
  value: string;
  /** The Markdown; for emphasis, what goes between the markers. */
  out: string;
  marker: number;
  node: Attention | undefined;
}

const STAR = 0x2a;
const UNDERSCORE = 0x5f;

export function unsupported(type: string, why = 'the bundle serialiser does not support it'): Error {
  return new Error(`internal: mdast node \`${type}\` cannot be written: ${why}`);
}

/** Whether the node writes nothing (empty text or code, emphasis around nothing). */
function isEmpty(node: PhrasingContent): boolean {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value === '';
  if (node.type === 'strong' || node.type === 'emphasis') return node.children.every(isEmpty);
  return false;
}

const firstCode = (p: Piece): number => (p.kind === ATTENTION ? p.marker : p.out.charCodeAt(0));
const lastCode = (p: Piece): number => (p.kind === ATTENTION ? p.marker : p.out.charCodeAt(p.out.length - 1));

/** The marker for strong or emphasis: `**` / `_` unless that character touches the same marker beside it. */
function chooseMarker(node: Attention, left: number, right: number): number {
  const preferred = node.type === 'strong' ? STAR : UNDERSCORE;
  const other = preferred === STAR ? UNDERSCORE : STAR;
  if (preferred !== left && preferred !== right) return preferred;
  if (other !== left && other !== right) return other;
  throw unsupported(node.type, 'it is nested in emphasis in a way no marker can express');
}

/** Whether a run of `marker` between `before` and `after` can open (`opening`) or close emphasis, per CommonMark's flanking rules. */
function flanks(marker: number, before: number, after: number, opening: boolean): boolean {
  const b = classify(before);
  const a = classify(after);
  const left = a !== WHITESPACE && (a !== PUNCTUATION || b !== OTHER);
  const right = b !== WHITESPACE && (b !== PUNCTUATION || a !== OTHER);
  if (opening) return marker === STAR ? left : left && (!right || b === PUNCTUATION);
  return marker === STAR ? right : right && (!left || a === PUNCTUATION);
}

function footnoteCall(node: FootnoteReference): string {
  const label = node.label ?? node.identifier;
  if (!/^[A-Za-z0-9_.-]{1,999}$/.test(label)) throw unsupported('footnoteReference', `its label ${JSON.stringify(label)} is not letters, digits, '-', '_' or '.'`);
  return `[^${label}]`;
}

function linkMarkup(node: Link, place: PhrasingPlace): string {
  if (place.inLink) throw unsupported('link', 'links cannot be nested');
  if (node.title != null) throw unsupported('link', 'link titles are not supported');
  const inner: PhrasingPlace = { before: 0x5b, after: 0x5d, edge: 0, blockStart: false, headingEnd: false, inTable: place.inTable, inLink: true };
  return `[${serialisePhrasing(node.children, inner)}](${linkDestination(node.url, place.inTable)})`;
}

/** Makes the opening marker open, writing the letter before it as a reference if need be; false when it cannot. */
function makeOpen(p: Piece, prev: Piece | undefined, before: number): boolean {
  const first = p.out.charCodeAt(0);
  if (flanks(p.marker, prev ? lastCode(prev) : before, first, true)) return true;
  if (prev?.kind !== TEXT) return false;
  const encoded = encodeLastChar(prev.out);
  if (encoded === undefined) return false;
  prev.out = encoded;
  return flanks(p.marker, lastCode(prev), first, true);
}

/** Makes the closing marker close, writing the letter after it as a reference if need be; false when it cannot. */
function makeClose(p: Piece, next: Piece | undefined, after: number): boolean {
  const last = p.out.charCodeAt(p.out.length - 1);
  if (flanks(p.marker, last, next ? firstCode(next) : after, false)) return true;
  if (next?.kind !== TEXT) return false;
  const encoded = encodeFirstChar(next.out);
  if (encoded === undefined) return false;
  next.out = encoded;
  return flanks(p.marker, last, firstCode(next), false);
}

/** The siblings cut into pieces: empty ones dropped, adjacent texts (and code spans, which no Markdown keeps apart) merged. */
function cut(children: readonly PhrasingContent[], place: PhrasingPlace): Piece[] {
  const pieces: Piece[] = [];
  let prev: Piece | undefined;
  for (const node of children) {
    if (isEmpty(node)) continue;
    switch (node.type) {
      case 'text':
        if (prev?.kind === TEXT) prev.value += node.value;
        else pieces.push((prev = { kind: TEXT, value: node.value, out: '', marker: 0, node: undefined }));
        break;
      case 'inlineCode':
        if (prev?.kind === CODE) prev.value += node.value;
        else pieces.push((prev = { kind: CODE, value: node.value, out: '', marker: 0, node: undefined }));
        break;
      case 'strong':
      case 'emphasis':
        pieces.push((prev = { kind: ATTENTION, value: '', out: '', marker: 0, node }));
        break;
      case 'link':
        pieces.push((prev = { kind: MARKUP, value: '', out: linkMarkup(node, place), marker: 0, node: undefined }));
        break;
      case 'footnoteReference':
        pieces.push((prev = { kind: MARKUP, value: '', out: footnoteCall(node), marker: 0, node: undefined }));
        break;
      default:
        throw unsupported(node.type);
    }
  }
  return pieces;
}

/** The siblings as Markdown, escaped for where they stand. */
export function serialisePhrasing(children: readonly PhrasingContent[], place: PhrasingPlace): string {
  const pieces = cut(children, place);
  const last = pieces.length - 1;
  for (let i = 0; i <= last; i++) {
    const p = pieces[i]!;
    if (p.kind === CODE) p.out = inlineCodeSpan(p.value, place.inTable);
    else if (p.kind === ATTENTION) {
      const prev = pieces[i - 1];
      p.marker = chooseMarker(p.node!, prev ? (prev.kind === ATTENTION ? prev.marker : 0) : place.before, i === last ? place.after : 0);
      const inner: PhrasingPlace = { before: p.marker, after: p.marker, edge: EDGE_ATTENTION, blockStart: false, headingEnd: false, inTable: place.inTable, inLink: place.inLink };
      p.out = serialisePhrasing(p.node!.children, inner);
    }
  }
  for (let i = 0; i <= last; i++) {
    const p = pieces[i]!;
    if (p.kind !== TEXT) continue;
    p.out = escapeText(p.value, {
      prev: i === 0 ? place.before : lastCode(pieces[i - 1]!),
      next: i === last ? place.after : firstCode(pieces[i + 1]!),
      startEdge: i === 0 ? place.edge : 0,
      endEdge: i === last ? place.edge : 0,
      blockStart: i === 0 && place.blockStart,
      headingEnd: i === last && place.headingEnd,
      inLink: place.inLink,
    });
  }
  for (let i = 0; i <= last; i++) {
    const p = pieces[i]!;
    if (p.kind === ATTENTION && !(makeOpen(p, pieces[i - 1], place.before) && makeClose(p, pieces[i + 1], place.after))) {
      // Only when a neighbouring character has no reference (a control character): keep the
      // words and drop the emphasis, rather than write markers that would show as text.
      return serialisePhrasing(children.flatMap((c) => (c === p.node ? p.node.children : [c])), place);
    }
  }
  let out = '';
  for (const p of pieces) {
    if (p.kind !== ATTENTION) out += p.out;
    else {
      const marker = p.node!.type === 'strong' ? String.fromCharCode(p.marker, p.marker) : String.fromCharCode(p.marker);
      out += marker + p.out + marker;
    }
  }
  return out;
}

export { LINE_EDGE };
