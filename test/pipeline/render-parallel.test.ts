import { describe, expect, it } from 'vitest';
import { renderBundle } from '../../src/bundle/render.js';
import { renderBundleParallel } from '../../src/pipeline/build/render/render-parallel.js';
import { validateKnowledgeBase } from '../../src/records/validate.js';
import { REPO } from '../helpers/run-cli.js';

describe('rendering on worker threads', () => {
  it('gives byte-identical output to a single-threaded render, for 2 and 3 threads', async () => {
    const { kb } = await validateKnowledgeBase(REPO);
    const options = { seedsLinkBase: '..' };
    const single = renderBundle(kb!, options);
    for (const threads of [2, 3]) {
      const parallel = await renderBundleParallel(kb!, options, { threads, threshold: 0 });
      expect([...parallel.keys()]).toEqual([...single.keys()]);
      expect(parallel).toEqual(single);
    }
  });

  it('in batches of 2 sheets (workers waiting for credit many times): every sheet once, the same bytes', async () => {
    const { kb } = await validateKnowledgeBase(REPO);
    const options = { seedsLinkBase: '..' };
    const single = renderBundle(kb!, options);
    const parallel = await renderBundleParallel(kb!, options, { threads: 3, threshold: 0, batch: 2 });
    expect(parallel).toEqual(single);
  });
});
