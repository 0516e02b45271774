/**
 * The footnotes of one Markdown file: each distinct (source, quote) pair gets one
 * numbered GFM footnote, in order of first use, carrying the source's title, publisher
 * and date, the verbatim quote, and a link to the source file at the quote's line.
 */
import type { FootnoteDefinition, FootnoteReference, PhrasingContent } from 'mdast';
import type { SourceQuote } from '../../model/records.js';
import { citedQuote, QuoteNumbering, type CitedQuote } from '../cite/cited-quote.js';
import type { BundleContext } from '../context.js';
import { sourceUrl } from '../links.js';
import { emphasis, footnoteDefinition, footnoteReference, link, paragraph, text } from '../markdown/mdast-helpers.js';
import { publishedLine } from './source-info.js';

export class Footnotes {
  private readonly numbering = new QuoteNumbering();

  /** `from` is the bundle path of the file the footnotes belong to. */
  constructor(
    private readonly ctx: BundleContext,
    private readonly from: string,
    private readonly seedsLinkBase: string,
  ) {}

  /** References to the footnotes for these quotes, numbering new ones. */
  refs(support: readonly SourceQuote[]): FootnoteReference[] {
    return this.numbering.numbersFor(support).map((n) => footnoteReference(String(n)));
  }

  /** The quotes footnoted so far, in footnote order. */
  cited(): readonly SourceQuote[] {
    return this.numbering.entries;
  }

  definitions(): FootnoteDefinition[] {
    return this.numbering.entries.map((entry, i) => footnoteDefinition(String(i + 1), paragraph(...this.citation(citedQuote(this.ctx, entry)))));
  }

  /** `_Title_, Publisher, 6 July 2024: “quote” ([seeds/x.md, line 12](…#L12))`. */
  private citation(cited: CitedQuote): PhrasingContent[] {
    const quote = text(`“${cited.quote}”`);
    if (!cited.source || !cited.info) return [text(`${cited.entry.source} (source not found): `), quote];
    const where = cited.line === undefined ? cited.info.file : `${cited.info.file}, line ${cited.line}`;
    return [
      emphasis(text(cited.info.title)),
      text(`, ${publishedLine(cited.info)}: `),
      quote,
      text(' ('),
      link(sourceUrl(this.from, cited.source.file, cited.line, this.seedsLinkBase), text(where)),
      text(')'),
    ];
  }
}
