import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleContext, withoutTexts } from '../../src/bundle/context.js';
import { renderAggregates, renderBundle, renderSheets } from '../../src/bundle/render.js';
import { sha256 } from '../../src/bundle/pages/manifest.js';
import type { KnowledgeBase } from '../../src/model/knowledge-base.js';
import { FIXTURES, loadFixtureKb } from './fixture.js';
import { allNodes, brokenLinks, parseMarkdown } from './markdown-tree.js';

const kb = loadFixtureKb('bundle-basic');
const files = renderBundle(kb);

/** The same knowledge base with every list in reverse order. */
function reversed(k: KnowledgeBase): KnowledgeBase {
  const records = Object.fromEntries(Object.entries(k.records).map(([type, list]) => [type, [...list].reverse()]));
  return { ...k, sources: [...k.sources].reverse(), records: records as KnowledgeBase['records'] };
}

describe('renderBundle', () => {
  it('writes the briefing, the manifest and one fact sheet per record', () => {
    const expected = [
      'briefing.json',
      'index.md',
      'manifest.json',
      ...['initiatives', 'pillars', 'actors', 'figures', 'sources'].map((listing) => `listings/${listing}.md`),
      ...kb.records.initiative.map((r) => `initiatives/${r.record.id}.md`),
      ...kb.records.pillar.map((r) => `pillars/${r.record.id}.md`),
      ...kb.records.actor.map((r) => `actors/${r.record.id}.md`),
      ...kb.records.figure.map((r) => `figures/${r.record.id}.md`),
    ];
    expect([...files.keys()].sort()).toEqual(expected.sort());
    for (const content of files.values()) {
      expect(content.endsWith('\n')).toBe(true);
      expect(content.endsWith('\n\n')).toBe(false);
    }
  });

  it('is deterministic: two renders, and a render of the same records in another order, are byte-identical', () => {
    const again = renderBundle(loadFixtureKb('bundle-basic'));
    expect([...again.entries()]).toEqual([...files.entries()]);
    expect([...renderBundle(reversed(kb)).entries()]).toEqual([...files.entries()]);
  });

  it('gives the same output with a Markdown cache, and reuses it on the next render', () => {
    const cache = new Map<string, string>();
    expect([...renderBundle(kb, { markdownCache: cache }).entries()]).toEqual([...files.entries()]);
    // The per-type listings are assembled from remembered lines instead (listing-markdown.ts).
    const markdownFiles = [...files.keys()].filter((p) => p.endsWith('.md') && !(p.startsWith('listings/') && p !== 'listings/sources.md')).length;
    expect(cache.size).toBe(markdownFiles);
    const reads: string[] = [];
    const counting = { get: (key: string) => (reads.push(key), cache.get(key)), set: (key: string, value: string) => void cache.set(key, value) };
    expect([...renderBundle(kb, { markdownCache: counting }).entries()]).toEqual([...files.entries()]);
    expect(reads).toHaveLength(markdownFiles);
    expect(cache.size).toBe(markdownFiles);
  });

  it('has a manifest with counts and the sha256 of every other file, sorted by path', () => {
    const manifest = JSON.parse(files.get('manifest.json')!);
    expect(manifest.schemaVersion).toBe(1);
    expect(manifest.counts).toEqual({ sources: 2, initiatives: 2, pillars: 3, actors: 6, figures: 5 });
    const paths = Object.keys(manifest.files);
    expect(paths).toEqual([...files.keys()].filter((p) => p !== 'manifest.json').sort());
    expect([...paths].sort((a, b) => (a < b ? -1 : 1))).toEqual(paths);
    for (const p of paths) {
      expect(manifest.files[p]).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(manifest.files[p]).toBe(sha256(files.get(p)!));
    }
  });

  it('has every relative link resolve to a bundle file or to a line of a source', () => {
    expect(brokenLinks(files, kb)).toEqual([]);
  });

  it('links sources to a hosted copy when the base is a URL, and relative links still resolve', () => {
    const hosted = renderBundle(kb, { seedsLinkBase: 'https://github.com/org/kb/blob/main/' });
    expect(hosted.get('figures/southland-area-cleared.md')).toContain('(https://github.com/org/kb/blob/main/seeds/002_news.txt#L5)');
    expect(brokenLinks(hosted, kb)).toEqual([]);
  });

  it('links sources from a bundle placed deeper, when told where the root is', () => {
    const deeper = renderBundle(kb, { seedsLinkBase: '../..' });
    expect(deeper.get('index.md')).toContain('](../../seeds/002_news.txt#L');
    expect(deeper.get('actors/smac.md')).toContain('](../../../seeds/002_news.txt#L');
    expect(brokenLinks(deeper, kb, '../..')).toEqual([]);
  });

  it('gives every footnote reference a definition and every definition a reference', () => {
    for (const [file, content] of files) {
      if (!file.endsWith('.md')) continue;
      const nodes = allNodes(parseMarkdown(content));
      const refs = new Set(nodes.flatMap((n) => (n.type === 'footnoteReference' ? [n.identifier] : [])));
      const defs = new Set(nodes.flatMap((n) => (n.type === 'footnoteDefinition' ? [n.identifier] : [])));
      expect([...refs].sort(), file).toEqual([...defs].sort());
    }
  });

  it('matches the snapshot of the whole bundle', async () => {
    for (const [file, content] of files) {
      await expect(content).toMatchFileSnapshot(path.join(FIXTURES, 'bundle-basic', 'expected', file));
    }
  });
});

describe('a context made without the sources\' texts', () => {
  it('renders the same sheets and aggregates as one with them, reading the same keys', () => {
    const full = new BundleContext(kb);
    const lean = BundleContext.withoutTexts(kb);
    expect(lean.sources.every((s) => s.text === '')).toBe(true);
    expect(renderSheets(lean, {}, 0, 1)).toEqual(renderSheets(full, {}, 0, 1));
    expect(renderAggregates(lean, {})).toEqual(renderAggregates(full, {}));
  });

  it('tells who asks of every copy, with the source it was made from', () => {
    const pairs: [string, string][] = [];
    withoutTexts(kb, (copy, source) => pairs.push([copy.id, source.text]));
    expect(pairs.map(([id]) => id)).toEqual(kb.sources.map((s) => s.id));
    expect(pairs.every(([, text], i) => text === kb.sources[i]!.text && text !== '')).toBe(true);
  });
});

