import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { decodeText } from '../../src/io/read-text.js';
import { RECORD_TYPES, typeInfo } from '../../src/model/record-types.js';
import type { Actor, AnyRecord, Figure, Initiative, Pillar, RecordType } from '../../src/model/records.js';
import { parseRecord } from '../../src/records/load-records.js';
import { parseRecordYaml } from '../../src/records/parse-yaml.js';
import { loadSchemas, type SchemaSet } from '../../src/records/schemas.js';
import { validateKnowledgeBase } from '../../src/records/validate.js';
import { recordToYaml } from '../../src/records/write-record.js';
import { searchText } from '../../src/sources/quote-match.js';
import { parseSource } from '../../src/sources/read-sources.js';
import { FIXTURES } from '../helpers/fixture-kb.js';
import { REPO } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

let schemas: SchemaSet;
beforeAll(async () => {
  const loaded = await loadSchemas(REPO);
  if (!loaded.ok) throw new Error('the shipped schemas do not load');
  schemas = loaded.schemas;
});

/** Every diagnostic has a real position and a one-line message. */
function wellFormed(diagnostics: readonly Diagnostic[], text: string): void {
  const lines = text.split('\n').length;
  for (const d of diagnostics) {
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines + 1, `line ${d.line} of ${lines}: ${d.rule}`).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1, `column ${d.column}: ${d.rule}`).toBe(true);
    expect(d.message).not.toMatch(/[\n\r]/);
  }
}

// ---------- random input ----------

/** Pieces of YAML and Markdown syntax, so that random text often looks like a record or a document. */
const yamlPiece = fc.oneof(
  fc.constantFrom(
    'id: ', 'name: ', 'kind: ', 'sources:', 'aliases:', 'roles:', '  - ', '- ', '? ', ': ', '\n', '\n  ', '\r\n', '\t', ' ', '  ', '#', ' # c',
    '"', "'", '\\', '[', ']', '{', '}', ',', '&a ', '*a', '!!binary ', '!t ', '|\n', '>-\n', '---\n', '...\n', '%YAML 1.1\n', '<<: ',
    '__proto__: ', 'constructor: ', '.inf', '-.inf', '.nan', '1e400', '2024-02-30', 'yes', 'null', '~', '0x1F', '\u00a0', '\ufeff', '\u2028', '\u0000',
    'ministry-of-demining', 'actor:ministry-of-demining', 'source: report', 'quote: launched',
  ),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const yamlish = fc.array(yamlPiece, { maxLength: 60 }).map((pieces) => pieces.join(''));
const documentish = fc
  .tuple(fc.constantFrom('', '---\n', '---js\n', '---yaml\n', '--- \n', '----\n', '\ufeff---\n', '---\r\n'), yamlish, fc.constantFrom('', '---\n', '\n---\n', '---\r\n'), fc.string({ unit: 'grapheme', maxLength: 80 }))
  .map(([open, yaml, close, body]) => `${open}${yaml}${close}${body}`);

describe('random input never crashes the readers', () => {
  it('parseRecordYaml and parseRecord: random YAML-ish text', () => {
    fc.assert(
      fc.property(yamlish, fc.constantFrom(...RECORD_TYPES.map((t) => t.type)), (text, type) => {
        const yaml = parseRecordYaml(text, 'data/x/y.yaml');
        wellFormed(yaml.diagnostics, text);
        const parsed = parseRecord(typeInfo(type), `data/${typeInfo(type).folder}/y.yaml`, text, schemas);
        wellFormed(parsed.diagnostics, text);
        expect(parsed.record !== undefined || parsed.diagnostics.length > 0).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('parseRecordYaml: nesting built from random indicators, of any depth', () => {
    const opener = fc.constantFrom('- ', '? ', ': ', '[', '{', '{a: ', '- [', '  ', '\n ', '&a ', '!t ', '"', '#');
    fc.assert(
      fc.property(fc.array(opener, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 5_000 }), (pieces, times) => {
        const text = `id: x\nv: ${pieces.join('').repeat(times)}x\n`;
        const yaml = parseRecordYaml(text, 'f.yaml');
        wellFormed(yaml.diagnostics, text);
        for (const d of yaml.diagnostics) expect(d.message).not.toMatch(/call stack/i);
      }),
      { numRuns: 100 },
    );
  });

  it('decodeText and the readers: random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const decoded = decodeText(bytes, 'f');
        if (!decoded.ok) {
          expect(decoded.diagnostic.rule).toBe('file/not-text');
          return;
        }
        wellFormed(parseRecord(typeInfo('actor'), 'data/actors/f.yaml', decoded.text, schemas).diagnostics, decoded.text);
        wellFormed(parseSource('f', 'seeds/f.md', decoded.text, schemas).diagnostics, decoded.text);
      }),
      { numRuns: 1500 },
    );
  });

  it('parseSource: random documents with and without front matter', () => {
    fc.assert(
      fc.property(documentish, (text) => {
        const parsed = parseSource('doc', 'seeds/doc.md', text, schemas);
        wellFormed(parsed.diagnostics, text);
        if (parsed.source) expect(parsed.source.bodyOffset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1500 },
    );
  });

  it('validateKnowledgeBase: a random record file and a random document beside a valid knowledge base', async () => {
    const base = path.join(FIXTURES, 'validate', '_base');
    await fc.assert(
      fc.asyncProperty(yamlish, documentish, fc.constantFrom(...RECORD_TYPES.map((t) => t.folder)), async (record, document, folder) => {
        const root = tempDir('prop');
        try {
          for (const dir of ['data', 'seeds']) mkdirSync(path.join(root, dir));
          const { cpSync } = await import('node:fs');
          cpSync(base, root, { recursive: true });
          writeFileSync(path.join(root, 'data', folder, 'random.yaml'), record);
          writeFileSync(path.join(root, 'seeds', 'random.md'), document);
          const result = await validateKnowledgeBase(root);
          for (const d of result.diagnostics) {
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.column).toBeGreaterThanOrEqual(1);
            expect(d.message).not.toMatch(/[\n\r]/);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('quote search stays linear on long, repetitive text', () => {
  it('searchText finds what indexOf finds, where it switches to its linear search', () => {
    const ab = (min: number, max: number) => fc.string({ unit: fc.constantFrom('a', 'b'), minLength: min, maxLength: max });
    fc.assert(
      fc.property(ab(17_000, 20_000), ab(3_000, 3_500), fc.boolean(), fc.nat(), (text, needle, inside, at) => {
        const haystack = inside ? text.slice(0, at % text.length) + needle + text.slice(at % text.length) : text;
        expect(haystack.length * needle.length).toBeGreaterThan(50_000_000);
        expect(searchText(haystack, needle)).toBe(haystack.indexOf(needle));
      }),
      { numRuns: 30 },
    );
  });
});

// ---------- record → YAML → record ----------

/** Text a YAML writer must quote or escape to keep: numbers, dates, booleans and nulls as text, indicators, comments, line breaks, unicode. */
const trickyText = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(
    '2024-07-06', '2024-07', '2024', '1e3', '1E3', '-1.5', '+12', '0x1F', '0o17', '0b101', '1_000', '12:30', '.inf', '-.Inf', '.nan', '.NaN',
    'yes', 'no', 'Yes', 'NO', 'on', 'off', 'y', 'n', 'true', 'False', 'null', 'Null', '~', '', ' ', '-', '- item', '? key', ': value', 'a: b', 'a:b',
    'key:', '# not a comment', 'a #b', 'a# b', '"double"', "'single'", "it's", '&anchor', '*alias', '!tag', '!!str', '%YAML', '@at', '`tick`',
    '---', '...', '[a, b]', '{a: b}', '|', '>', ' leading space', 'trailing space ', '\ttab', 'line\nbreak', 'two\n\nparagraphs', 'cr\rlf\r\n', '\u00a0nbsp',
    '\ufeffbom', 'nel\u0085', 'ls\u2028ps\u2029', 'bell\u0007', 'esc\u001b[31m', 'nul\u0000', 'del\u007f', 'Ministry of Demining', 'KAMIKAWA Yoko',
    '上川陽子', 'Камікава', 'مرحبا', '🇯🇵 flag', 'e\u0301', '<b>html</b>', '**md**', '[link](http://x)', 'a\\b', '\\n',
  ) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCodePoint(c)), maxLength: 20 }) },
);
const text = (max: number) => trickyText.filter((s) => s.length >= 1 && s.length <= max);
const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const ref = (type: RecordType) => idArb.map((id) => `${type}:${id}`);
const dateArb = fc
  .record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), precision: fc.constantFrom(1, 2, 3) })
  .filter(({ year, month, day }) => day <= new Date(Date.UTC(2000, month, 0)).getUTCDate() && (month !== 2 || day < 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))))
  .map(({ year, month, day, precision }) =>
    [String(year).padStart(4, '0'), String(month).padStart(2, '0'), String(day).padStart(2, '0')].slice(0, precision).join('-'),
  );
const sourcesArb = fc.array(
  fc.record({ source: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,30}$/), quote: text(5000) }),
  { minLength: 1, maxLength: 3 },
);
const base = { id: idArb, status: fc.constantFrom('draft' as const, 'reviewed' as const), sources: sourcesArb };
const opt = { requiredKeys: ['id', 'status', 'sources'] as const };
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

const records: { [K in RecordType]: fc.Arbitrary<AnyRecord> } = {
  initiative: fc.record(
    {
      ...base,
      name: text(500),
      aliases: fc.uniqueArray(text(500), { maxLength: 3 }),
      kind: fc.constantFrom('initiative', 'programme', 'package', 'partnership', 'coalition', 'policy'),
      leads: fc.uniqueArray(ref('actor'), { maxLength: 2 }),
      participants: fc.uniqueArray(ref('actor'), { maxLength: 2 }),
      part_of: ref('initiative'),
      announced: dateArb,
      start: dateArb,
      end: dateArb,
      summary: text(20000),
    },
    { requiredKeys: [...opt.requiredKeys, 'name' as const, 'kind' as const] },
  ) as fc.Arbitrary<Initiative>,
  pillar: fc.record(
    {
      ...base,
      initiative: ref('initiative'),
      order: fc.integer({ min: 1, max: 1000 }),
      term: fc.constantFrom('pillar', 'approach', 'principle', 'phase', 'priority'),
      title: text(500),
      text: text(20000),
    },
    { requiredKeys: [...opt.requiredKeys, 'initiative' as const, 'order' as const, 'title' as const] },
  ) as fc.Arbitrary<Pillar>,
  actor: fc.record(
    {
      ...base,
      name: text(500),
      aliases: fc.uniqueArray(text(500), { maxLength: 3 }),
      kind: fc.constantFrom('person', 'organisation', 'country'),
      country: ref('actor'),
      roles: fc.array(fc.record({ title: text(300), organisation: ref('actor'), as_of: dateArb, until: dateArb }, { requiredKeys: ['title'] }), { maxLength: 2 }),
      summary: text(20000),
    },
    { requiredKeys: [...opt.requiredKeys, 'name' as const, 'kind' as const] },
  ) as fc.Arbitrary<Actor>,
  figure: fc.record(
    {
      ...base,
      value: finite,
      min: finite,
      max: finite,
      unit: fc.oneof(fc.constantFrom('km2', 'count', 'percent', 'year'), fc.stringMatching(/^[A-Z]{3}$/)),
      qualifier: fc.constantFrom('more-than', 'about', 'up-to', 'estimated'),
      measure: text(500),
      about: fc.oneof(ref('actor'), ref('initiative')),
      as_of: dateArb,
      text: text(500),
    },
    { requiredKeys: [...opt.requiredKeys, 'unit' as const, 'measure' as const, 'text' as const] },
  ) as fc.Arbitrary<Figure>,
};

describe('every record survives record → YAML → record unchanged', () => {
  for (const type of RECORD_TYPES.map((t) => t.type)) {
    it(`${type}: read back by the yaml package and by demine, through UTF-8 bytes, without a diagnostic`, () => {
      fc.assert(
        fc.property(records[type], (record) => {
          const yaml = recordToYaml(type, record);
          expect(parse(yaml)).toEqual(record);
          const decoded = decodeText(Buffer.from(yaml, 'utf8'), 'f');
          expect(decoded.ok).toBe(true);
          if (!decoded.ok) return;
          const file = `data/${typeInfo(type).folder}/${record.id}.yaml`;
          const parsed = parseRecord(typeInfo(type), file, decoded.text, schemas);
          // Schema-valid records give no diagnostic at this stage (references and quotes are checked across records later).
          expect(parsed.diagnostics).toEqual([]);
          expect(parsed.record?.value).toEqual(record);
          expect(parsed.record?.valid).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }
});
