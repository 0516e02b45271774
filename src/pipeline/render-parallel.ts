import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { assembleBundle, renderBundle, renderFactSheets, type RenderOptions } from '../bundle/render.js';
import type { KnowledgeBase } from '../model/knowledge-base.js';

/** Below this many records a second thread costs more (start-up, copying the knowledge base) than it saves. */
export const PARALLEL_THRESHOLD = 4000;

/** The compiled worker; tests running the TypeScript sources use the compiled copy too. */
const WORKER = new URL('../../lib/pipeline/render-worker.js', import.meta.url);

export interface WorkerRequest {
  kb: KnowledgeBase;
  options: RenderOptions;
  part: number;
  parts: number;
}

/**
 * The bundle, with fact sheets rendered on every core: this thread takes one share and each
 * worker another. The output is byte-identical to `renderBundle` (a test holds them equal).
 */
export async function renderBundleParallel(
  kb: KnowledgeBase,
  options: RenderOptions,
  { threads = availableParallelism(), threshold = PARALLEL_THRESHOLD } = {},
): Promise<Map<string, string>> {
  const records = Object.values(kb.records).reduce((n, list) => n + list.length, 0);
  const parts = Math.max(1, Math.min(threads, 8));
  if (parts === 1 || records < threshold) return renderBundle(kb, options);
  const plain: RenderOptions = { ...(options.seedsLinkBase !== undefined ? { seedsLinkBase: options.seedsLinkBase } : {}) };
  const workers = Array.from({ length: parts - 1 }, (_, i) => runWorker({ kb, options: plain, part: i + 1, parts }));
  const mine = renderFactSheets(kb, plain, 0, parts);
  const theirs = await Promise.all(workers);
  return assembleBundle(kb, plain, [...mine, ...theirs.flat()]);
}

function runWorker(request: WorkerRequest): Promise<[string, string][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: request });
    worker.once('message', (sheets: [string, string][]) => resolve(sheets));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`internal: a render worker stopped with code ${code}`));
    });
  });
}
