import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BundleContext } from '../../bundle/context.js';
import { assembleBundle, renderSheets, type RenderedSheet, type RenderOptions } from '../../bundle/render.js';
import type { KnowledgeBase } from '../../model/knowledge-base.js';
import { NO_PROGRESS, type ProgressSink } from '../progress.js';

/** Below this many records a second thread costs more (start-up, copying the knowledge base) than it saves. */
export const PARALLEL_THRESHOLD = 4000;

/** The compiled worker; tests running the TypeScript sources use the compiled copy too. */
const WORKER = new URL('../../../lib/pipeline/build/render-worker.js', import.meta.url);

export interface WorkerRequest {
  kb: KnowledgeBase;
  options: RenderOptions;
  part: number;
  parts: number;
  only?: string[];
}

export interface ParallelOptions {
  threads?: number;
  threshold?: number;
}

/**
 * The fact sheets (all, or those in `only`), rendered on every core when there are enough of
 * them: this thread takes one share and each worker another. The sheets are the same as one
 * thread renders (a test holds them equal).
 */
export async function renderSheetsParallel(
  ctx: BundleContext,
  options: RenderOptions,
  only?: ReadonlySet<string>,
  { threads = availableParallelism(), threshold = PARALLEL_THRESHOLD }: ParallelOptions = {},
  onProgress: ProgressSink = NO_PROGRESS,
): Promise<RenderedSheet[]> {
  const count = only ? only.size : Object.values(ctx.records).reduce((n, list) => n + list.length, 0);
  const parts = Math.max(1, Math.min(threads, 8));
  const phase = 'rendering fact sheets';
  onProgress(phase, 0, count);
  if (parts === 1 || count < threshold) return renderSheets(ctx, options, 0, 1, only, (done) => onProgress(phase, done, count));
  const plain: RenderOptions = { ...(options.seedsLinkBase !== undefined ? { seedsLinkBase: options.seedsLinkBase } : {}) };
  const list = only ? [...only] : undefined;
  const workers = Array.from({ length: parts - 1 }, (_, i) => runWorker({ kb: ctx.kb, options: plain, part: i + 1, parts, ...(list ? { only: list } : {}) }));
  // This thread's share stands for all: the workers go at about the same pace.
  const mine = renderSheets(ctx, plain, 0, parts, only, (done) => onProgress(phase, Math.min(count, done * parts), count));
  const theirs = await Promise.all(workers);
  return [...mine, ...theirs.flat()];
}

/** The whole bundle, with fact sheets rendered on every core; byte-identical to `renderBundle`. */
export async function renderBundleParallel(kb: KnowledgeBase, options: RenderOptions, parallel: ParallelOptions = {}): Promise<Map<string, string>> {
  const { BundleContext } = await import('../../bundle/context.js');
  const sheets = await renderSheetsParallel(new BundleContext(kb), options, undefined, parallel);
  return assembleBundle(kb, options, sheets);
}

function runWorker(request: WorkerRequest): Promise<RenderedSheet[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: request });
    worker.once('message', (sheets: RenderedSheet[]) => resolve(sheets));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`internal: a render worker stopped with code ${code}`));
    });
  });
}
