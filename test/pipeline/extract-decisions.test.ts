/** Extraction consults what people decided: rejected tombstones, deleted drafts and data/extracted.yaml. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/drafts/merge.js';
import { withoutDeletedAndDangling, withoutRejected, type ExistingRecord } from '../../src/pipeline/extract/extract-filter.js';
import { documentHash, documentsToExtract, extractStateYaml, readExtractState } from '../../src/pipeline/extract/extract-state.js';
import { planExtraction } from '../../src/pipeline/extract/extract.js';
import { loadSchemas, PACKAGE_SCHEMAS_DIR } from '../../src/records/schemas.js';
import type { SourceDocument } from '../../src/model/knowledge-base.js';
import type { Actor, Figure, Pillar } from '../../src/model/records.js';
import { REPO } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const UKRAINE = '004_70e19c328a05e68d';
const q = (source: string, quote: string) => ({ source, quote });
const figure = (id: string, value: number, sources: Figure['sources'], about?: string): Figure => ({ id, value, unit: 'count', measure: 'trucks', text: String(value), status: 'draft', sources, ...(about ? { about } : {}) });
const existing = (type: ExistingRecord['type'], value: object): ExistingRecord => ({ type, file: `data/${type}s/${(value as { id: string }).id}.yaml`, value: value as Record<string, unknown> });

describe('withoutRejected', () => {
  const tombstone = existing('figure', { ...figure('trucks-30', 30, [q('a', 'Thirty trucks were sent.')]), status: 'rejected' });
  const drafts = (f: Figure[]) => ({ initiative: [], pillar: [], actor: [], figure: f });

  it('drops a draft with the id of a rejected record, from any document', () => {
    expect(withoutRejected(drafts([figure('trucks-30', 31, [q('b', 'Other words.')])]), [tombstone]).figure).toEqual([]);
  });

  it('drops the same thing from the same document (a shared quote and the same text), and keeps another figure of that sentence', () => {
    const same = figure('trucks-thirty', 30, [q('a', 'Thirty  trucks were sent.')]);
    const other = { ...figure('machines-12', 12, [q('a', 'Thirty trucks were sent.')]), text: '12' };
    const elsewhere = figure('trucks-thirty', 30, [q('b', 'Thirty trucks were sent.')]);
    expect(withoutRejected(drafts([same, other, elsewhere]), [tombstone]).figure.map((f) => `${f.id}@${f.sources[0]!.source}`)).toEqual(['machines-12@a', 'trucks-thirty@b']);
  });
});

describe('withoutDeletedAndDangling', () => {
  it('leaves out a record its document proposed before and a person deleted since, keeping sources from other documents', () => {
    const state = { sources: { a: { sha256: '0'.repeat(64), proposed: ['figure:trucks-30', 'actor:japan'] } } };
    const changes: Change[] = [
      { kind: 'add', type: 'figure', id: 'trucks-30', record: figure('trucks-30', 30, [q('a', 'x'), q('b', 'y')]) },
      { kind: 'add', type: 'actor', id: 'japan', record: { id: 'japan', name: 'Japan', kind: 'country', status: 'draft', sources: [q('a', 'Japan')] } as Actor },
      { kind: 'add', type: 'figure', id: 'aid-5', record: figure('aid-5', 5, [q('a', 'z')], 'actor:japan') },
      { kind: 'add', type: 'pillar', id: 'p-1', record: { id: 'p-1', initiative: 'initiative:gone', order: 1, title: 'P', status: 'draft', sources: [q('a', 'p')] } as Pillar },
    ];
    const out = withoutDeletedAndDangling(changes, [], state);
    expect(out.map((c) => `${c.type}:${c.id}`)).toEqual(['figure:trucks-30', 'figure:aid-5']);
    expect(out[0]!.record.sources).toEqual([q('b', 'y')]);
    expect((out[1]!.record as Figure).about).toBeUndefined(); // its actor was left out: no dangling link
    expect((changes[2]!.record as Figure).about).toBe('actor:japan'); // the input is not changed
  });
});

describe('data/extracted.yaml', () => {
  const doc = (text: string) => ({ id: 'x', file: 'seeds/x.md', meta: {}, text, bodyOffset: 0 }) as SourceDocument;

  it('hashes line endings as \\n, so a CRLF checkout agrees with an LF one', () => {
    expect(documentHash(doc('a\r\nb\r\n'))).toBe(documentHash(doc('a\nb\n')));
    const state = { sources: { x: { sha256: documentHash(doc('a\nb\n')), proposed: [] } } };
    expect(documentsToExtract([doc('a\r\nb\r\n')], new Set(), state)).toEqual([]);
    expect(documentsToExtract([doc('a\nc\n')], new Set(), state).map((d) => d.id)).toEqual(['x']);
  });

  it('is written sorted, read back equal, and a broken one is a diagnostic with a fix', async () => {
    const root = tempDir('state');
    mkdirSync(path.join(root, 'data'));
    const state = { sources: { b: { sha256: 'b'.repeat(64), proposed: ['figure:z', 'actor:a'] }, a: { sha256: 'a'.repeat(64), proposed: [] } } };
    const text = extractStateYaml(state);
    expect(text).toMatch(/\na:\n {2}sha256: a{64}\nb:\n {2}sha256: b{64}\n {2}proposed:\n {4}- actor:a\n {4}- figure:z\n$/);
    writeFileSync(path.join(root, 'data/extracted.yaml'), text);
    expect((await readExtractState(root)).state).toEqual({ sources: { a: state.sources.a, b: { ...state.sources.b, proposed: ['actor:a', 'figure:z'] } } });
    writeFileSync(path.join(root, 'data/extracted.yaml'), 'a:\n  sha256: nope\n');
    const broken = await readExtractState(root);
    expect(broken.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual(['data/extracted.yaml:1:1 extract/invalid-state data/extracted.yaml has no valid `sha256` for `a`.']);
  });
});

describe('planExtraction with a rejected record', () => {
  it('never proposes the same actor again from its document, even under another id', async () => {
    const root = tempDir('rejected');
    for (const dir of ['seeds', 'data/actors']) mkdirSync(path.join(root, dir), { recursive: true });
    copyFileSync(path.join(REPO, 'seeds', `${UKRAINE}.md`), path.join(root, 'seeds', `${UKRAINE}.md`));
    const schemas = await loadSchemas(path.dirname(PACKAGE_SCHEMAS_DIR));
    if (!schemas.ok) throw new Error('schemas');
    const before = await planExtraction(root, schemas.schemas, { kind: 'all' });
    expect(before.writes.map((w) => `${w.type}:${w.id}`)).toContain('actor:kyodo-news');
    const quote = /quote: (.*)/.exec(before.writes.find((w) => w.id === 'kyodo-news')!.content)![1]!;
    writeFileSync(path.join(root, 'data/actors/kyodo.yaml'), `id: kyodo\nname: Kyodo News\nkind: organisation\nstatus: rejected\nsources:\n  - source: ${UKRAINE}\n    quote: ${quote}\n`);
    const after = await planExtraction(root, schemas.schemas, { kind: 'all' });
    expect(after.diagnostics).toEqual([]);
    expect(after.writes.map((w) => `${w.type}:${w.id}`).filter((r) => r.startsWith('actor:kyodo'))).toEqual([]);
    expect(after.writes.length).toBe(before.writes.length - 1);
    expect(readFileSync(path.join(root, 'data/actors/kyodo.yaml'), 'utf8')).toContain('status: rejected');
  });
});
