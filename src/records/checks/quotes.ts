import { closest, distance } from 'fastest-levenshtein';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Check } from './context.js';

/** `source/unknown` and `quote/not-found`: every source exists and every quote occurs in it. */
export const checkQuotes: Check = (context) => {
  const out: Diagnostic[] = [];
  const knownIds = [...context.sources.keys()];
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
      if (typeof quote === 'string' && quote.trim() !== '' && !index.has(quote)) {
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
