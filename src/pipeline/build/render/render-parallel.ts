import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { withoutTexts, type BundleContext } from '../../../bundle/context.js';
import { assembleBundle, eachSheet, type RenderedSheet, type RenderOptions } from '../../../bundle/render.js';
import type { KnowledgeBase } from '../../../model/knowledge-base.js';
import type { QuoteLineTable } from '../../../bundle/words/source-lines.js';
import { NO_PROGRESS, type ProgressSink } from '../../progress.js';

/** Below this many records a second thread costs more (start-up, copying the knowledge base) than it saves. */
export const PARALLEL_THRESHOLD = 4000;

/** Sheets per message from a worker, and rendered by this thread between two turns of its event loop. */
export const BATCH = 128;
/** Batches a worker may send ahead of what this thread has taken: the sheets in memory at once stay bounded. */
export const IN_FLIGHT = 4;

/** The compiled worker; tests running the TypeScript sources use the compiled copy too. */
const WORKER = new URL('../../../../lib/pipeline/build/render/render-worker.js', import.meta.url);

export interface WorkerRequest {
  /** The knowledge base without the sources' texts (nor rejected records): the quotes' lines come in `lines`. */
  kb: KnowledgeBase;
  lines: QuoteLineTable;
  options: RenderOptions;
  part: number;
  parts: number;
  only?: string[];
  /** Sheets per message. */
  batch: number;
}

/** What a worker sends: a batch of sheets, the last one marked `done`. This thread answers each other batch to give credit back. */
export interface WorkerBatch {
  sheets: RenderedSheet[];
  done?: true;
}

export interface ParallelOptions {
  threads?: number;
  threshold?: number;
  /** Sheets per batch (default `BATCH`; tests use small ones to send many). */
  batch?: number;
}

/** Takes each rendered sheet, as soon as it is rendered (to hash and write it, then let it go). */
export type SheetSink = (sheet: RenderedSheet) => void;

/**
 * The fact sheets (all, or those in `only`), rendered on every core when there are enough of
 * them: this thread takes one share and each worker another. Each sheet is handed to `take`
 * as it arrives, in no particular order; the sheets are the same as one thread renders (a
 * test holds them equal). Between batches this thread takes the workers' sheets and checks
 * `signal`, so no more than a few batches per thread are held at once.
 */
export async function renderSheetsParallel(
  ctx: BundleContext,
  options: RenderOptions,
  only: ReadonlySet<string> | undefined,
  take: SheetSink,
  { threads = availableParallelism(), threshold = PARALLEL_THRESHOLD, batch = BATCH }: ParallelOptions = {},
  onProgress: ProgressSink = NO_PROGRESS,
  signal?: AbortSignal,
): Promise<void> {
  const count = only ? only.size : Object.values(ctx.records).reduce((n, list) => n + list.length, 0);
  const parts = Math.max(1, Math.min(threads, 8));
  const phase = 'rendering fact sheets';
  onProgress(phase, 0, count);
  let done = 0;
  const counted: SheetSink = (sheet) => {
    take(sheet);
    if (++done % 64 === 0) onProgress(phase, done, count);
  };
  if (parts === 1 || count < threshold) return renderShare(eachSheet(ctx, options, 0, 1, only), counted, batch, signal);
  const plain: RenderOptions = { ...(options.seedsLinkBase !== undefined ? { seedsLinkBase: options.seedsLinkBase } : {}) };
  const list = only ? [...only] : undefined;
  const stop = new AbortController();
  // A structured clone for each worker: the sources' texts (42 MB at 50,000 records) are not in it, only every quote's line.
  const kb = withoutTexts(ctx.kb);
  const lines = ctx.quoteLineTable();
  const workers = Array.from({ length: parts - 1 }, (_, i) => runWorker({ kb, lines, options: plain, part: i + 1, parts, batch, ...(list ? { only: list } : {}) }, counted, AbortSignal.any([stop.signal, ...(signal ? [signal] : [])])));
  try {
    await renderShare(eachSheet(ctx, plain, 0, parts, only), counted, batch, signal);
    await Promise.all(workers);
  } catch (error) {
    stop.abort(error);
    await Promise.allSettled(workers);
    throw error;
  }
}

async function renderShare(sheets: Iterable<RenderedSheet>, take: SheetSink, batch: number, signal: AbortSignal | undefined): Promise<void> {
  let count = 0;
  for (const sheet of sheets) {
    take(sheet);
    if (++count % batch === 0) {
      await nextTurn(); // the workers' batches are taken here
      signal?.throwIfAborted();
    }
  }
}

/** The whole bundle, with fact sheets rendered on every core; byte-identical to `renderBundle`. */
export async function renderBundleParallel(kb: KnowledgeBase, options: RenderOptions, parallel: ParallelOptions = {}): Promise<Map<string, string>> {
  const { BundleContext } = await import('../../../bundle/context.js');
  const sheets: RenderedSheet[] = [];
  await renderSheetsParallel(new BundleContext(kb), options, undefined, (sheet) => sheets.push(sheet), parallel);
  return assembleBundle(kb, options, sheets);
}

function runWorker(request: WorkerRequest, take: SheetSink, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: request });
    let settled = false;
    const settle = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (error === undefined) return resolve();
      void worker.terminate();
      reject(error);
    };
    const onAbort = (): void => settle(signal.reason);
    if (signal.aborted) return settle(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (batch: WorkerBatch) => {
      if (settled) return;
      try {
        for (const sheet of batch.sheets) take(sheet);
      } catch (error) {
        return settle(error);
      }
      if (batch.done) {
        settle();
        void worker.terminate(); // every sheet is in: nothing is lost
      } else worker.postMessage('more');
    });
    worker.once('error', settle);
    worker.once('exit', (code) => {
      if (code !== 0) settle(new Error(`internal: a render worker stopped with code ${code}`));
    });
  });
}
