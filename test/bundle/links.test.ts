import { describe, expect, it } from 'vitest';
import { recordPath, relativeUrl, sourceUrl } from '../../src/bundle/links.js';
import { QuoteLines } from '../../src/bundle/words/source-lines.js';
import type { SourceDocument } from '../../src/model/knowledge-base.js';

describe('links', () => {
  it.each([
    ['index.md', 'actors/japan.md', 'actors/japan.md'],
    ['actors/japan.md', 'actors/cambodia.md', 'cambodia.md'],
    ['actors/japan.md', 'initiatives/x.md', '../initiatives/x.md'],
    ['actors/japan.md', 'index.md', '../index.md'],
    ['index.md', '../seeds/000_x.md', '../seeds/000_x.md'],
    ['figures/f.md', '../seeds/000_x.md', '../../seeds/000_x.md'],
    ['a/b/c.md', '../../seeds/s.md', '../../../../seeds/s.md'],
    ['actors/japan.md', 'actors/a b.md', 'a%20b.md'],
  ])('from %s to %s is %s', (from, to, url) => {
    expect(relativeUrl(from, to)).toBe(url);
  });

  it('links to a source line relative to the linking file, or under a URL base', () => {
    expect(sourceUrl('index.md', 'seeds/000_x.md', 4)).toBe('../seeds/000_x.md#L4');
    expect(sourceUrl('actors/japan.md', 'seeds/000_x.md', 4)).toBe('../../seeds/000_x.md#L4');
    expect(sourceUrl('actors/japan.md', 'seeds/000_x.md', undefined)).toBe('../../seeds/000_x.md');
    expect(sourceUrl('actors/japan.md', 'seeds/000_x.md', 4, 'https://example.org/repo/blob/main/')).toBe('https://example.org/repo/blob/main/seeds/000_x.md#L4');
  });

  it('puts records in their type’s folder and refuses ids that could escape it', () => {
    expect(recordPath('actor', 'yoko-kamikawa')).toBe('actors/yoko-kamikawa.md');
    expect(() => recordPath('actor', '../../etc/passwd')).toThrow();
  });
});

describe('QuoteLines', () => {
  const source: SourceDocument = {
    id: 's', file: 'seeds/s.md', meta: {}, bodyOffset: 0,
    text: 'first line\r\nsecond line with “a quote that\r\n   spans two lines” here\nlast line\n',
  };
  const lines = new QuoteLines([source]);

  it('gives the line where a quote starts, across line breaks, CRLF and typographic quotes', () => {
    expect(lines.lineOf('s', 'first line')).toBe(1);
    expect(lines.lineOf('s', '"a quote that spans two lines"')).toBe(2);
    expect(lines.lineOf('s', 'spans two lines')).toBe(3);
    expect(lines.lineOf('s', 'last line')).toBe(4);
  });

  it('gives no line for a quote or a source it cannot find', () => {
    expect(lines.lineOf('s', 'not there')).toBeUndefined();
    expect(lines.lineOf('missing', 'first line')).toBeUndefined();
  });
});

describe('QuoteLines.table', () => {
  const source: SourceDocument = { id: 's', file: 'seeds/s.md', meta: {}, bodyOffset: 0, text: 'one\ntwo “quoted”\nthree\n' };
  const cited = [
    { source: 's', quote: 'three' },
    { source: 's', quote: '"quoted"' },
    { source: 's', quote: 'not there' },
    { source: 'gone', quote: 'one' },
  ];

  it('holds the line of every cited quote, as lineOf finds it, for a context with no texts', () => {
    const table = new QuoteLines([source], cited).table();
    const plain = new QuoteLines([source]);
    for (const { source: id, quote } of cited) expect(QuoteLines.fromTable(table).lineOf(id, quote)).toBe(plain.lineOf(id, quote));
    expect(QuoteLines.fromTable(table).lineOf('s', '"quoted"')).toBe(2);
  });

  it('refuses a quote it does not hold, instead of a line it cannot know', () => {
    const table = new QuoteLines([source], cited).table();
    expect(() => QuoteLines.fromTable(table).lineOf('s', 'two')).toThrow(/internal/);
  });
});
