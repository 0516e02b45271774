/**
 * Worker thread: scans the bundle (see bundle-scan.ts), sends its summary at once, then the
 * whole scan if asked (`full`), and ends on `stop` or after that.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { scanSorted, type WorkerReply } from './bundle-scan.js';

const port = parentPort!;
const { list, digest, plain, files } = scanSorted((workerData as { out: string }).out);
port.postMessage({ digest, plain, files } satisfies WorkerReply);
port.once('message', (ask: 'full' | 'stop') => {
  if (ask === 'full') port.postMessage(list.parts() satisfies WorkerReply);
  port.unref(); // nothing keeps the thread alive: it ends
});
