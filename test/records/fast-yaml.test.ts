import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES } from '../../src/model/record-types.js';
import { fastParseRecord } from '../../src/records/fast-yaml.js';
import { recordToYaml } from '../../src/records/write-record.js';
import { REPO } from '../helpers/run-cli.js';

/** What the reference reader (the `yaml` package, YAML 1.2 core) makes of a text. */
const reference = (text: string) => parse(text, { schema: 'core', merge: false, uniqueKeys: true });

describe('the fast record reader agrees with the reference reader', () => {
  it('on every curated record it accepts, and accepts most of them', () => {
    let accepted = 0;
    let total = 0;
    for (const info of RECORD_TYPES) {
      for (const name of readdirSync(path.join(REPO, 'data', info.folder))) {
        const text = readFileSync(path.join(REPO, 'data', info.folder, name), 'utf8');
        total++;
        const fast = fastParseRecord(text);
        if (fast === undefined) continue;
        accepted++;
        expect(fast, name).toEqual(reference(text));
      }
    }
    expect(accepted / total).toBeGreaterThan(0.8);
  });

  it('on tricky scalars: they are either read the same or left to the reference reader', () => {
    const scalars = ['2024-07-06', '1e3', '1_000', '0b101', '0o17', '0x1F', '.inf', '-.Inf', '.nan', 'yes', 'no', 'on', 'off', 'y', 'n', '~', 'null', 'NULL', 'True', '012', '+12', '1.', '.5', "'quoted'", '"dq"', '3,000', '€160', 'a: b', '- x'];
    for (const scalar of scalars) {
      const text = `id: x\nvalue: ${scalar}\n`;
      let expected: unknown;
      try {
        expected = reference(text);
      } catch {
        expect(fastParseRecord(text), scalar).toBeUndefined();
        continue;
      }
      const fast = fastParseRecord(text);
      if (fast !== undefined) expect(fast, scalar).toEqual(expected);
    }
  });

  it('on random records written by demine', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 3 }), fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), (name, quote, aliases, value) => {
        const yamlText = recordToYaml('figure', { id: 'f', value, unit: 'count', measure: name, text: name, status: 'draft', sources: [{ source: 's', quote }], ...(aliases.length ? {} : {}) });
        const fast = fastParseRecord(yamlText);
        if (fast !== undefined) expect(fast).toEqual(reference(yamlText));
        const actor = recordToYaml('actor', { id: 'a', name, aliases: [...new Set(aliases)], kind: 'person', status: 'draft', sources: [{ source: 's', quote }] });
        const fastActor = fastParseRecord(actor);
        if (fastActor !== undefined) expect(fastActor).toEqual(reference(actor));
      }),
      { numRuns: 300 },
    );
  });
});
