/**
 * The figures of one sentence, quoted, with whom each is about: every candidate `figuresIn`
 * reads, less a number inside a capitalised name ("the UK-Ukraine 100 Year Partnership", but not a
 * hyphened duration: "Conference on 10-Year Achievement"). A
 * package is described, not named, so its amount stays a figure ("A United States Government
 * grant of $500,000"), and who pays it is kept for the dollar of a bare "$".
 */
import type { Token } from '../text/tokens.js';
import type { Ref } from '../text/refs.js';
import type { Sentence } from '../text/layout/sentences.js';
import type { QuotedFigure } from '../analysis.js';
import type { InitiativeMention } from '../initiatives/initiatives.js';
import { figuresIn, labelsOf } from './figures.js';
import { mayHoldFigure } from './figure-gate.js';
import { aboutOf, payerOf } from './figure-about.js';
import type { ColumnHeader } from './table-columns.js';

export interface SentenceContext {
  sentence: Sentence;
  previous: Sentence | undefined;
  tokens: readonly Token[];
  refs: readonly Ref[];
  initiatives: readonly InitiativeMention[];
  columnOf: (offset: number) => ColumnHeader | undefined;
  /** The figure's verbatim text and its quote, from view offsets. */
  textOf: (start: number, end: number) => string;
  quoteOf: (start: number, end: number) => string;
}

const MAX_TEXT = 500;

export function sentenceFigures(c: SentenceContext): QuotedFigure[] {
  const { sentence, tokens, refs } = c;
  if (!mayHoldFigure(sentence.text)) return [];
  const out: QuotedFigure[] = [];
  for (const f of figuresIn(tokens, sentence.kind === 'heading', labelsOf(sentence, c.previous, tokens), c.columnOf)) {
    // a hyphened duration stays one ("the Stocktaking Conference on 10-Year Achievement")
    const hyphenedDuration = (f.unit === 'year' || f.unit === 'month') && tokens[f.start + 1]?.text === '-';
    if (!hyphenedDuration && c.initiatives.some((m) => m.tok < f.start && f.end <= m.tokEnd && tokens[m.tok]!.cap && m.kind !== 'package')) continue;
    const start = tokens[f.start]!.start;
    const end = tokens[f.end - 1]!.end;
    const figure = f as QuotedFigure;
    figure.text = c.textOf(start, end);
    figure.quote = c.quoteOf(start, end);
    const about = aboutOf(tokens, refs, f);
    if (about) figure.aboutKey = about;
    if (f.bareDollar && about?.startsWith('init:')) figure.payerKey = payerOf(tokens, refs, f);
    if (figure.text.length > 0 && figure.text.length <= MAX_TEXT) out.push(figure);
  }
  return out;
}
