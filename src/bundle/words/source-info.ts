/** How a source document is named to a reader: title, publisher, date, and where its quotes start. */
import type { SourceDocument } from '../../model/knowledge-base.js';
import { formatDate } from './dates.js';
import { oneLine } from './phrase.js';

export interface SourceInfo {
  id: string;
  /** Root-relative file, e.g. `seeds/000_x.md`. */
  file: string;
  /** The title, or the file name when the source has none. */
  title: string;
  publisher?: string;
  /** The date as a reader writes it (`6 July 2024`). */
  date?: string;
  url?: string;
}

export function sourceInfo(source: SourceDocument): SourceInfo {
  const info: SourceInfo = { id: source.id, file: source.file, title: oneLine(source.title ?? '') || source.file };
  if (source.meta.publisher) info.publisher = oneLine(source.meta.publisher);
  if (source.date) info.date = formatDate(source.date);
  if (source.meta.url) info.url = source.meta.url;
  return info;
}

/** `Publisher, 6 July 2024`, `undated` when neither is known. */
export function publishedLine(info: SourceInfo): string {
  return [info.publisher, info.date ?? 'undated'].filter((part) => part !== undefined).join(', ');
}

/** `seeds/000_x.md:12`, or the file alone when the line is unknown. */
export function fileAndLine(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}:${line}`;
}
