import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBundle } from '../../src/bundle/render.js';
import type { KnowledgeBase, LoadedRecord } from '../../src/model/knowledge-base.js';
import { reviewedOnly } from '../../src/review/reviewed-only.js';
import { loadFixtureKb } from '../bundle/fixture.js';
import { brokenLinks } from '../bundle/markdown-tree.js';
import { bundleBriefingProblems } from '../helpers/briefing-schema.js';
import { copyRepoKb, snapshotTree } from '../helpers/kb-copy.js';
import { runCli } from '../helpers/run-cli.js';

/** The fixture with the package initiative a draft too: its reviewed pillars and the figure about it must go or lose the link. */
function withDraftPackage(): KnowledgeBase {
  const kb = loadFixtureKb('bundle-basic');
  const initiative = kb.records.initiative.map((r) => (r.record.id === 'northland-comprehensive-package' ? { ...r, record: { ...r.record, status: 'draft' as const } } : r));
  const figure = kb.records.figure.map((r) => (r.record.id === 'eastland-deminers-trained' ? { ...r, record: { ...r.record, about: 'actor:eastland' } } : r));
  return { ...kb, records: { ...kb.records, initiative, figure } };
}

describe('reviewedOnly (what build --reviewed-only publishes)', () => {
  const kb = withDraftPackage();
  const published = reviewedOnly(kb);
  const all = (k: KnowledgeBase) => Object.values(k.records).flat() as LoadedRecord[];

  it('keeps reviewed records only, and leaves out a reviewed pillar of an initiative left out', () => {
    expect(all(published).every((r) => r.record.status === 'reviewed')).toBe(true);
    expect(published.records.pillar).toEqual([]);
    expect(published.records.initiative).toEqual([]);
    expect(published.records.actor.map((r) => r.record.id)).toEqual(['aya-tanaka', 'northland', 'smac', 'southland']);
  });

  it('removes the links to records left out (an optional field), without changing the knowledge base it was given', () => {
    const figure = published.records.figure.find((r) => r.record.id === 'eastland-deminers-trained')!.record;
    expect(figure.about).toBeUndefined();
    expect(published.records.figure.find((r) => r.record.id === 'package-funding')!.record.about).toBeUndefined();
    expect(kb.records.figure.find((r) => r.record.id === 'eastland-deminers-trained')!.record.about).toBe('actor:eastland');
  });

  it('renders a bundle in which every link resolves and no draft appears', () => {
    const files = renderBundle(published);
    expect(brokenLinks(files, published)).toEqual([]);
    expect([...files.keys()].filter((f) => /eastland\.md|sun-ra|northland-comprehensive-package|pillars\/package-/.test(f))).toEqual([]);
    const briefing = JSON.parse(files.get('briefing.json')!);
    expect(JSON.stringify(briefing)).not.toContain('"draft"');
    for (const [file, content] of files) if (file.endsWith('.md')) expect(content, file).not.toMatch(/\]\((\.\.\/)?(initiatives\/northland-comprehensive-package|actors\/eastland)\.md\)/);
  });
});

describe('demine build --reviewed-only and the reviewedOnly setting (built CLI)', () => {
  it('leaves the drafts out of dist/; the setting does the same; a plain build puts them back', () => {
    const root = copyRepoKb({ withDist: true });
    const draft = 'actors/ministry-of-economy-of-ukraine';
    expect(existsSync(path.join(root, 'dist', `${draft}.md`))).toBe(true);
    expect(runCli(['build', '--root', root, '--reviewed-only', '--check']).code).toBe(1);
    const run = runCli(['build', '--root', root, '--reviewed-only']);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(root, 'dist', `${draft}.md`))).toBe(false);
    expect(existsSync(path.join(root, 'dist/pillars/demining-principles-1-erw-and-uxo-clearance.md'))).toBe(false);
    expect(readFileSync(path.join(root, 'dist/briefing.json'), 'utf8')).not.toContain('"status": "draft"');
    expect(bundleBriefingProblems(path.join(root, 'dist'))).toEqual([]);
    const reviewed = snapshotTree(path.join(root, 'dist'));
    writeFileSync(path.join(root, 'demine.config.json'), '{"reviewedOnly": true}\n');
    expect(runCli(['build', '--root', root, '--check']).code).toBe(0);
    writeFileSync(path.join(root, 'demine.config.json'), '{"reviewedOnly": false}\n');
    expect(runCli(['build', '--root', root]).stderr).toMatch(/built dist\/: \d+ added/);
    expect(snapshotTree(path.join(root, 'dist'))).not.toEqual(reviewed);
    expect(existsSync(path.join(root, 'dist', `${draft}.md`))).toBe(true);
  });
});
