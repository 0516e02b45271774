#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { enableGarbageCollection } from '../io/collect-garbage.js';
import { main } from './main.js';

// A heap that grows by 30 % past what the last full collection kept, not up to 4 times: a cold
// build at 50,000 records otherwise peaks with more garbage than live data (see BENCHMARKS.md).
setFlagsFromString('--heap-growing-percent=30');
// And a full collection where a build knows most of its heap has just died (`collectGarbage`).
enableGarbageCollection();

// A reader that stops early (`demine list | head`) closes the pipe: stop quietly, as other tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() });
process.exitCode = code;
