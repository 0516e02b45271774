import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { diagnostic, START, type Diagnostic } from '../diagnostics/diagnostic.js';
import { COMMON_SCHEMA, RECORD_TYPES, SOURCE_SCHEMA } from '../model/record-types.js';
import type { RecordType } from '../model/records.js';
import { readTextSync } from '../io/read-text.js';
import { listFiles } from '../io/walk.js';
import { isRealDate } from './dates.js';

/** The schemas that ship with demine (`<package>/schemas`). */
export const PACKAGE_SCHEMAS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schemas');

export interface SchemaSet {
  records: Record<RecordType, ValidateFunction>;
  source: ValidateFunction;
  /** The raw schema documents, by file name (for hashing and for `init`). */
  files: Map<string, string>;
}

export const SCHEMA_FILES = [COMMON_SCHEMA, SOURCE_SCHEMA, ...RECORD_TYPES.map((t) => t.schema)];

const SCHEMAS_DIR = 'schemas';
/** Largest schema file read: the shipped ones are a few KiB. */
const MAX_SCHEMA_BYTES = 1024 * 1024;

export type SchemaLoad = { ok: true; schemas: SchemaSet } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Reads and compiles the record schemas once. A knowledge base's own `schemas/` folder
 * wins, file by file, over the copies that ship with demine.
 */
export async function loadSchemas(root: string): Promise<SchemaLoad> {
  const files = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  // The knowledge base's own schemas are read like every other file in it: links that stay inside, a size limit, UTF-8.
  const listing = await listFiles(root, SCHEMAS_DIR);
  const own = new Map(listing.files.filter((f) => !f.isDirectory).map((f) => [path.basename(f.rel), f]));
  for (const problem of listing.diagnostics) {
    if (problem.file === SCHEMAS_DIR || SCHEMA_FILES.includes(path.basename(problem.file))) diagnostics.push(problem);
  }
  for (const name of SCHEMA_FILES) {
    const found = own.get(name);
    if (!found) {
      files.set(name, await readFile(path.join(PACKAGE_SCHEMAS_DIR, name), 'utf8'));
      continue;
    }
    const read = readTextSync(found.abs, found.rel, MAX_SCHEMA_BYTES);
    if (read.ok) files.set(name, read.text);
    else diagnostics.push(read.diagnostic);
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const memoKey = [...files].map(([name, text]) => `${name}\0${text}`).join('\0');
  if (lastCompiled?.key === memoKey) return lastCompiled.load;
  const load = compileSchemas(files);
  lastCompiled = { key: memoKey, load };
  return load;
}

/**
 * The last set of schema texts compiled in this process and what came of it: the builds of one
 * process (`demine build --watch`) compile the schemas again only when one of them changed.
 * Compiled validators keep no state between calls (`errors` is set afresh by every call).
 */
let lastCompiled: { key: string; load: SchemaLoad } | undefined;

function compileSchemas(files: Map<string, string>): SchemaLoad {
  const diagnostics: Diagnostic[] = [];
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  ajv.addFormat('partial-date', { type: 'string', validate: isRealDate });
  const parsed = new Map<string, object>();
  for (const [name, text] of files) {
    try {
      const schema = JSON.parse(text) as object;
      parsed.set(name, schema);
      ajv.addSchema(schema, name);
    } catch (error) {
      diagnostics.push(diagnostic(`schemas/${name}`, START, 'schema/unusable', `The schema could not be read: ${(error as Error).message}.`, 'Fix the JSON, or delete the file to use the schema that ships with demine.'));
    }
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const compile = (name: string): ValidateFunction | undefined => {
    try {
      return ajv.getSchema(name);
    } catch (error) {
      diagnostics.push(diagnostic(`schemas/${name}`, START, 'schema/unusable', `The schema could not be compiled: ${(error as Error).message}.`, 'Fix the schema, or delete the file to use the schema that ships with demine.'));
      return undefined;
    }
  };
  const records = {} as Record<RecordType, ValidateFunction>;
  for (const info of RECORD_TYPES) {
    const validate = compile(info.schema);
    if (validate) records[info.type] = validate;
  }
  const source = compile(SOURCE_SCHEMA);
  if (diagnostics.length > 0 || !source) return { ok: false, diagnostics };
  return { ok: true, schemas: { records, source, files } };
}
