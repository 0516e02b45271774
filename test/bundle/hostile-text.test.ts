import { describe, expect, it } from 'vitest';
import { citeRecord } from '../../src/bundle/cite/cite.js';
import { renderBundle } from '../../src/bundle/render.js';
import type { KnowledgeBase, LoadedRecord } from '../../src/model/knowledge-base.js';
import type { Actor, AnyRecord, Figure, Initiative, Pillar } from '../../src/model/records.js';
import { allNodes, brokenLinks, parseMarkdown, visibleText } from './markdown-tree.js';

const SCRIPT = '<script>alert(1)</script>';
const NAME = `${SCRIPT} *Centre* _of_ | [Mines](http://evil.example) [^1]`;
const QUOTE = `The ${SCRIPT} *Centre* _of_ | [Mines](http://evil.example) [^1] said`;
const TITLE = `**Breaking** <img src=x onerror=alert(1)> | ![x](http://evil.example/x.png)`;
const MEASURE = 'mines | cleared `rm -rf` ~~gone~~ &amp; <b>bold</b>';
const PILLAR = '# Not a heading\n1. not a list\n> not a quote';
const SOURCE_TEXT = [
  '---',
  'title: hostile',
  '---',
  QUOTE,
  `and then ${MEASURE} were counted at more than 5 of them.`,
  PILLAR,
  '',
].join('\n');

const loaded = <T extends AnyRecord>(type: LoadedRecord['type'], folder: string, record: T): LoadedRecord<T> => ({ type, file: `data/${folder}/${record.id}.yaml`, record });
const sources = [{ source: 'hostile-source', quote: QUOTE }];

const actor: Actor = { id: 'hostile-actor', name: NAME, aliases: ['_alias_', '<i>x</i>'], kind: 'organisation', status: 'draft', sources };
const initiative: Initiative = { id: 'hostile-initiative', name: `# ${NAME}`, kind: 'initiative', leads: ['actor:hostile-actor'], summary: PILLAR, status: 'draft', sources };
const pillar: Pillar = { id: 'hostile-pillar', initiative: 'initiative:hostile-initiative', order: 1, title: PILLAR, text: QUOTE, status: 'draft', sources: [{ source: 'hostile-source', quote: PILLAR }] };
const figure: Figure = {
  id: 'hostile-figure', value: 5, unit: 'count', qualifier: 'more-than', measure: MEASURE, about: 'actor:hostile-actor', text: `more than 5 ${SCRIPT}`,
  status: 'draft', sources: [{ source: 'hostile-source', quote: `${MEASURE} were counted` }],
};

const kb: KnowledgeBase = {
  root: '/nowhere',
  sources: [{ id: 'hostile-source', file: 'seeds/hostile-source.md', meta: { title: TITLE, publisher: `[${SCRIPT}]`, url: 'javascript:alert(1)' }, title: TITLE, text: SOURCE_TEXT, bodyOffset: 0 }],
  records: {
    initiative: [loaded('initiative', 'initiatives', initiative)],
    pillar: [loaded('pillar', 'pillars', pillar)],
    actor: [loaded('actor', 'actors', actor)],
    figure: [loaded('figure', 'figures', figure)],
  },
};

const files = renderBundle(kb);
const markdownFiles = [...files].filter(([p]) => p.endsWith('.md'));

describe('text from documents is escaped', () => {
  it('never becomes HTML, images, strikethrough or a link with hidden target', () => {
    for (const [file, content] of markdownFiles) {
      const nodes = allNodes(parseMarkdown(content));
      for (const node of nodes) {
        expect(['html', 'image', 'imageReference', 'delete', 'linkReference', 'blockquote'], `${file} has ${node.type}`).not.toContain(node.type);
        if (node.type !== 'link') continue;
        expect(node.url).not.toMatch(/^javascript:/i);
        // A bare address in the text may still be autolinked by GFM readers (escaping does not stop
        // that), but then the reader sees exactly the address: never a link behind other words.
        if (node.url.includes('evil.example')) expect(visibleText(node)).toBe(node.url);
      }
    }
  });

  it('comes out as literal text a reader sees verbatim', () => {
    const actorSheet = parseMarkdown(files.get('actors/hostile-actor.md')!);
    const heading = allNodes(actorSheet).find((n) => n.type === 'heading' && n.depth === 1)!;
    expect(visibleText(heading)).toBe(NAME);
    const text = visibleText(actorSheet);
    expect(text).toContain(`“${QUOTE}”`);
    expect(text).toContain(TITLE);
    expect(text).toContain('_alias_; <i>x</i>');
    const figureSheet = visibleText(parseMarkdown(files.get('figures/hostile-figure.md')!));
    expect(figureSheet).toContain(MEASURE);
    expect(figureSheet).toContain(`“more than 5 ${SCRIPT}”`);
  });

  it('keeps table cells whole when the text holds pipes', () => {
    const index = parseMarkdown(files.get('index.md')!);
    const figures = allNodes(index).find((n) => n.type === 'table' && visibleText(n.children[0]!).startsWith('Figure'));
    expect(figures?.type).toBe('table');
    if (figures?.type !== 'table') return;
    const row = figures.children[1]!;
    expect(row.children).toHaveLength(5);
    expect(visibleText(row.children[1]!)).toBe(MEASURE);
  });

  it('turns a multi-line title into one line rather than a heading, list or quote', () => {
    const sheet = parseMarkdown(files.get('pillars/hostile-pillar.md')!);
    const headings = allNodes(sheet).filter((n) => n.type === 'heading' && n.depth === 1);
    expect(headings.map((h) => visibleText(h))).toEqual(['# Not a heading 1. not a list > not a quote']);
  });

  it('keeps footnote references to the ones the renderer made', () => {
    for (const [, content] of markdownFiles) {
      const nodes = allNodes(parseMarkdown(content));
      const defs = nodes.filter((n) => n.type === 'footnoteDefinition').length;
      const refs = new Set(nodes.flatMap((n) => (n.type === 'footnoteReference' ? [n.identifier] : [])));
      expect(refs.size).toBe(defs);
    }
  });

  it('still has every relative link resolve', () => {
    expect(brokenLinks(files, kb)).toEqual([]);
  });

  it('is escaped in a Markdown citation too', () => {
    const nodes = allNodes(parseMarkdown(citeRecord(kb, 'actor:hostile-actor', 'markdown')));
    expect(nodes.some((n) => n.type === 'html' || n.type === 'image')).toBe(false);
    for (const link of nodes.filter((n) => n.type === 'link')) expect(visibleText(link)).toBe(link.url);
    expect(visibleText(nodes[0]!)).toContain(NAME);
  });
});
