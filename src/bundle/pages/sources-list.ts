/** The list of source documents, as a Markdown list (fact sheets) or table (the briefing). */
import type { BlockContent, PhrasingContent } from 'mdast';
import type { SourceDocument } from '../../model/knowledge-base.js';
import type { SourceQuote } from '../../model/records.js';
import type { BundleContext } from '../context.js';
import { isWebUrl, sourceUrl } from '../links.js';
import { emphasis, inlineCode, link, list, listItem, paragraph, table, text } from '../markdown/mdast-helpers.js';
import { publishedLine, sourceInfo } from '../words/source-info.js';

/** The distinct documents the quotes come from, in order of first mention. */
export function sourcesOf(ctx: BundleContext, support: readonly SourceQuote[]): SourceDocument[] {
  const ids = [...new Set(support.map((s) => s.source))];
  return ids.map((id) => ctx.source(id)).filter((s): s is SourceDocument => s !== undefined);
}

function fileLink(from: string, source: SourceDocument, seedsLinkBase: string): PhrasingContent {
  return link(sourceUrl(from, source.file, undefined, seedsLinkBase), inlineCode(source.file));
}

function webLink(url: string | undefined): PhrasingContent[] {
  return url && isWebUrl(url) ? [text(' ('), link(url, text('online')), text(')')] : [];
}

/** `_Title_, Publisher, 6 July 2024 — seeds/x.md (online)` for each source. */
export function sourceList(from: string, sources: readonly SourceDocument[], seedsLinkBase: string): BlockContent {
  return list(
    sources.map((source) => {
      const info = sourceInfo(source);
      return listItem(
        paragraph(emphasis(text(info.title)), text(`, ${publishedLine(info)} — `), fileLink(from, source, seedsLinkBase), ...webLink(info.url)),
      );
    }),
  );
}

/** Title, date, publisher and file of every source. */
export function sourceTable(from: string, sources: readonly SourceDocument[], seedsLinkBase: string): BlockContent {
  const header = ['Title', 'Date', 'Publisher', 'File'].map((c) => [text(c)]);
  const rows = sources.map((source) => {
    const info = sourceInfo(source);
    const title: PhrasingContent[] = info.url && isWebUrl(info.url) ? [link(info.url, text(info.title))] : [text(info.title)];
    return [title, [text(info.date ?? 'undated')], [text(info.publisher ?? '—')], [fileLink(from, source, seedsLinkBase)]];
  });
  return table(header, rows);
}
