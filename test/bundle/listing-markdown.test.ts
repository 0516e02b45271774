/** The listing pages assembled line by line are byte for byte the pages serialised whole, also after an edit. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BundleContext } from '../../src/bundle/context.js';
import { listingPageMarkdown } from '../../src/bundle/pages/listing-markdown.js';
import { listingPageTree } from '../../src/bundle/pages/listing-pages.js';
import { toMarkdown } from '../../src/bundle/markdown/to-markdown.js';
import type { KnowledgeBase } from '../../src/model/knowledge-base.js';
import { RECORD_TYPES } from '../../src/model/record-types.js';
import { validateKnowledgeBase } from '../../src/records/validate.js';
import { loadFixtureKb } from './fixture.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

function expectSameAsWhole(kb: KnowledgeBase): void {
  const ctx = new BundleContext(kb);
  for (const info of RECORD_TYPES) expect(listingPageMarkdown(info.type, ctx), info.type).toBe(toMarkdown(listingPageTree(info.type, ctx)));
}

describe('listing pages line by line', () => {
  it('equal the whole page serialised, for the repository and a fixture, first and again from remembered lines', async () => {
    const { kb } = await validateKnowledgeBase(REPO_ROOT);
    expect(kb).toBeDefined();
    for (const each of [kb!, loadFixtureKb('bundle-basic')]) {
      expectSameAsWhole(each);
      expectSameAsWhole(each);
    }
  });

  it('redo a pillar line when its initiative is renamed or gone, though the pillar is the same object', async () => {
    const { kb } = await validateKnowledgeBase(REPO_ROOT);
    const pillar = kb!.records.pillar[0]!;
    const initiativeId = (pillar.record as unknown as { initiative: string }).initiative.replace(/^initiative:/, '');
    expectSameAsWhole(kb!);
    const renamed = kb!.records.initiative.map((r) => (r.record.id === initiativeId ? { ...r, record: { ...r.record, name: 'A renamed initiative *with* marks' } } : r));
    const edited = { ...kb!, records: { ...kb!.records, initiative: renamed } };
    expectSameAsWhole(edited);
    expect(listingPageMarkdown('pillar', new BundleContext(edited))).toContain('A renamed initiative');
    const gone = { ...kb!, records: { ...kb!.records, initiative: kb!.records.initiative.filter((r) => r.record.id !== initiativeId) } };
    expectSameAsWhole(gone);
  });
});
