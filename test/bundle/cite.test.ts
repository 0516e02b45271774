import { describe, expect, it } from 'vitest';
import { citeRecord, describeRecord, UnknownRefError } from '../../src/bundle/index.js';
import type { KnowledgeBase } from '../../src/model/knowledge-base.js';
import { loadFixtureKb } from './fixture.js';
import { allNodes, parseMarkdown } from './markdown-tree.js';

const kb = loadFixtureKb('bundle-basic');
const NEWS_TITLE = 'Southland clears more land as its deminers train others';
const QUOTE = 'has cleared more than 3,000 square kilometres of landmines and explosive remnants of war';

describe('citeRecord', () => {
  it('cites in Markdown: the fact in words, then each source with title, date, quote and file:line', () => {
    const md = citeRecord(kb, 'figure:southland-area-cleared', 'markdown');
    expect(md).toBe(
      [
        '**More than 3,000 km²**: land cleared of landmines and explosive remnants of war, concerning Southland, as of 15 July 2024.',
        '',
        'Sources:',
        '',
        `1. _${NEWS_TITLE}_, 15 July 2024: “${QUOTE}” (\`seeds/002_news.txt:5\`)`,
        '',
        'Record: `figure:southland-area-cleared`',
        '',
      ].join('\n'),
    );
    expect(allNodes(parseMarkdown(md)).some((n) => n.type === 'list')).toBe(true);
  });

  it('cites in plain text with publisher, quote, file:line and URL for each source', () => {
    const text = citeRecord(kb, 'actor:aya-tanaka', 'text');
    expect(text).toContain('Aya Tanaka is Minister for Foreign Affairs, Northland (as of 6 July 2024).');
    expect(text).toContain('1. Remarks by the Minister for Foreign Affairs at the Southland Mine Action Centre, Ministry of Foreign Affairs of Northland, 6 July 2024');
    expect(text).toContain('   “Remarks by Ms. TANAKA Aya, Minister for Foreign Affairs of Northland”\n   seeds/001_minister-remarks.md:10\n   https://example.org/northland/remarks-2024-07-06');
    expect(text).toContain(`2. ${NEWS_TITLE}, 15 July 2024\n   “Minister Aya Tanaka visited SMAC”\n   seeds/002_news.txt:11`);
    expect(text).toMatch(/Record: actor:aya-tanaka\n$/);
  });

  it('cites as CSL-JSON: one item per source document with type, title, publisher, issued date parts, URL and a note with quote and record', () => {
    const items = JSON.parse(citeRecord(kb, 'actor:aya-tanaka', 'csl-json'));
    expect(items).toEqual([
      {
        id: '001_minister-remarks',
        type: 'speech',
        title: 'Remarks by the Minister for Foreign Affairs at the Southland Mine Action Centre',
        publisher: 'Ministry of Foreign Affairs of Northland',
        issued: { 'date-parts': [[2024, 7, 6]] },
        URL: 'https://example.org/northland/remarks-2024-07-06',
        language: 'en',
        note: 'Quoted in support of (demine) actor:aya-tanaka: “Remarks by Ms. TANAKA Aya, Minister for Foreign Affairs of Northland” (seeds/001_minister-remarks.md:10)',
      },
      {
        id: '002_news',
        type: 'article',
        title: NEWS_TITLE,
        issued: { 'date-parts': [[2024, 7, 15]] },
        note: 'Quoted in support of (demine) actor:aya-tanaka: “Minister Aya Tanaka visited SMAC” (seeds/002_news.txt:11)',
      },
    ]);
  });

  it('maps source kinds to CSL types and keeps only the known date parts', () => {
    const news: KnowledgeBase = {
      ...kb,
      sources: kb.sources.map((s) => (s.id === '002_news' ? { ...s, date: '2024-07', meta: { kind: 'news', publisher: 'The Southland Post' } } : s)),
    };
    const [item] = JSON.parse(citeRecord(news, 'figure:southland-area-cleared', 'csl-json'));
    expect(item).toMatchObject({ type: 'article-newspaper', 'container-title': 'The Southland Post', publisher: 'The Southland Post', issued: { 'date-parts': [[2024, 7]] } });
    const release: KnowledgeBase = { ...kb, sources: kb.sources.map((s) => ({ ...s, date: undefined, meta: { kind: 'press-release' } })) };
    const [pressItem] = JSON.parse(citeRecord(release, 'figure:southland-area-cleared', 'csl-json'));
    expect(pressItem).toMatchObject({ type: 'report', genre: 'Press release' });
    expect(pressItem.issued).toBeUndefined();
  });

  it('throws UnknownRefError for a reference that names no record or is malformed', () => {
    expect(() => citeRecord(kb, 'figure:no-such-figure', 'text')).toThrow(UnknownRefError);
    try {
      citeRecord(kb, 'nonsense', 'markdown');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownRefError);
      expect(error).toMatchObject({ ref: 'nonsense', reason: 'malformed' });
    }
  });
});

describe('describeRecord', () => {
  it('shows one record as plain text with numbered quotes', () => {
    const text = describeRecord(kb, 'pillar:package-like-minded-cooperation');
    expect(text.split('\n').slice(0, 4)).toEqual([
      'pillar:package-like-minded-cooperation (reviewed)',
      'Cooperation with like-minded countries',
      '',
      'Cooperation with like-minded countries is approach 2 of 3 of Northland Comprehensive Package for Humanitarian Mine Action. [1]',
    ]);
    expect(text).toContain('Position: 2 of 3 [1]');
    expect(text).toContain('  2. Cooperation with like-minded countries: Strengthening cooperation with like-minded countries and international organisations. [1]');
    expect(text).toContain('  [1] Remarks by the Minister for Foreign Affairs at the Southland Mine Action Centre, Ministry of Foreign Affairs of Northland, 6 July 2024\n      “Strengthening cooperation with like-minded countries and international organisations.”\n      seeds/001_minister-remarks.md:19');
    expect(() => describeRecord(kb, 'actor:nobody')).toThrow(UnknownRefError);
  });
});
