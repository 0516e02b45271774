/**
 * The view of one record as data: its title, a sentence stating it, labelled facts and
 * sections, each with the source quotes it rests on. Per-type builders (`views/`) make
 * views; generic renderers turn them into a fact sheet (mdast) or plain text.
 */
import type { RecordType, SourceQuote, Status } from '../../model/records.js';
import type { Phrase } from '../words/phrase.js';

/** Words and the quotes that support them. */
export interface Supported {
  phrase: Phrase;
  support: readonly SourceQuote[];
}

/** One labelled fact, e.g. `Led by: Japan`. */
export interface Fact extends Supported {
  label: string;
}

export interface ListSection {
  kind: 'list';
  heading: string;
  ordered: boolean;
  items: Supported[];
}

export interface TableRowView {
  cells: Phrase[];
  support: readonly SourceQuote[];
}

/** A table; renderers add a last column naming the sources of each row. */
export interface TableSection {
  kind: 'table';
  heading: string;
  columns: string[];
  rows: TableRowView[];
}

export type Section = ListSection | TableSection;

export interface RecordView {
  type: RecordType;
  id: string;
  /** `<type>:<id>`. */
  ref: string;
  status: Status;
  title: string;
  /** The record described without its name, e.g. `a partnership led by Japan`. */
  description: Phrase;
  /** The record stated as one sentence a writer can paste. */
  sentence: Phrase;
  /** The record's own sources. */
  support: readonly SourceQuote[];
  facts: Fact[];
  sections: Section[];
}
