/** Pillars are numbered per initiative and set word: an initiative's objectives 1..n beside its pillars 1..m. */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateKnowledgeBase } from '../../src/records/validate.js';
import { FIXTURES } from '../helpers/fixture-kb.js';
import { tempDir } from '../helpers/temp-dir.js';

/** The validate fixtures' base knowledge base with the case's files over it. */
function kbWith(name: string): string {
  const dir = tempDir(`${name}`);
  cpSync(path.join(FIXTURES, 'validate', '_base'), dir, { recursive: true });
  cpSync(path.join(FIXTURES, 'pillar-terms', name), dir, { recursive: true });
  return dir;
}

describe('pillar positions, per set word', () => {
  it('an objective 1 beside pillars 1 and 2 of the same initiative is in order', async () => {
    const { diagnostics } = await validateKnowledgeBase(kbWith('objective-beside-pillars'));
    expect(diagnostics.filter((d) => d.rule === 'pillar/order-gap')).toEqual([]);
  });

  it('an objective 2 without an objective 1 leaves a gap, named with its term', async () => {
    const { diagnostics } = await validateKnowledgeBase(kbWith('objective-gap'));
    const gaps = diagnostics.filter((d) => d.rule === 'pillar/order-gap');
    expect(gaps.map((d) => d.file)).toEqual(['data/pillars/example-clearance-partnership-objective-2.yaml']);
    expect(gaps[0]!.message).toContain('(objective)');
  });
});
