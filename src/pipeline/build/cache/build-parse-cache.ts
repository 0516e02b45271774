/**
 * `.demine/parsed.json`: what the last build made of each record and source file that had no
 * problem, keyed by the file's size and modification time and, when those changed, by a hash
 * of its text (a checkout that touches every file re-parses nothing). A build reads and parses
 * only the files that changed; the checks across the whole knowledge base still run on every
 * record. Quotes found in a document are remembered by the document's content, so that the
 * quote check searches only for new quotes or in changed documents. Keyed on demine's code and
 * the schemas: a new schema re-parses everything.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CacheStore } from './cache-file.js';
import type { ParseMemo, QuoteMemo } from '../../../records/parse-memo.js';
import { PACKAGE_SCHEMAS_DIR } from '../../../records/schemas.js';
import { SCHEMAS_DIR } from '../../../model/layout.js';
import { CONFIG_FILE } from '../../init.js';
import { knownRecordHash, recordHash } from '../incremental/dependency-hashes.js';

export const PARSED_FILE = 'parsed.json';

/** With, for a record, the hash of its value (`recordHash`): a record recalled is not serialised again to be hashed. */
type Entry = [fingerprint: string, hash: string, value: unknown, valueHash?: string];

interface Stored {
  key: string;
  records: Record<string, Entry>;
  sources: Record<string, Entry>;
  /** A document's content hash (as in its entry) → the quotes found in it. */
  quotes?: Record<string, string[]>;
}

const hashText = (text: string): string => createHash('sha1').update(text).digest('base64url');

/** One kind of file's memo: the entries of the last build in, the entries this build used out. */
class Memo<T> implements ParseMemo<T> {
  readonly used: Record<string, Entry> = {};
  changed = false;

  constructor(
    private readonly previous: Record<string, Entry>,
    private readonly inputs: Readonly<Record<string, string>>,
    /** Watching: each file's whole result by path, with the content hash it was made from (`BuildMemory`). */
    private readonly wholes?: Map<string, [hash: string, value: object]>,
    /** Records: each value's `recordHash` is kept with it, and given back with it. */
    private readonly hashValues = false,
  ) {}

  /** The entry, its value's hash made known (`knownRecordHash`) when it has one. */
  private recalled(entry: Entry): Entry {
    if (this.hashValues && typeof entry[3] === 'string' && entry[2] !== null && typeof entry[2] === 'object') knownRecordHash(entry[2], entry[3]);
    return entry;
  }

  /** Before saving: every record's value with its hash (made now for the values parsed by this build). */
  hashEntries(): void {
    if (!this.hashValues) return;
    for (const [rel, entry] of Object.entries(this.used)) {
      if (entry[3] === undefined && entry[2] !== null && typeof entry[2] === 'object') {
        this.used[rel] = [entry[0], entry[1], entry[2], recordHash(entry[2])];
        this.changed = true;
      }
    }
  }

  recallWhole(rel: string): object | undefined {
    const kept = this.wholes?.get(rel);
    const entry = this.previous[rel];
    // As it was: the file's size and time, and the very text the kept result was made from.
    if (kept === undefined || entry === undefined || entry[0] !== this.inputs[rel] || entry[1] !== kept[0]) return undefined;
    this.used[rel] = entry;
    return kept[1];
  }

  keepWhole(rel: string, value: object): void {
    const hash = this.used[rel]?.[1];
    if (this.wholes && hash !== undefined) this.wholes.set(rel, [hash, value]);
  }

  /** Forgets the kept results of files this build did not use (gone, or with a problem now). */
  pruneWholes(): void {
    if (this.wholes) for (const rel of this.wholes.keys()) if (!Object.hasOwn(this.used, rel)) this.wholes.delete(rel);
  }

  recall(rel: string, text?: string): T | undefined {
    const entry = this.previous[rel];
    if (!entry) return undefined;
    const fingerprint = this.inputs[rel];
    if (fingerprint !== undefined && entry[0] === fingerprint) {
      this.used[rel] = this.recalled(entry);
      return entry[2] as T;
    }
    if (text === undefined || hashText(text) !== entry[1]) return undefined;
    this.used[rel] = this.recalled([fingerprint ?? '', entry[1], entry[2], ...(typeof entry[3] === 'string' ? [entry[3]] : [])] as Entry);
    this.changed = true;
    return entry[2] as T;
  }

  remember(rel: string, text: string, value: T): void {
    this.used[rel] = [this.inputs[rel] ?? '', hashText(text), value];
    this.changed = true;
  }

  /** The content hash of `rel` as this build read it, when it was recalled or remembered. */
  hashOf(rel: string): string | undefined {
    return this.used[rel]?.[1];
  }

  /** True when some remembered file is gone or was not used. */
  dropped(): boolean {
    return Object.keys(this.previous).some((rel) => !Object.hasOwn(this.used, rel));
  }
}

/** Quotes found in documents, by the documents' content hashes; keeps only what this build asked about. */
class Quotes implements QuoteMemo {
  readonly used: Record<string, Set<string>> = {};
  changed = false;
  private readonly previous: Map<string, Set<string>>;

  constructor(
    previous: Record<string, string[]>,
    private readonly sources: Memo<unknown>,
  ) {
    this.previous = new Map(Object.entries(previous).map(([hash, quotes]) => [hash, new Set(quotes)]));
  }

  known(file: string, quote: string): boolean {
    const hash = this.sources.hashOf(file);
    if (hash === undefined || this.previous.get(hash)?.has(quote) !== true) return false;
    (this.used[hash] ??= new Set()).add(quote);
    return true;
  }

  found(file: string, quote: string): void {
    const hash = this.sources.hashOf(file);
    if (hash === undefined) return;
    (this.used[hash] ??= new Set()).add(quote);
    this.changed = true;
  }

  /** True when a document's quotes were dropped (the record or the document changed). */
  dropped(): boolean {
    for (const [hash, quotes] of this.previous) if ((this.used[hash]?.size ?? 0) !== quotes.size) return true;
    return false;
  }

  stored(): Record<string, string[]> {
    return Object.fromEntries(Object.entries(this.used).map(([hash, quotes]) => [hash, [...quotes]]));
  }
}

export interface ParseCache {
  records: ParseMemo<Record<string, unknown>>;
  sources: ParseMemo<unknown>;
  quotes: QuoteMemo;
  save(): Promise<void>;
}

/** The memo of the last build's parses, valid for these inputs' schemas and config under `codeKey`. */
export function openParseCache(store: CacheStore, codeKey: string, inputs: Readonly<Record<string, string>>, documents?: Map<string, [hash: string, value: object]>): ParseCache {
  const key = parseKey(codeKey, inputs);
  const stored = store.read<Stored>(PARSED_FILE, (value) => value.key === key && Boolean(value.records && value.sources));
  const records = new Memo<Record<string, unknown>>(stored?.records ?? {}, inputs, undefined, true);
  const sources = new Memo<unknown>(stored?.sources ?? {}, inputs, documents);
  const quotes = new Quotes(stored?.quotes ?? {}, sources);
  return {
    records,
    sources,
    quotes,
    save: async () => {
      sources.pruneWholes();
      records.hashEntries();
      if (stored && !records.changed && !sources.changed && !quotes.changed && !records.dropped() && !sources.dropped() && !quotes.dropped()) return;
      await store.write(PARSED_FILE, { key, records: records.used, sources: sources.used, quotes: quotes.stored() } satisfies Stored, { overlay: true });
    },
  };
}

/** The code, the knowledge base's schemas and config, and the schemas that ship with demine. */
function parseKey(codeKey: string, inputs: Readonly<Record<string, string>>): string {
  const hash = createHash('sha1').update(codeKey);
  // Only the schemas and the config key it: picked out before sorting (there are tens of thousands of inputs).
  for (const rel of Object.keys(inputs).filter((r) => r.startsWith(`${SCHEMAS_DIR}/`) || r === CONFIG_FILE).sort()) hash.update(`${rel}=${inputs[rel]}\n`);
  let names: string[] = [];
  try {
    names = readdirSync(PACKAGE_SCHEMAS_DIR).sort();
  } catch {
    // No shipped schemas: nothing to key on.
  }
  for (const name of names) {
    const info = statSync(path.join(PACKAGE_SCHEMAS_DIR, name), { throwIfNoEntry: false });
    if (info) hash.update(`package:${name}=${info.size}:${info.mtimeMs}\n`);
  }
  return hash.digest('hex');
}
