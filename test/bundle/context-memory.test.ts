/**
 * A watched rebuild makes its `BundleContext` from the last one (`new BundleContext(kb, before)`)
 * and lets the last one go: the new context must not keep it alive, or every rebuild adds a whole
 * context (its sorted records, sources and quote lines: ~8 MB at 50,000 records) to the heap.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BundleContext } from '../../src/bundle/context.js';
import type { KnowledgeBase } from '../../src/model/knowledge-base.js';
import { loadFixtureKb } from './fixture.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The knowledge base with its first initiative replaced by a copy with another title (a changed record). */
function edited(kb: KnowledgeBase): KnowledgeBase {
  const [first, ...rest] = kb.records.initiative;
  const changed = { ...first!, record: { ...first!.record, title: `${first!.record.title} (edited)` } };
  return { ...kb, records: { ...kb.records, initiative: [changed, ...rest] } };
}

/** Builds a context, then one patched from it, and returns the second with a weak reference to the first. */
function twoGenerations(kb: KnowledgeBase): { second: BundleContext; first: WeakRef<BundleContext> } {
  const first = new BundleContext(kb);
  first.quoteLines.lineOf(kb.sources[0]!.id, 'x');
  const second = new BundleContext(edited(kb), first);
  return { second, first: new WeakRef(first) };
}

describe('BundleContext across watched rebuilds', () => {
  it('lets the context it was patched from be collected', async () => {
    const { second, first } = twoGenerations(loadFixtureKb('bundle-basic'));
    // Collections run across turns, so that nothing on the stack still holds the first context.
    for (let i = 0; i < 5 && first.deref() !== undefined; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      gc();
    }
    expect(first.deref()).toBeUndefined();
    expect(second.get('initiative', second.records.initiative[0]!.id)?.title).toMatch(/\(edited\)$/);
  });
});
