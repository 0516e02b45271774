import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { readSourceDocument, type DocumentInput } from '../../src/extract/index.js';
import type { AnyRecord, RecordType } from '../../src/model/records.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The documents of `<root>/seeds` as engine input. */
export function readDocuments(root: string): DocumentInput[] {
  const dir = path.join(root, 'seeds');
  return readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => readSourceDocument(f.replace(/\.(md|txt)$/, ''), readFileSync(path.join(dir, f), 'utf8')));
}

const FOLDERS: Record<RecordType, string> = { initiative: 'initiatives', pillar: 'pillars', actor: 'actors', figure: 'figures' };

/** The records of `<root>/data`, by type. */
export function readRecords(root: string): Record<RecordType, AnyRecord[]> {
  const out = { initiative: [], pillar: [], actor: [], figure: [] } as Record<RecordType, AnyRecord[]>;
  for (const [type, folder] of Object.entries(FOLDERS) as [RecordType, string][]) {
    const dir = path.join(root, 'data', folder);
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
    } catch {
      continue;
    }
    for (const f of files) out[type].push(parse(readFileSync(path.join(dir, f), 'utf8')) as AnyRecord);
  }
  return out;
}

let validators: Record<RecordType, ValidateFunction> | undefined;

/** The record schemas of the repository, compiled. */
export function schemaValidators(): Record<RecordType, ValidateFunction> {
  if (validators) return validators;
  const ajv = new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true });
  ajv.addFormat('partial-date', true);
  const dir = path.join(REPO, 'schemas');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.schema.json'))) {
    const schema = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { $id?: string };
    ajv.addSchema(schema, schema.$id ?? f);
  }
  const get = (name: string): ValidateFunction => {
    const v = ajv.getSchema(name);
    if (!v) throw new Error(`schema ${name} not found`);
    return v;
  };
  validators = {
    initiative: get('initiative.schema.json'),
    pillar: get('pillar.schema.json'),
    actor: get('actor.schema.json'),
    figure: get('figure.schema.json'),
  };
  return validators;
}

export const TYPES: RecordType[] = ['initiative', 'pillar', 'actor', 'figure'];
