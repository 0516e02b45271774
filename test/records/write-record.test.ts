import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES } from '../../src/model/record-types.js';
import type { AnyRecord } from '../../src/model/records.js';
import { addToRecordYaml, recordToYaml } from '../../src/records/write-record.js';
import { REPO } from '../helpers/run-cli.js';

describe('recordToYaml', () => {
  it('every curated record survives record → YAML → record unchanged', () => {
    let count = 0;
    for (const info of RECORD_TYPES) {
      const dir = path.join(REPO, 'data', info.folder);
      for (const name of readdirSync(dir)) {
        const record = parse(readFileSync(path.join(dir, name), 'utf8')) as AnyRecord;
        const text = recordToYaml(info.type, record);
        expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=../../schemas/${info.schema}`);
        expect(parse(text)).toEqual(record);
        count++;
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('writes fields in schema order whatever order they come in', () => {
    const text = recordToYaml('figure', {
      sources: [{ quote: 'q', source: 's' }], status: 'draft', text: '12', measure: 'trucks', unit: 'count', value: 12, id: 'trucks',
    });
    expect(text).toBe(
      '# yaml-language-server: $schema=../../schemas/figure.schema.json\nid: trucks\nvalue: 12\nunit: count\nmeasure: trucks\ntext: "12"\nstatus: draft\nsources:\n  - source: s\n    quote: q\n',
    );
  });

  it('quotes text that YAML 1.1 readers would take for a date, boolean or number', () => {
    const text = recordToYaml('figure', { id: 'x', value: 1, unit: 'count', measure: 'yes', as_of: '2024-03-01', text: '1_000', status: 'draft', sources: [{ source: '002_2b58', quote: 'off' }] });
    expect(text).toContain('as_of: "2024-03-01"\n');
    expect(text).toContain('measure: "yes"\n');
    expect(text).toContain('text: "1_000"\n');
    expect(text).toContain('quote: "off"\n');
    expect(text).toContain('source: 002_2b58\n');
    expect(text).toContain('unit: count\n');
  });

  it('never folds a long quote', () => {
    const quote = 'word '.repeat(60).trim();
    const text = recordToYaml('actor', { id: 'a', name: 'A', kind: 'country', status: 'draft', sources: [{ source: 's', quote }] });
    expect(text).toContain(`quote: ${quote}\n`);
  });
});

describe('addToRecordYaml', () => {
  it('adds sources and aliases and keeps what a person wrote', () => {
    const text = [
      '# yaml-language-server: $schema=../../schemas/actor.schema.json',
      'id: cmac',
      'name: Cambodian Mine Action Centre',
      '# checked by hand on 2024-07-10',
      'kind: organisation',
      'status: draft',
      'sources:',
      '  - source: a',
      '    quote: the Cambodian Mine Action Centre (CMAC) # first mention',
      '',
    ].join('\n');
    const out = addToRecordYaml(text, { sources: [{ source: 'b', quote: 'CMAC' }], aliases: ['CMAC'] });
    expect(out).toContain('# checked by hand on 2024-07-10');
    expect(out).toContain('# first mention');
    expect(parse(out)).toEqual({
      id: 'cmac', name: 'Cambodian Mine Action Centre', kind: 'organisation', status: 'draft', aliases: ['CMAC'],
      sources: [{ source: 'a', quote: 'the Cambodian Mine Action Centre (CMAC)' }, { source: 'b', quote: 'CMAC' }],
    });
  });
});
