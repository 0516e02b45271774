import path from 'node:path';
import { diagnostic, START, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readTextSync } from '../io/read-text.js';
import { listFiles } from '../io/walk.js';
import { DATA_DIR, EXTRACT_STATE_FILE } from '../model/layout.js';
import { RECORD_TYPES, typeOfFolder, type RecordTypeInfo } from '../model/record-types.js';
import type { RecordType } from '../model/records.js';
import { fastParseRecord } from './fast-yaml.js';
import { lazyLocator, MAX_YAML_LENGTH, parseRecordYaml, type Locator } from './parse-yaml.js';
import { schemaDiagnostics } from './schema-diagnostics.js';
import { isPlainJson, type ParseMemo } from './parse-memo.js';
import type { SchemaSet } from './schemas.js';
import { knownFinite } from './checks/numbers.js';

export { DATA_DIR } from '../model/layout.js';
export const RECORD_EXTENSIONS = ['.yaml', '.yml'];

/** Largest record file read: records are a few KiB, and their parsed YAML takes hundreds of times the text. */
export const MAX_RECORD_BYTES = MAX_YAML_LENGTH;

/** One record file after parsing and schema checking. */
export interface ParsedRecord {
  type: RecordType;
  /** Path relative to the root. */
  file: string;
  /** File name without extension: what the id must equal. */
  stem: string;
  /** The parsed mapping (present even when the schema found problems). */
  value: Record<string, unknown>;
  /** True when the record passed its schema, so its shape can be trusted. */
  valid: boolean;
  locate: Locator;
}

export interface RecordsResult {
  records: ParsedRecord[];
  /** Files that exist but could not be read or parsed, as `<type>:<file stem>`: references to them are not dangling. */
  unreadable: Set<string>;
  diagnostics: Diagnostic[];
}

/** Reads and schema-checks every record file under `<root>/data/<folder>/`. */
export async function loadRecords(
  root: string,
  schemas: SchemaSet,
  onProgress?: (phase: string, done: number, total: number) => void,
  memo?: ParseMemo<Record<string, unknown>>,
): Promise<RecordsResult> {
  const diagnostics: Diagnostic[] = [];
  const records: ParsedRecord[] = [];
  const unreadable = new Set<string>();
  const top = await listFiles(root, DATA_DIR);
  if (top.diagnostics.some((d) => d.file === DATA_DIR)) return { records, unreadable, diagnostics: top.diagnostics };
  // A type folder that cannot be listed is reported once, by its own listing below.
  const typeFolders = new Set(RECORD_TYPES.map((t) => `${DATA_DIR}/${t.folder}`));
  diagnostics.push(...top.diagnostics.filter((d) => !typeFolders.has(d.file)));
  for (const entry of top.files) {
    const name = path.basename(entry.rel);
    if (entry.isDirectory && typeOfFolder(name)) continue;
    if (!entry.isDirectory && /\.(md|markdown|txt)$/i.test(name)) continue; // notes beside the data
    if (entry.rel === EXTRACT_STATE_FILE) continue; // what was extracted, read by the pipeline
    diagnostics.push(unexpected(entry.rel, `\`${entry.rel}\` is not a record folder (${RECORD_TYPES.map((t) => t.folder).join(', ')}).`));
  }
  for (const info of RECORD_TYPES) {
    const listing = await listFiles(root, `${DATA_DIR}/${info.folder}`);
    diagnostics.push(...listing.diagnostics);
    const wanted = listing.files.filter((found) => {
      const ok = !found.isDirectory && RECORD_EXTENSIONS.includes(path.extname(found.rel).toLowerCase());
      if (!ok) diagnostics.push(unexpected(found.rel, `\`${found.rel}\` is not a \`.yaml\` record file.`));
      return ok;
    });
    for (const [i, found] of wanted.entries()) {
      if (onProgress && i % 64 === 0) onProgress(`reading and validating ${DATA_DIR}/${info.folder}`, i, wanted.length);
      const ext = path.extname(found.rel).toLowerCase();
      const stem = path.basename(found.rel, ext);
      // A file as it was at the last build, which found no problem in it, is neither read nor parsed.
      const known = memo?.recall(found.rel);
      if (known) {
        knownFinite(known);
        records.push({ type: info.type, file: found.rel, stem, value: known, valid: true, locate: locateLater(found.abs, found.rel) });
        continue;
      }
      const read = readTextSync(found.abs, found.rel, MAX_RECORD_BYTES);
      const same = read.ok ? memo?.recall(found.rel, read.text) : undefined;
      if (same && read.ok) {
        knownFinite(same);
        records.push({ type: info.type, file: found.rel, stem, value: same, valid: true, locate: lazyLocator(read.text, found.rel) });
        continue;
      }
      const parsed = read.ok ? parseRecord(info, found.rel, read.text, schemas) : { diagnostics: [read.diagnostic] };
      diagnostics.push(...parsed.diagnostics);
      if (parsed.record) records.push(parsed.record);
      else unreadable.add(`${info.type}:${stem}`);
      if (memo && read.ok && parsed.record?.valid && parsed.diagnostics.length === 0 && isPlainJson(parsed.record.value)) memo.remember(found.rel, read.text, parsed.record.value);
    }
  }
  return { records, unreadable, diagnostics };
}

/** Parses and schema-checks one record file's text. Pure. */
export function parseRecord(info: RecordTypeInfo, file: string, text: string, schemas: SchemaSet): { record?: ParsedRecord; diagnostics: Diagnostic[] } {
  // Line by line: one pattern over the whole text backtracks exponentially on many comment lines.
  if (text.split('\n').every((line) => /^\s*(#.*)?$/.test(line))) {
    return { diagnostics: [diagnostic(file, START, 'file/empty', 'The file is empty.', 'Write the record, or delete the file.')] };
  }
  const validate = schemas.records[info.type];
  const stemOf = () => path.basename(file, path.extname(file));
  const fast = fastParseRecord(text);
  if (fast !== undefined && (validate(fast) as boolean)) {
    return { record: { type: info.type, file, stem: stemOf(), value: fast, valid: true, locate: lazyLocator(text, file) }, diagnostics: [] };
  }
  const yaml = parseRecordYaml(text, file);
  if (yaml.value === undefined) return { diagnostics: yaml.diagnostics };
  const value = yaml.value as Record<string, unknown>;
  const valid = validate(value) as boolean;
  const diagnostics = [...yaml.diagnostics];
  if (!valid) diagnostics.push(...schemaDiagnostics(validate.errors ?? [], file, yaml.locate));
  return { record: { type: info.type, file, stem: stemOf(), value, valid, locate: yaml.locate }, diagnostics };
}

/** Positions for a record that was not read this time: the file is read if a check needs them. */
function locateLater(abs: string, file: string): Locator {
  let locate: Locator | undefined;
  return (at, target) => {
    if (!locate) {
      const read = readTextSync(abs, file, MAX_RECORD_BYTES);
      locate = lazyLocator(read.ok ? read.text : '', file);
    }
    return locate(at, target);
  };
}

function unexpected(file: string, message: string): Diagnostic {
  return diagnostic(file, START, 'file/unexpected', message, 'Move it into the right folder, or out of `data/`.', 'warning');
}
