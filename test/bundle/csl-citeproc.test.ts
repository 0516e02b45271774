/**
 * CSL-JSON from `demine cite` through a real CSL processor: citeproc-js (the engine
 * Zotero uses), driven by citation-js with its bundled APA style and en-US locale.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { citeRecords } from '../../src/bundle/index.js';
import type { KnowledgeBase } from '../../src/model/knowledge-base.js';
import { loadFixtureKb } from './fixture.js';

const kb = loadFixtureKb('bundle-basic');

/** A document that cites three facts: two rest on the same news article, one on a speech and that article. */
const CITED = ['figure:southland-area-cleared', 'actor:aya-tanaka', 'pillar:package-like-minded-cooperation'];

function bibliography(items: unknown[]): string[] {
  const text = new Cite(items).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
  return text.split('\n').filter((line) => line.trim() !== '');
}

describe('CSL-JSON through citeproc-js', () => {
  it('a document citing several records of the same sources gets one bibliography entry per document, titles and dates right', () => {
    const items = JSON.parse(citeRecords(kb, CITED, 'csl-json')) as { id: string }[];
    const pairs = CITED.flatMap((ref) => {
      const [type, id] = ref.split(':') as [keyof KnowledgeBase['records'], string];
      const record = kb.records[type].find((r) => r.record.id === id)!.record;
      return [...new Set(record.sources.map((s) => s.source))].map((s) => `${ref}@${s}`);
    });
    expect(pairs.length).toBeGreaterThan(items.length); // more (record, document) pairs than documents
    expect(items.map((i) => i.id)).toEqual(['001_minister-remarks', '002_news']);
    const entries = bibliography(items);
    expect(entries).toHaveLength(2);
    // No author in the sources: APA puts the title first, the publisher after the date.
    expect(entries[0]).toBe('Remarks by the Minister for Foreign Affairs at the Southland Mine Action Centre. (2024, July 6). Ministry of Foreign Affairs of Northland. https://example.org/northland/remarks-2024-07-06');
    expect(entries[1]).toBe('Southland clears more land as its deminers train others. (2024).'); // APA gives an article's year only
    expect(items[1]).toMatchObject({ issued: { 'date-parts': [[2024, 7, 15]] } });
  });

  it('in-text citations name each document by title and year', () => {
    const items = JSON.parse(citeRecords(kb, CITED, 'csl-json')) as { id: string }[];
    const cite = new Cite(items);
    const citation = cite.format('citation', { format: 'text', template: 'apa', lang: 'en-US', entry: ['001_minister-remarks', '002_news'] }) as string;
    expect(citation).toBe('(Remarks by the Minister for Foreign Affairs at the Southland Mine Action Centre, 2024; Southland Clears More Land as Its Deminers Train Others, 2024)');
  });

  it('cite --all is one library of every document, each once, with the records it supports in its note', () => {
    const items = JSON.parse(citeRecords(kb, [], 'csl-json', { all: true })) as { id: string; note?: string }[];
    expect(items.map((i) => i.id)).toEqual(kb.sources.map((s) => s.id).sort());
    expect(bibliography(items)).toHaveLength(kb.sources.length);
    const news = items.find((i) => i.id === '002_news')!;
    expect(news.note).toContain('figure:southland-area-cleared: “');
    expect(news.note).toContain('actor:aya-tanaka: “Minister Aya Tanaka visited SMAC” (seeds/002_news.txt:11)');
  });

  it('marks a draft in the note', () => {
    const drafted: KnowledgeBase = {
      ...kb,
      records: { ...kb.records, figure: kb.records.figure.map((r) => (r.record.id === 'southland-area-cleared' ? { ...r, record: { ...r.record, status: 'draft' as const } } : r)) },
    };
    const [item] = JSON.parse(citeRecords(drafted, ['figure:southland-area-cleared'], 'csl-json')) as { note: string }[];
    expect(item!.note).toMatch(/^Quoted in support of \(demine\) figure:southland-area-cleared \(draft, not yet reviewed\): “/);
  });
});
