import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES } from '../../src/model/record-types.js';
import type { AnyRecord, RecordType } from '../../src/model/records.js';
import { plainRecordYaml } from '../../src/records/plain-yaml.js';
import { recordToYaml, recordToYamlByLibrary } from '../../src/records/write-record.js';
import { extractCorpus, readSourceDocument } from '../../src/extract/index.js';
import { REPO } from '../helpers/run-cli.js';

const never = (): boolean => false;

describe('the plain record writer writes what the yaml library writes', () => {
  it('on every curated record and every draft extracted from the seeds, and writes most of them itself', () => {
    const records: [RecordType, AnyRecord][] = [];
    for (const info of RECORD_TYPES) {
      const dir = path.join(REPO, 'data', info.folder);
      for (const name of readdirSync(dir)) records.push([info.type, parse(readFileSync(path.join(dir, name), 'utf8')) as AnyRecord]);
    }
    const seeds = path.join(REPO, 'seeds');
    const drafts = extractCorpus(readdirSync(seeds).map((f) => readSourceDocument(f, readFileSync(path.join(seeds, f), 'utf8'))));
    for (const info of RECORD_TYPES) for (const r of drafts[info.type] as AnyRecord[]) records.push([info.type, r]);
    let plain = 0;
    for (const [type, record] of records) {
      expect(recordToYaml(type, record)).toBe(recordToYamlByLibrary(type, record));
      if (plainRecordYaml(JSON.parse(JSON.stringify(record)) as Record<string, unknown>, never) !== undefined) plain++;
    }
    expect(records.length).toBeGreaterThan(20);
    expect(plain / records.length).toBeGreaterThan(0.7);
  });

  it('on awkward strings: quoted where the library quotes them, left to the library where it double-quotes', () => {
    const cases: [string, string | undefined][] = [
      ['Mine Action Centre', 'Mine Action Centre'],
      ['"We will clear it," she said.', `'"We will clear it," she said.'`],
      ['2016 peace agreement', '2016 peace agreement'],
      ['12', undefined], // the library double-quotes text read as a number
      ['a: b', undefined],
      ['- dash', undefined],
      ['x #y', undefined],
      ['x#y', 'x#y'],
      ['line\nbreak', undefined],
      ["it's", "it's"],
      ['ends with colon:', undefined],
      ['Côte d’Ivoire', 'Côte d’Ivoire'],
    ];
    for (const [value, expected] of cases) {
      const record = { id: 'x', name: value } as unknown as AnyRecord;
      const plain = plainRecordYaml({ id: 'x', name: value }, never);
      expect(plain, value).toBe(expected === undefined ? undefined : `id: x\nname: ${expected}\n`);
      expect(recordToYaml('actor', record)).toBe(recordToYamlByLibrary('actor', record));
    }
  });

  it('on random records of the flat shapes (strings of indicator characters, quotes, spaces, numbers, booleans)', () => {
    const piece = fc.constantFrom('a', 'Z', ' ', ':', '#', '-', '?', '"', "'", '\t', '\n', '0', '7', '.', '%', '@', '`', '[', '{', ',', '|', '>', '!', '&', '*', '~', 'y', 'no', 'true', 'null', 'é', '\u2028', '\u0085', '---', '_', '+', 'e', 'x');
    const text = fc.array(piece, { minLength: 0, maxLength: 8 }).map((p) => p.join(''));
    const value = fc.oneof(text, text, fc.integer(), fc.double({ noNaN: false }), fc.boolean());
    const source = fc.record({ source: text, quote: text });
    const record = fc.record({
      id: text,
      name: value,
      value: value,
      aliases: fc.array(text, { maxLength: 3 }),
      sources: fc.array(source, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(record, (r) => {
        expect(recordToYaml('actor', r as unknown as AnyRecord)).toBe(recordToYamlByLibrary('actor', r as unknown as AnyRecord));
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
});
