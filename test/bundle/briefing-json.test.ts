import { describe, expect, it } from 'vitest';
import { briefingJson, renderBriefingJson } from '../../src/bundle/pages/briefing-json.js';
import { BundleContext } from '../../src/bundle/context.js';
import { renderBundle } from '../../src/bundle/render.js';
import type { KnowledgeBase } from '../../src/model/knowledge-base.js';
import { loadFixtureKb } from './fixture.js';

const briefing = JSON.parse(renderBundle(loadFixtureKb('bundle-basic')).get('briefing.json')!);
const byId = (list: { id: string }[], id: string): Record<string, unknown> => list.find((r) => r.id === id) as Record<string, unknown>;

describe('briefing.json', () => {
  it('is written in parts (head, one text per record) that make exactly the pretty-printed whole', () => {
    const full = new BundleContext(loadFixtureKb('bundle-basic'));
    expect(renderBriefingJson(full)).toBe(`${JSON.stringify(briefingJson(full), null, 2)}\n`);
    const kb = loadFixtureKb('bundle-basic');
    const sparse: KnowledgeBase = { ...kb, sources: [], records: { ...kb.records, pillar: [], actor: [] } };
    const ctx = new BundleContext(sparse);
    expect(renderBriefingJson(ctx)).toBe(`${JSON.stringify(briefingJson(ctx), null, 2)}\n`);
  });

  it('has a schema version and the five collections, in a stable order', () => {
    expect(Object.keys(briefing)).toEqual(['schemaVersion', 'sources', 'initiatives', 'pillars', 'actors', 'figures']);
    expect(briefing.schemaVersion).toBe(1);
  });

  it('lists sources with their id, file, title, date and front-matter fields, omitting absent ones', () => {
    expect(briefing.sources).toEqual([
      {
        id: '001_minister-remarks',
        file: 'seeds/001_minister-remarks.md',
        title: 'Remarks by the Minister for Foreign Affairs at the Southland Mine Action Centre',
        date: '2024-07-06',
        publisher: 'Ministry of Foreign Affairs of Northland',
        kind: 'speech',
        language: 'en',
        url: 'https://example.org/northland/remarks-2024-07-06',
      },
      { id: '002_news', file: 'seeds/002_news.txt', title: 'Southland clears more land as its deminers train others', date: '2024-07-15' },
    ]);
  });

  it('keeps the model field names and resolves references to plain ids', () => {
    const initiative = byId(briefing.initiatives, 'northland-southland-landmine-initiative');
    expect(initiative).toMatchObject({
      id: 'northland-southland-landmine-initiative',
      name: 'Northland-Southland Landmine Initiative',
      kind: 'initiative',
      leads: ['northland'],
      participants: ['southland'],
      part_of: 'northland-comprehensive-package',
      announced: '2024-07-06',
      status: 'draft',
    });
    const actor = byId(briefing.actors, 'aya-tanaka');
    expect(actor).toMatchObject({ name: 'Aya Tanaka', aliases: ['Tanaka', 'TANAKA Aya'], kind: 'person', country: 'northland' });
    expect(actor.roles).toEqual([{ title: 'Minister for Foreign Affairs', organisation: 'northland', as_of: '2024-07-06' }]);
    const pillar = byId(briefing.pillars, 'package-like-minded-cooperation');
    expect(pillar).toMatchObject({ initiative: 'northland-comprehensive-package', order: 2, term: 'approach', title: 'Cooperation with like-minded countries' });
    expect(byId(briefing.figures, 'southland-area-cleared')).toMatchObject({
      value: 3000, unit: 'km2', qualifier: 'more-than', measure: 'land cleared of landmines and explosive remnants of war',
      about: 'southland', about_type: 'actor', as_of: '2024-07-15', text: 'more than 3,000 square kilometres',
    });
    expect(byId(briefing.figures, 'smac-landmines-estimate')).toMatchObject({ min: 4e6, max: 6e6, unit: 'count', qualifier: 'estimated' });
    expect(byId(briefing.figures, 'package-funding')).toMatchObject({ about: 'northland-comprehensive-package', about_type: 'initiative' });
  });

  it('leaves no `<type>:<id>` reference outside the quotes', () => {
    for (const collection of ['initiatives', 'pillars', 'actors', 'figures']) {
      for (const record of briefing[collection]) {
        const { sources: _sources, ...fields } = record;
        expect(JSON.stringify(fields)).not.toMatch(/"(actor|initiative|pillar|figure):/);
      }
    }
  });

  it('derives each initiative’s pillars in order', () => {
    expect(byId(briefing.initiatives, 'northland-comprehensive-package').pillars).toEqual([
      'package-triangular-cooperation',
      'package-like-minded-cooperation',
      'package-science-technology',
    ]);
    expect(byId(briefing.initiatives, 'northland-southland-landmine-initiative').pillars).toEqual([]);
  });

  it('gives each source entry the line its quote starts on, also for a quote spanning lines', () => {
    expect(byId(briefing.initiatives, 'northland-southland-landmine-initiative').sources).toEqual([
      { source: '001_minister-remarks', quote: 'the launch of the Northland-Southland Landmine Initiative', line: 13 },
    ]);
    expect(byId(briefing.pillars, 'package-like-minded-cooperation').sources).toEqual([
      { source: '001_minister-remarks', quote: 'Strengthening cooperation with like-minded countries and international organisations.', line: 19 },
    ]);
  });

  it('puts id first and status and sources last in every record', () => {
    for (const collection of ['initiatives', 'pillars', 'actors', 'figures']) {
      for (const record of briefing[collection]) {
        const keys = Object.keys(record);
        expect(keys[0]).toBe('id');
        expect(keys.slice(-2)).toEqual(['status', 'sources']);
      }
    }
  });
});
