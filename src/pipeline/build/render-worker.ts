/** Worker thread: renders one share of the fact sheets (see render-parallel.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { renderFactSheets } from '../../bundle/render.js';
import type { WorkerRequest } from './render-parallel.js';

const { kb, options, part, parts, only } = workerData as WorkerRequest;
parentPort!.postMessage(renderFactSheets(kb, options, part, parts, only ? new Set(only) : undefined));
