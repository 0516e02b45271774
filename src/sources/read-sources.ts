import path from 'node:path';
import { diagnostic, START, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readTextSync } from '../io/read-text.js';
import { listFiles } from '../io/walk.js';
import type { SourceDocument } from '../model/knowledge-base.js';
import { SEEDS_DIR } from '../model/layout.js';
import type { SourceMeta } from '../model/records.js';
import { isPlainJson, type ParseMemo } from '../records/parse-memo.js';
import type { SchemaSet } from '../records/schemas.js';
import { schemaDiagnostics } from '../records/schema-diagnostics.js';
import { parseFrontMatter } from './front-matter.js';
import { inferDate, inferTitle } from './infer-meta.js';

export { SEEDS_DIR } from '../model/layout.js';
export const SOURCE_EXTENSIONS = ['.md', '.markdown', '.txt'];

export interface SourcesResult {
  sources: SourceDocument[];
  /** Ids of documents that exist but could not be read or hold no text: already reported, so citing them is not reported again. */
  unreadable: Set<string>;
  /** False when `seeds/` itself could not be listed (then no citation can be checked). */
  listed: boolean;
  diagnostics: Diagnostic[];
}

/** What a source id may be: the `sourceId` of `schemas/common.schema.json`. */
export const SOURCE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** A source id close to a file name that cannot be one. */
function suggestId(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'document';
}

/** Reads every document in `<root>/seeds/`, sorted by id. */
export async function readSources(root: string, schemas: SchemaSet, memo?: ParseMemo<unknown>): Promise<SourcesResult> {
  const listing = await listFiles(root, SEEDS_DIR);
  const diagnostics = [...listing.diagnostics];
  const sources: SourceDocument[] = [];
  const unreadable = new Set<string>();
  const listed = !listing.diagnostics.some((d) => d.file === SEEDS_DIR);
  for (const problem of listing.diagnostics) unreadable.add(path.basename(problem.file, path.extname(problem.file)));
  const seen = new Map<string, string>();
  const wanted = listing.files.filter((found) => {
    if (found.isDirectory || !SOURCE_EXTENSIONS.includes(path.extname(found.rel).toLowerCase())) return false;
    const id = path.basename(found.rel, path.extname(found.rel));
    const earlier = seen.get(id);
    if (earlier) {
      diagnostics.push(diagnostic(found.rel, START, 'source/duplicate-id', `Source id \`${id}\` is already used by ${earlier}.`, 'Rename one of the two files.'));
      return false;
    }
    seen.set(id, found.rel);
    if (!SOURCE_ID_PATTERN.test(id)) {
      // Records could not cite it (`a b`, `x#y`, `ün`, `-dash`): refused here, where it enters.
      diagnostics.push(diagnostic(found.rel, START, 'source/bad-name', `The file name \`${id}\` cannot be a source id (letters A–Z, digits, \`_\`, \`.\` and \`-\`, starting with a letter or digit).`, `Rename the file, e.g. to \`${suggestId(id)}${path.extname(found.rel)}\`.`));
      unreadable.add(id);
      return false;
    }
    return true;
  });
  for (const found of wanted) {
    const id = path.basename(found.rel, path.extname(found.rel));
    // Watching, a document unchanged since the last build is the one that build read, text and all.
    const kept = memo?.recallWhole?.(found.rel) as SourceDocument | undefined;
    if (kept) {
      sources.push(kept);
      continue;
    }
    const read = readTextSync(found.abs, found.rel);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      unreadable.add(id);
      continue;
    }
    // What the last build found in a document as it is now, when it found no problem: no parsing.
    const known = memo?.recall(found.rel, read.text) as Omit<SourceDocument, 'id' | 'file' | 'text'> | undefined;
    if (known) {
      const source = { id, file: found.rel, ...known, text: read.text };
      sources.push(source);
      memo?.keepWhole?.(found.rel, source);
      continue;
    }
    const parsed = parseSource(id, found.rel, read.text, schemas);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.source) sources.push(parsed.source);
    else unreadable.add(id);
    if (memo && parsed.source && parsed.diagnostics.length === 0) {
      const { id: _id, file: _file, text: _text, ...rest } = parsed.source;
      if (isPlainJson(rest)) {
        memo.remember(found.rel, read.text, rest);
        memo.keepWhole?.(found.rel, parsed.source);
      }
    }
  }
  return { sources, unreadable, listed, diagnostics };
}

/** One document from its text: front matter checked against the source schema, title and date inferred where absent. */
export function parseSource(id: string, file: string, text: string, schemas: SchemaSet): { source?: SourceDocument; diagnostics: Diagnostic[] } {
  const fm = parseFrontMatter(text, file, (value) => schemas.source(value) as boolean);
  const diagnostics = [...fm.diagnostics];
  let meta: SourceMeta = {};
  if (fm.present && fm.data !== undefined) {
    if (typeof fm.data !== 'object' || fm.data === null || Array.isArray(fm.data)) {
      diagnostics.push(diagnostic(file, fm.locate([]), 'source/front-matter', 'The front matter is not a mapping of fields.', 'Write fields such as `title: …` and `date: …`.'));
    } else if (!schemas.source(fm.data)) {
      diagnostics.push(...schemaDiagnostics(schemas.source.errors ?? [], file, fm.locate).map((d) => ({ ...d, rule: 'source/schema' as const })));
    } else {
      meta = fm.data as SourceMeta;
    }
  }
  const body = text.slice(fm.bodyOffset);
  if (!/[\p{L}\p{N}]/u.test(body)) {
    diagnostics.push(diagnostic(file, START, 'source/no-text', 'The document holds no text to cite.', 'Add the document\'s text, or remove the file.'));
    return { diagnostics };
  }
  const source: SourceDocument = { id, file, meta, text, bodyOffset: fm.bodyOffset };
  const title = meta.title ?? inferTitle(body);
  const date = meta.date ?? inferDate(body);
  if (title !== undefined) source.title = title;
  if (date !== undefined) source.date = date;
  return { source, diagnostics };
}
