import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCorpus, extractDocument } from '../../src/extract/index.js';
import { QuoteIndex } from '../../src/sources/quote-match.js';
import { ID_PATTERN } from '../../src/model/record-types.js';
import type { AnyRecord, RecordType } from '../../src/model/records.js';
import { readDocuments, REPO, schemaValidators, TYPES } from './helpers.js';

const CORPORA = [path.join(REPO, 'seeds'), path.join(REPO, 'eval/corpus/seeds')].map((dir) => path.dirname(dir));

describe.each(CORPORA)('drafts from %s', (root) => {
  const docs = readDocuments(root);
  const out = extractCorpus(docs);
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const all = TYPES.flatMap((type) => (out[type] as AnyRecord[]).map((record) => ({ type, record })));

  it('finds records of every type', () => {
    expect(docs.length).toBeGreaterThanOrEqual(5);
    for (const type of TYPES) expect(out[type].length).toBeGreaterThan(0);
  });

  it('quotes every record verbatim from its document', () => {
    for (const { record } of all) {
      for (const s of record.sources) {
        expect(texts.get(s.source), `${record.id} cites ${s.source}`).toBeDefined();
        expect(texts.get(s.source)!.includes(s.quote), `${record.id}: ${s.quote}`).toBe(true);
      }
    }
  });

  it('emits drafts that pass the schemas, with unique sorted ids and resolving references', () => {
    const validate = schemaValidators();
    const ids = new Map<RecordType, string[]>();
    for (const { type, record } of all) {
      expect(validate[type](record), `${type} ${record.id}: ${JSON.stringify(validate[type].errors)}`).toBe(true);
      expect(record.status).toBe('draft');
      expect(record.id).toMatch(ID_PATTERN);
      ids.set(type, [...(ids.get(type) ?? []), record.id]);
    }
    for (const [, list] of ids) {
      expect(new Set(list).size).toBe(list.length);
      expect([...list].sort()).toEqual(list);
    }
    const exists = (ref: string): boolean => {
      const [type, id] = ref.split(':') as [RecordType, string];
      return (ids.get(type) ?? []).includes(id);
    };
    for (const { record } of all) {
      const refs: string[] = [];
      const r = record as unknown as Record<string, unknown>;
      for (const key of ['about', 'initiative', 'country', 'part_of']) if (typeof r[key] === 'string') refs.push(r[key] as string);
      for (const key of ['leads', 'participants']) if (Array.isArray(r[key])) refs.push(...(r[key] as string[]));
      for (const role of (r.roles as { organisation?: string }[] | undefined) ?? []) if (role.organisation) refs.push(role.organisation);
      for (const ref of refs) expect(exists(ref), `${record.id} → ${ref}`).toBe(true);
    }
  });

  it('numbers the pillars of each initiative 1..n', () => {
    const orders = new Map<string, number[]>();
    for (const p of out.pillar) orders.set(p.initiative, [...(orders.get(p.initiative) ?? []), p.order]);
    for (const [, list] of orders) expect([...list].sort((a, b) => a - b)).toEqual(list.map((_x, i) => i + 1));
  });

  it('gives the same result whatever the order of the documents', () => {
    expect(extractCorpus([...docs].reverse())).toEqual(out);
  });

  it('quotes match the quote checker the validator uses', () => {
    const indexes = new Map(docs.map((d) => [d.id, new QuoteIndex(d.text)]));
    for (const { record } of all) for (const s of record.sources) expect(indexes.get(s.source)!.has(s.quote)).toBe(true);
  });

  it('extracts one document alone with the same guarantees', () => {
    for (const doc of docs) {
      const one = extractDocument(doc);
      expect(one.source).toBe(doc.id);
      for (const type of TYPES) for (const r of one[type] as AnyRecord[]) for (const s of r.sources) expect(doc.text.includes(s.quote)).toBe(true);
    }
  });
});
