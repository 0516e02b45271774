import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { formatScoreTable, scoreExtraction } from '../../src/scoring/score.js';
import type { Actor, Figure, Initiative, Pillar } from '../../src/model/records.js';
import { readDocuments, readRecords, REPO } from '../extract/helpers.js';

const src = [{ source: 'a', quote: 'q' }];
const actor = (id: string, name: string, aliases?: string[]): Actor => ({ id, name, kind: 'organisation', status: 'reviewed', sources: src, ...(aliases ? { aliases } : {}) });

describe('scoreExtraction', () => {
  it('matches actors by any normalised name or alias and counts both ways', () => {
    const gold = { actor: [actor('cmac', 'Cambodian Mine Action Centre', ['CMAC']), actor('japan', 'Japan')] };
    const drafts = { actor: [actor('x', 'Cambodia Mine Action Center'), actor('y', 'UNICEF')] };
    const row = scoreExtraction(drafts, gold).rows.find((r) => r.type === 'actor')!;
    expect(row).toMatchObject({ gold: 2, extracted: 2, matchedGold: 1, matchedExtracted: 1, precision: 0.5, recall: 0.5 });
  });

  it('matches figures by value or range and unit within a shared source, pillars by initiative and position', () => {
    const fig = (id: string, extra: Partial<Figure>): Figure => ({ id, unit: 'km2', measure: 'm', text: 't', status: 'reviewed', sources: src, ...extra });
    const init = (id: string, name: string): Initiative => ({ id, name, kind: 'initiative', status: 'reviewed', sources: src });
    const pillar = (id: string, initiative: string, order: number): Pillar => ({ id, initiative: `initiative:${initiative}`, order, title: 't', status: 'reviewed', sources: src });
    const gold = {
      figure: [fig('g1', { value: 3000 }), fig('g2', { min: 4, max: 6, unit: 'count' })],
      initiative: [init('jcli', 'Japan-Cambodia Landmine Initiative')],
      pillar: [pillar('p1', 'jcli', 1), pillar('p2', 'jcli', 2)],
    };
    const drafts = {
      figure: [fig('d1', { value: 3000 }), fig('d2', { min: 4, max: 6, unit: 'count', sources: [{ source: 'b', quote: 'q' }] })],
      initiative: [init('other-id', 'Japan Cambodia Landmine Initiative')],
      pillar: [pillar('x1', 'other-id', 1), pillar('x3', 'other-id', 3)],
    };
    const rows = scoreExtraction(drafts, gold).rows;
    expect(rows.find((r) => r.type === 'figure')).toMatchObject({ matchedGold: 1, matchedExtracted: 1 });
    expect(rows.find((r) => r.type === 'initiative')).toMatchObject({ matchedGold: 1, precision: 1, recall: 1 });
    expect(rows.find((r) => r.type === 'pillar')).toMatchObject({ matchedGold: 1, matchedExtracted: 1, precision: 0.5, recall: 0.5 });
    expect(formatScoreTable(scoreExtraction(drafts, gold))).toContain('| pillar | 2 | 2 | 1 | 1 | 50.0% | 50.0% | 0 |');
  });

  it('leaves drafts that match only records under review out of the count', () => {
    const gold = { actor: [actor('japan', 'Japan')] };
    const neutral = { actor: [{ ...actor('moe', 'Ministry of Economy of Ukraine', ['Ministry of Economy']), status: 'draft' as const }] };
    const drafts = { actor: [actor('x', 'Japan'), actor('y', 'Ministry of Economy')] };
    expect(scoreExtraction(drafts, gold, neutral).rows.find((r) => r.type === 'actor')).toMatchObject({ extracted: 1, precision: 1 });
  });

  it('scores the evaluation corpus at or above the targets', () => {
    const root = path.join(REPO, 'eval/corpus');
    const records = readRecords(root);
    const report = scoreExtraction(extractCorpus(readDocuments(root)), records as never);
    for (const row of report.rows) {
      expect(row.precision, row.type).toBeGreaterThanOrEqual(0.7);
      expect(row.recall, row.type).toBeGreaterThanOrEqual(row.type === 'actor' || row.type === 'figure' ? 0.9 : 0.8);
    }
  });
});
