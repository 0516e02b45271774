import { closest, distance } from 'fastest-levenshtein';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Check } from './context.js';

/** `source/unknown` and `quote/not-found`: every source exists and every quote occurs in it. */
export const checkQuotes: Check = (context) => {
  const out: Diagnostic[] = [];
  const knownIds = [...context.sources.keys()];
  // Each document is searched once for all the quotes that cite it: linear in its length.
  const bySource = new Map<string, string[]>();
  for (const record of context.records) {
    if (!Array.isArray(record.value.sources)) continue;
    for (const entry of record.value.sources as unknown[]) {
      const { source, quote } = (entry ?? {}) as { source?: unknown; quote?: unknown };
      if (typeof source !== 'string' || typeof quote !== 'string') continue;
      const list = bySource.get(source);
      if (list) list.push(quote);
      else bySource.set(source, [quote]);
    }
  }
  // Quotes found before in a document that has not changed are not searched for again.
  for (const [source, quotes] of bySource) {
    const unknown = quotes.filter((quote) => !context.quoteKnown(source, quote));
    if (unknown.length > 0) context.quotes(source)?.prime(unknown);
  }
  for (const record of context.records) {
    if (record.value.status === 'rejected') continue; // a tombstone is never published: its document may change
    const sources = record.value.sources;
    if (!Array.isArray(sources)) continue;
    sources.forEach((entry: unknown, i) => {
      if (entry === null || typeof entry !== 'object') return;
      const { source, quote } = entry as { source?: unknown; quote?: unknown };
      if (typeof source !== 'string') return;
      const index = context.quotes(source);
      if (!index && context.sourceUnreadable(source)) return;
      if (!index) {
        const guess = knownIds.length > 0 ? closest(source, knownIds) : undefined;
        const near = guess !== undefined && distance(source, guess) <= 3 ? guess : undefined;
        out.push(
          diagnostic(record.file, record.locate(['sources', i, 'source']), 'source/unknown', `Source \`${source}\` is not a document in seeds/${near ? `; did you mean \`${near}\`?` : '.'}`, near ? `Write \`${near}\`.` : 'Add the document to seeds/, or fix the id (the file name without extension).'),
        );
        return;
      }
      if (typeof quote === 'string' && quote !== '' && quote.trim() === '') {
        // Blank is empty: a quote of spaces would pass as verbatim and print as “”.
        out.push(diagnostic(record.file, record.locate(['sources', i, 'quote']), 'schema/range', 'The quote is blank (only spaces or line breaks); a quote must hold the words it rests on.', 'Copy the sentence or clause from the document.'));
        return;
      }
      if (typeof quote !== 'string' || quote.trim() === '' || context.quoteKnown(source, quote)) return;
      if (index.has(quote)) context.quoteFound(source, quote);
      else {
        out.push(
          diagnostic(record.file, record.locate(['sources', i, 'quote']), 'quote/not-found', `The quote does not occur in ${context.sources.get(source)!.file}: "${preview(quote)}".`, 'Copy the words exactly from the document (only spacing, quote marks and dashes may differ).'),
        );
      }
    });
  }
  return out;
};

function preview(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
}
