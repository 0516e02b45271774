import { describe, expect, it } from 'vitest';
import { renderBundle } from '../../src/bundle/render.js';
import { loadFixtureKb } from './fixture.js';
import { allNodes, parseMarkdown, visibleText } from './markdown-tree.js';

const kb = loadFixtureKb('bundle-basic');
const files = renderBundle(kb);
const sheet = (p: string): string => files.get(p)!;

/** Footnote definitions of a file by identifier, as visible text plus their link urls. */
function footnotes(markdown: string): Map<string, { text: string; urls: string[] }> {
  const out = new Map<string, { text: string; urls: string[] }>();
  for (const node of allNodes(parseMarkdown(markdown))) {
    if (node.type !== 'footnoteDefinition') continue;
    const urls = allNodes(node).flatMap((n) => (n.type === 'link' ? [n.url] : []));
    out.set(node.identifier, { text: visibleText(node), urls });
  }
  return out;
}

describe('fact sheets', () => {
  it('list an initiative’s pillars in their order, linked, under the source’s own term', () => {
    const md = sheet('initiatives/northland-comprehensive-package.md');
    expect(md).toContain('## Approaches');
    const triangular = md.indexOf('](../pillars/package-triangular-cooperation.md)');
    const likeMinded = md.indexOf('](../pillars/package-like-minded-cooperation.md)');
    const science = md.indexOf('](../pillars/package-science-technology.md)');
    expect(triangular).toBeGreaterThan(0);
    expect(triangular).toBeLessThan(likeMinded);
    expect(likeMinded).toBeLessThan(science);
    expect(md).toMatch(/^1\. \[Triangular/m);
    expect(md).toMatch(/^3\. \[Science/m);
  });

  it('list each set of an initiative under its own term, each numbered from 1; a pillar counts among its own set', () => {
    const withObjectives = loadFixtureKb('bundle-basic');
    const approach = withObjectives.records.pillar.find((p) => p.record.id === 'package-like-minded-cooperation')!;
    for (const [order, id] of [[1, 'package-objective-a'], [2, 'package-objective-b']] as const) {
      withObjectives.records.pillar.push({ ...approach, file: `data/pillars/${id}.yaml`, record: { ...approach.record, id, order, term: 'objective', title: `Objective ${order}` } });
    }
    const out = renderBundle(withObjectives);
    const md = out.get('initiatives/northland-comprehensive-package.md')!;
    expect(md).toContain('## Approaches');
    expect(md).toContain('## Objectives');
    expect(md).toMatch(/^2\. \[Objective 2\]/m);
    expect(out.get('pillars/package-objective-b.md')).toContain('objective 2 of 2 of');
    expect(out.get('pillars/package-science-technology.md')).toContain('approach 3 of 3 of');
  });

  it('show an initiative’s leads, participants, part_of, dates and figures', () => {
    const md = sheet('initiatives/northland-southland-landmine-initiative.md');
    expect(md).toContain('**Led by:** [Northland](../actors/northland.md)');
    expect(md).toContain('**Taking part:** [Southland](../actors/southland.md)');
    expect(md).toContain('**Part of:** [Northland Comprehensive Package for Humanitarian Mine Action](northland-comprehensive-package.md)');
    expect(md).toContain('**Announced:** 6 July 2024');
    expect(md).toContain('[12](../figures/southland-demining-machines.md)');
    expect(md).toContain('Draft: extracted by machine');
  });

  it('show an actor’s roles with the organisation linked, its initiatives, who belongs to it and figures about it', () => {
    expect(sheet('actors/aya-tanaka.md')).toContain('- Minister for Foreign Affairs, [Northland](northland.md) (as of 6 July 2024)');
    const northland = sheet('actors/northland.md');
    expect(northland).toContain('- Leads [Northland Comprehensive Package for Humanitarian Mine Action](../initiatives/northland-comprehensive-package.md)');
    expect(northland).toContain('- [Aya Tanaka](aya-tanaka.md) — Minister for Foreign Affairs (as of 6 July 2024)');
    const southland = sheet('actors/southland.md');
    expect(southland).toContain('- Takes part in [Northland-Southland Landmine Initiative]');
    expect(southland).toContain('[more than 3,000 km²](../figures/southland-area-cleared.md)');
  });

  it('show a pillar’s initiative, position and term', () => {
    const md = sheet('pillars/package-like-minded-cooperation.md');
    expect(md).toContain('is approach 2 of 3 of [Northland Comprehensive Package for Humanitarian Mine Action](../initiatives/northland-comprehensive-package.md)');
    expect(md).toContain('**Position:** 2 of 3');
  });

  it('state a figure in words a writer can paste, with what it measures, whom it concerns and as of when', () => {
    const md = sheet('figures/southland-area-cleared.md');
    expect(md).toContain('# More than 3,000 km² — land cleared of landmines and explosive remnants of war');
    expect(md).toContain('**More than 3,000 km²**: land cleared of landmines and explosive remnants of war, concerning [Southland](../actors/southland.md), as of 15 July 2024.[^1]');
    expect(sheet('figures/smac-landmines-estimate.md')).toContain('**an estimated 4–6 million**');
    expect(sheet('figures/package-funding.md')).toContain('**EUR 160 million**');
  });

  it('footnote every fact with the source title, date, verbatim quote and a link to the quote’s line', () => {
    const notes = footnotes(sheet('initiatives/northland-southland-landmine-initiative.md'));
    expect(notes.get('1')).toEqual({
      text: 'Remarks by the Minister for Foreign Affairs at the Southland Mine Action Centre, Ministry of Foreign Affairs of Northland, 6 July 2024: “the launch of the Northland-Southland Landmine Initiative” (seeds/001_minister-remarks.md, line 13)',
      urls: ['../../seeds/001_minister-remarks.md#L13'],
    });
    const source = kb.sources.find((s) => s.id === '001_minister-remarks')!;
    expect(source.text.split('\n')[12]).toContain('the launch of the Northland-Southland Landmine');
    expect(footnotes(sheet('figures/southland-area-cleared.md')).get('1')?.text).toBe(
      'Southland clears more land as its deminers train others, 15 July 2024: “has cleared more than 3,000 square kilometres of landmines and explosive remnants of war” (seeds/002_news.txt, line 5)',
    );
  });

  it('footnote every list item and table row of every sheet and of the briefing', () => {
    for (const [file, content] of files) {
      // The listings name records (one link to each fact sheet) rather than state facts.
      if (!file.endsWith('.md') || file.startsWith('listings/')) continue;
      const nodes = allNodes(parseMarkdown(content));
      const headerRows = new Set(nodes.flatMap((n) => (n.type === 'table' ? [n.children[0]] : [])));
      for (const node of nodes) {
        if (node.type !== 'listItem' && node.type !== 'tableRow') continue;
        if (headerRows.has(node as never)) continue;
        // Source lists and tables name a file (`seeds/…`) rather than state a fact.
        if (allNodes(node).some((n) => n.type === 'inlineCode')) continue;
        expect(allNodes(node).some((n) => n.type === 'footnoteReference'), `${file}: ${visibleText(node)}`).toBe(true);
      }
    }
  });

  it('are each linked from their type\'s listing, which marks drafts', () => {
    for (const [file] of files) {
      const match = /^(actors|figures|initiatives|pillars)\/(.+)\.md$/.exec(file);
      if (!match) continue;
      expect(files.get(`listings/${match[1]}.md`), file).toContain(`](../${file})`);
    }
  });

  it('end with the sources and the cite command', () => {
    const md = sheet('actors/aya-tanaka.md');
    expect(md).toContain('## Sources');
    expect(md).toContain('[`seeds/002_news.txt`](../../seeds/002_news.txt)');
    expect(md).toContain('`demine cite actor:aya-tanaka`');
  });
});

describe('the briefing', () => {
  const md = sheet('index.md');
  it('introduces the initiatives with their pillars in order', () => {
    expect(md).toContain('### [Northland Comprehensive Package for Humanitarian Mine Action](initiatives/northland-comprehensive-package.md)');
    expect(md.indexOf('1. [Triangular')).toBeLessThan(md.indexOf('2. [Cooperation'));
    expect(md.indexOf('2. [Cooperation')).toBeLessThan(md.indexOf('3. [Science'));
  });

  it('has the key figures as a table with words, measure, subject, date and source', () => {
    expect(md).toContain('| Figure | Measure | Concerns | As of | Source |');
    expect(md).toContain(
      '| [more than 3,000 km²](figures/southland-area-cleared.md) | land cleared of landmines and explosive remnants of war | [Southland](actors/southland.md) | 15 July 2024 | Southland clears more land as its deminers train others[^',
    );
  });

  it('groups the actors into people, organisations and countries', () => {
    expect(md.indexOf('### People')).toBeLessThan(md.indexOf('### Organisations'));
    expect(md.indexOf('### Organisations')).toBeLessThan(md.indexOf('### Countries'));
    expect(md).toContain('- [Aya Tanaka](actors/aya-tanaka.md) — Minister for Foreign Affairs, [Northland](actors/northland.md) (as of 6 July 2024)[^');
  });

  it('lists the sources with title, date, publisher and file link', () => {
    expect(md).toContain('| Southland clears more land as its deminers train others | 15 July 2024 | — | [`seeds/002_news.txt`](../seeds/002_news.txt) |');
  });
});
