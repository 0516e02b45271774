/**
 * Worker thread: renders one share of the fact sheets (see render-parallel.ts) and sends them
 * in batches, never more than `IN_FLIGHT` batches ahead of what the main thread has taken.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { eachFactSheet, type RenderedSheet } from '../../../bundle/render.js';
import { IN_FLIGHT, type WorkerBatch, type WorkerRequest } from './render-parallel.js';

const { kb, lines, options, part, parts, only, batch: size } = workerData as WorkerRequest;
const port = parentPort!;
let credit = IN_FLIGHT;
let wake: (() => void) | undefined;
port.on('message', () => {
  credit++;
  wake?.();
});
let batch: RenderedSheet[] = [];
for (const sheet of eachFactSheet(kb, options, part, parts, only ? new Set(only) : undefined, lines)) {
  batch.push(sheet);
  if (batch.length < size) continue;
  while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
  credit--;
  port.postMessage({ sheets: batch } satisfies WorkerBatch);
  batch = [];
}
port.postMessage({ sheets: batch, done: true } satisfies WorkerBatch);
port.removeAllListeners('message');
port.unref(); // nothing keeps the thread alive: it ends (the main thread also ends it on `done`)
