/**
 * Turns views into mdast for one bundle file: phrases become text and links relative
 * to that file, supported facts get their footnote references, sections become lists
 * and tables. The file's footnote definitions are collected as it goes.
 */
import type { BlockContent, FootnoteDefinition, PhrasingContent } from 'mdast';
import type { SourceQuote } from '../../model/records.js';
import { parseRef } from '../../model/record-types.js';
import type { BundleContext } from '../context.js';
import { Footnotes } from '../words/footnotes.js';
import { recordPath, relativeUrl } from '../links.js';
import { heading, link, list, listItem, paragraph, strong, table, text } from './mdast-helpers.js';
import type { Phrase } from '../words/phrase.js';
import type { Fact, Section, Supported } from '../views/record-view.js';
import { sourceInfo } from '../words/source-info.js';

export class MarkdownWriter {
  private readonly footnotes: Footnotes;

  /** `path` is the bundle path of the file being written, e.g. `actors/japan.md`. */
  constructor(
    readonly ctx: BundleContext,
    readonly path: string,
    seedsLinkBase: string,
  ) {
    this.footnotes = new Footnotes(ctx, path, seedsLinkBase);
  }

  /** A link from this file to another file of the bundle. */
  linkTo(bundlePath: string, ...children: PhrasingContent[]): PhrasingContent {
    return link(relativeUrl(this.path, bundlePath), ...children);
  }

  /** Mentions of records that exist become links to their fact sheets. */
  phrase(phrase: Phrase): PhrasingContent[] {
    return phrase.map((inline): PhrasingContent => {
      if (typeof inline === 'string') return text(inline);
      if ('strong' in inline) return strong(text(inline.text));
      const target = parseRef(inline.ref);
      if (!target || !this.ctx.resolve(inline.ref)) return text(inline.text);
      return this.linkTo(recordPath(target.type, target.id), text(inline.text));
    });
  }

  footnoteRefs(support: readonly SourceQuote[]): PhrasingContent[] {
    return this.footnotes.refs(support);
  }

  /** The words followed by the footnotes of the quotes they rest on. */
  supported(s: Supported): PhrasingContent[] {
    return [...this.phrase(s.phrase), ...this.footnoteRefs(s.support)];
  }

  /** `**Led by:** Japan[^1]` as one list item each. */
  facts(facts: readonly Fact[]): BlockContent {
    return list(facts.map((f) => listItem(paragraph(strong(text(`${f.label}:`)), text(' '), ...this.supported(f)))));
  }

  /** The source titles of a table row, each with its footnote. */
  sourceCell(support: readonly SourceQuote[]): PhrasingContent[] {
    const cell: PhrasingContent[] = [];
    const bySource = new Map<string, SourceQuote[]>();
    for (const entry of support) bySource.set(entry.source, [...(bySource.get(entry.source) ?? []), entry]);
    for (const [id, entries] of bySource) {
      if (cell.length > 0) cell.push(text('; '));
      const source = this.ctx.source(id);
      cell.push(text(source ? sourceInfo(source).title : id), ...this.footnoteRefs(entries));
    }
    return cell;
  }

  section(section: Section, depth: 2 | 3 | 4): BlockContent[] {
    const title = heading(depth, text(section.heading));
    if (section.kind === 'list') {
      return [title, list(section.items.map((item) => listItem(paragraph(...this.supported(item)))), section.ordered)];
    }
    const header = [...section.columns, 'Source'].map((c) => [text(c)]);
    const rows = section.rows.map((row) => [...row.cells.map((cell) => this.phrase(cell)), this.sourceCell(row.support)]);
    return [title, table(header, rows)];
  }

  /** Every quote footnoted in this file so far, in footnote order. */
  citedQuotes(): readonly SourceQuote[] {
    return this.footnotes.cited();
  }

  footnoteDefinitions(): FootnoteDefinition[] {
    return this.footnotes.definitions();
  }
}
