/**
 * A full garbage collection at a point where a build knows that most of its heap has just died
 * (validation's parsed files, the sources' texts). V8 grows the heap by a share of what its last
 * full collection kept and collects again only past that, so the garbage of one phase is still
 * held while the next one (and the render worker) allocates: at 50,000 records ~100 MB of peak
 * memory (see BENCHMARKS.md). A hint only, and off unless the launcher (`cli/bin.ts`, which
 * also sets the heap's growth) turns it on: tests and library users collect as V8 decides.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let enabled = false;
let collect: (() => void) | undefined;

/** Makes `collectGarbage` collect (nothing is done until it is first called: start-up stays as fast). */
export function enableGarbageCollection(): void {
  enabled = true;
}

export function collectGarbage(): void {
  if (!enabled) return;
  // Node offers `gc` only under `--expose-gc`, and only to contexts made after the flag is set.
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
    setFlagsFromString('--no-expose-gc');
  }
  collect();
}
