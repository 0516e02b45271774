/**
 * `demine cite`: a ready citation of one record — the fact in words, then each source
 * with title, publisher, date, the verbatim quote and file:line — as Markdown, plain
 * text or CSL-JSON.
 */
import type { KnowledgeBase } from '../../model/knowledge-base.js';
import { RECORD_TYPES } from '../../model/record-types.js';
import type { AnyRecord, RecordType } from '../../model/records.js';
import type { ListItem, PhrasingContent } from 'mdast';
import { citedLocation, citedQuote, sourceHeading, type CitedQuote } from './cited-quote.js';
import { BundleContext } from '../context.js';
import { cslLibrary, type CitedRecord } from './csl-json.js';
import { isWebUrl } from '../links.js';
import { lookupRecord } from './lookup.js';
import { toMarkdown } from '../markdown/to-markdown.js';
import { emphasis, inlineCode, link, list, listItem, paragraph, root, strong, text } from '../markdown/mdast-helpers.js';
import { phraseText, type Phrase } from '../words/phrase.js';
import { viewOf } from '../views/record-renderers.js';
import { publishedLine } from '../words/source-info.js';
import { DRAFT_NOTE } from '../pages/fact-sheet.js';

/** Whether the record `ref` is a machine draft, not yet reviewed (throws `UnknownRefError` as `citeRecord`). */
export function isDraftRecord(kb: KnowledgeBase, ref: string): boolean {
  return lookupRecord(new BundleContext(kb), ref).record.status === 'draft';
}

export type CiteFormat = 'markdown' | 'text' | 'csl-json';

export const CITE_FORMATS: readonly CiteFormat[] = ['markdown', 'text', 'csl-json'];


/** Mentions stay plain words (a citation is pasted away from the bundle); emphasis is kept. */
function phraseMdast(phrase: Phrase): PhrasingContent[] {
  return phrase.map((inline) => (typeof inline === 'object' && 'strong' in inline ? strong(text(inline.text)) : text(typeof inline === 'string' ? inline : inline.text)));
}

function urlOf(cited: CitedQuote): string | undefined {
  const url = cited.info?.url;
  return url && isWebUrl(url) ? url : undefined;
}

function markdownSource(cited: CitedQuote): ListItem {
  const head: PhrasingContent[] = cited.info
    ? [emphasis(text(cited.info.title)), text(`, ${publishedLine(cited.info)}`)]
    : [text(sourceHeading(cited))];
  const url = urlOf(cited);
  return listItem(
    paragraph(...head, text(`: “${cited.quote}” (`), inlineCode(citedLocation(cited)), ...(url ? [text(', '), link(url, text(url))] : []), text(')')),
  );
}

function textSource(cited: CitedQuote, n: number): string {
  const url = urlOf(cited);
  return [`${n}. ${sourceHeading(cited)}`, `   “${cited.quote}”`, `   ${citedLocation(cited)}`, ...(url ? [`   ${url}`] : [])].join('\n');
}

/**
 * A citation of the record `ref` (`figure:southland-area-cleared`) in the given format.
 * Throws `UnknownRefError` when the reference is malformed or names no record.
 */
export function citeRecord(kb: KnowledgeBase, ref: string, format: CiteFormat): string {
  const ctx = new BundleContext(kb);
  const found = lookupRecord(ctx, ref);
  const view = viewOf(found.type, found.record, ctx);
  // A draft is marked in every format, so that it never passes for a reviewed record (CSL-JSON: in the note).
  const draft = found.record.status === 'draft';
  if (format === 'csl-json') return cslText(cslLibrary(ctx, [{ ref: view.ref, status: view.status, support: view.support }]));
  const cited = view.support.map((entry) => citedQuote(ctx, entry));
  if (format === 'text') {
    return [...(draft ? [`${DRAFT_NOTE}`, ''] : []), phraseText(view.sentence), '', 'Sources:', ...cited.map((c, i) => textSource(c, i + 1)), '', `Record: ${view.ref}`, ''].join('\n');
  }
  return toMarkdown(
    root([
      ...(draft ? [paragraph(emphasis(text(DRAFT_NOTE)))] : []),
      paragraph(...phraseMdast(view.sentence)),
      paragraph(text('Sources:')),
      list(cited.map(markdownSource), true),
      paragraph(text('Record: '), inlineCode(view.ref)),
    ]),
  );
}

const cslText = (items: unknown[]): string => `${JSON.stringify(items, null, 2)}\n`;

/**
 * Citations of several records: in CSL-JSON one library, each document once (citing two
 * facts of one article lists the article once); in Markdown or text the citations one after
 * another. `all` (CSL-JSON only) lists every document of the knowledge base with every
 * record that cites it. Throws `UnknownRefError` for a reference that names no record.
 */
export function citeRecords(kb: KnowledgeBase, refs: readonly string[], format: CiteFormat, options: { all?: boolean } = {}): string {
  if (format !== 'csl-json') return refs.map((ref) => citeRecord(kb, ref, format)).join('\n');
  const ctx = new BundleContext(kb);
  const cited: CitedRecord[] = [];
  const add = (type: RecordType, record: AnyRecord) => {
    const view = viewOf(type, record, ctx);
    cited.push({ ref: view.ref, status: view.status, support: view.support });
  };
  if (options.all) for (const info of RECORD_TYPES) for (const record of ctx.records[info.type]) add(info.type, record);
  else for (const ref of refs) {
    const found = lookupRecord(ctx, ref);
    add(found.type, found.record);
  }
  return cslText(cslLibrary(ctx, cited, { everySource: options.all === true }));
}
