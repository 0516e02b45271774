/** Builds a KnowledgeBase from `test/fixtures/<name>/kb.json` and the source files beside it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { KnowledgeBase, RecordsByType, SourceDocument } from '../../src/model/knowledge-base.js';
import type { AnyRecord, RecordType } from '../../src/model/records.js';
import { RECORD_TYPES } from '../../src/model/record-types.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

interface FixtureJson {
  sources: Omit<SourceDocument, 'text' | 'bodyOffset'>[];
  records: Record<RecordType, AnyRecord[]>;
}

export function loadFixtureKb(name: string): KnowledgeBase {
  const root = path.join(FIXTURES, name);
  const json = JSON.parse(readFileSync(path.join(root, 'kb.json'), 'utf8')) as FixtureJson;
  const sources = json.sources.map((s) => ({ ...s, text: readFileSync(path.join(root, s.file), 'utf8'), bodyOffset: 0 }));
  const records = {} as Record<RecordType, unknown[]>;
  for (const info of RECORD_TYPES) {
    records[info.type] = (json.records[info.type] ?? []).map((record) => ({ type: info.type, file: `data/${info.folder}/${record.id}.yaml`, record }));
  }
  return { root, sources, records: records as RecordsByType };
}
