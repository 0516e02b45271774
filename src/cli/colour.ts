import { Chalk, type ChalkInstance } from 'chalk';
import type { Output } from './io.js';

/**
 * Colour only on a terminal; never with NO_COLOR (any non-empty value); FORCE_COLOR
 * turns it on (or off with `0`/`false`) whatever the stream is. `--no-color` (flag false) wins over all.
 */
export function colourLevel(stream: Output, env: Record<string, string | undefined>, flag?: boolean): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  return stream.isTTY === true && env.TERM !== 'dumb' ? 1 : 0;
}

export function makeChalk(stream: Output, env: Record<string, string | undefined>, flag?: boolean): ChalkInstance {
  return new Chalk({ level: colourLevel(stream, env, flag) });
}
