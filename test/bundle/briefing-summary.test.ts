/**
 * The briefing stays a briefing: on a knowledge base far larger than any section's limit,
 * `index.md` keeps its size, and every record's fact sheet is reachable from it by links.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SUMMARY_LIMIT } from '../../src/bundle/pages/index-page.js';
import { renderBundle } from '../../src/bundle/render.js';
import { validateKnowledgeBase } from '../../src/records/validate.js';
import { generateCorpus } from '../../scripts/bench/generate-corpus.js';
import { linkUrls } from './markdown-tree.js';
import { tempDir } from '../helpers/temp-dir.js';

/** Every bundle file reachable from `index.md` by relative links. */
function reachable(files: ReadonlyMap<string, string>): Set<string> {
  const seen = new Set(['index.md']);
  const queue = ['index.md'];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (!file.endsWith('.md')) continue;
    for (const url of linkUrls(files.get(file)!)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURIComponent(url.split('#')[0]!)));
      if (files.has(target) && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

async function bundleOf(documents: number): Promise<Map<string, string>> {
  const root = tempDir('summary');
  roots.push(root);
  generateCorpus(root, documents);
  const { kb } = await validateKnowledgeBase(root);
  return renderBundle(kb!);
}

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

describe('the briefing on a large knowledge base', () => {
  it('does not grow with the records, and reaches every fact sheet through the listings', async () => {
    const small = await bundleOf(SUMMARY_LIMIT * 2);
    const large = await bundleOf(SUMMARY_LIMIT * 12); // 240 documents, about 1,200 records
    const sheets = [...large.keys()].filter((f) => /^(actors|figures|initiatives|pillars)\//.test(f));
    expect(sheets.length).toBeGreaterThan(1000);
    // Twenty items a section whatever the size: the same size give or take the items' own lengths.
    expect(large.get('index.md')!.length).toBeLessThan(small.get('index.md')!.length * 1.25);
    expect(large.get('index.md')!.length).toBeLessThan(64 * 1024);
    expect(large.get('index.md')).toContain('most cited of');
    const seen = reachable(large);
    expect(sheets.filter((f) => !seen.has(f))).toEqual([]);
    expect(seen.has('listings/sources.md')).toBe(true);
  }, 120_000);
});
