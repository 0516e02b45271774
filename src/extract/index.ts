/**
 * The extraction engine: source documents in, draft records out, each resting on a
 * verbatim quote of its document.
 *
 * Why hand-written rules and no NLP library. compromise and wink-nlp (with
 * wink-eng-lite-web-model) were both run on the seed corpus before this was written.
 * compromise found people and organisations but glued punctuation to them ("Hun Sen’s",
 * "“Yamaguchi"), took "Director General" and "Grant Agreement" for people, and ran at about
 * 0.09 MB/s, twenty times under the 2 MB/s target. wink-nlp was faster (about 1.3 MB/s for its
 * pipeline alone) and tags numbers, dates, money and ordinals well, but its lite model has no
 * person or organisation entities, which is the hard part here. Neither keeps the character
 * offsets needed to cut verbatim quotes through Markdown and HTML markup. A small tokenizer
 * with offsets, gazetteers (countries and demonyms, role titles, organisation and initiative
 * head words, units and currencies) and rules over capitalised runs get more of these texts
 * right, and the whole engine runs faster than either library's tagging alone.
 *
 * Flow, one folder a stage: `text/` (markup → sentences → tokens, names, numbers, quotes)
 * → `analyse.ts` (one document → mentions keyed by name, through one folder per record
 * type: `initiatives/`, `actors/`, `figures/`, `pillars/`) → `resolve/` (all documents → one
 * record per actor and initiative, figures, pillars). `lexicon/` is the product knowledge the
 * rules consult. `document-meta.ts` reads front matter or infers title and date. What the
 * engine proposes is merged into `data/` by `src/drafts/` and scored by `src/scoring/`; neither
 * is part of the engine.
 */
import { analyseDocument } from './analyse.js';
import type { DocumentInput } from './analysis.js';
import { resolveCorpus, type Extraction } from './resolve/resolve.js';
import { withPublisherLine, withSourceAddress } from './document-meta.js';

export type { DocumentInput } from './analysis.js';
export type { Extraction } from './resolve/resolve.js';
export { readSourceDocument } from './document-meta.js';

/** Draft records proposed from one document. */
export interface DocumentExtraction extends Extraction {
  source: string;
}

/** Draft records proposed from a corpus, resolved across documents. */
export interface CorpusExtraction extends Extraction {
  /** Ids of the documents read, sorted. */
  sources: string[];
}

function safeInput(doc: DocumentInput): DocumentInput {
  const text = typeof doc.text === 'string' ? doc.text : '';
  const bodyOffset = Number.isInteger(doc.bodyOffset) ? Math.max(0, Math.min(doc.bodyOffset, text.length)) : 0;
  const out: DocumentInput = { id: doc.id, text, bodyOffset };
  if (doc.title !== undefined) out.title = doc.title;
  for (const field of ['publisher', 'url'] as const) if (typeof doc[field] === 'string') out[field] = doc[field];
  if (doc.date !== undefined && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(doc.date)) out.date = doc.date;
  withSourceAddress(out);
  withPublisherLine(out);
  return out;
}

/** Draft records of the four types from one document (`status: draft`, quotes verbatim). */
export function extractDocument(doc: DocumentInput): DocumentExtraction {
  const records = resolveCorpus([analyseDocument(safeInput(doc))]);
  return { source: doc.id, ...records };
}

/** Draft records from many documents, with actors and initiatives resolved across them. */
export function extractCorpus(docs: readonly DocumentInput[]): CorpusExtraction {
  const analyses = docs.map((d) => analyseDocument(safeInput(d)));
  return { sources: docs.map((d) => d.id).sort(), ...resolveCorpus(analyses) };
}
