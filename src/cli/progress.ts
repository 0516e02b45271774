/**
 * The progress line on stderr: shown only on a terminal, never with --quiet, with CI set or
 * in --format json|github; a phase appears once it has run for `PROGRESS_AFTER_MS` and is
 * redrawn in place (a carriage return and spaces, no escape codes), then wiped at the end.
 * Colour (a dim phase name) follows the same rules as the rest of the output (NO_COLOR…).
 */
import type { ProgressSink } from '../pipeline/progress.js';
import { makeChalk } from './colour.js';
import type { FormatName } from './formatters/index.js';
import type { CliIo, Output } from './io.js';
import type { GlobalOptions } from './main.js';

/** A phase shorter than this shows nothing. `DEMINE_PROGRESS_AFTER_MS` overrides it (tests use 0). */
export const PROGRESS_AFTER_MS = 1000;
const REDRAW_MS = 100;

export interface ProgressLine {
  sink: ProgressSink;
  /** Wipes the line, if one was drawn, and stops the timer. */
  end(): void;
}

export function progressEnabled(io: CliIo, global: GlobalOptions, format: FormatName): boolean {
  return io.stderr.isTTY === true && !global.quiet && !io.env.CI && format === 'pretty';
}

const number = (n: number) => n.toLocaleString('en-US');

export function startProgress(io: CliIo, global: GlobalOptions, format: FormatName): ProgressLine | undefined {
  if (!progressEnabled(io, global, format)) return undefined;
  const stderr: Output & { columns?: number } = io.stderr;
  const chalk = makeChalk(stderr, io.env, global.color);
  const after = Number(io.env.DEMINE_PROGRESS_AFTER_MS ?? PROGRESS_AFTER_MS);
  let phase = '';
  let done: number | undefined;
  let total: number | undefined;
  let startedAt = Date.now();
  let drawnAt = 0;
  let drawnWidth = 0;
  let drawnText = '';
  const draw = (force = false) => {
    const now = Date.now();
    if (phase === '' || now - startedAt < after || (!force && now - drawnAt < REDRAW_MS)) return;
    drawnAt = now;
    const count = done !== undefined && total !== undefined ? ` ${number(done)} of ${number(total)}` : '';
    const width = Math.max(20, (stderr.columns || 80) - 1);
    const plain = `${phase}${count}…`.slice(0, width);
    if (plain === drawnText && drawnWidth > 0) return;
    drawnText = plain;
    const pad = ' '.repeat(Math.max(0, drawnWidth - plain.length));
    stderr.write(`\r${chalk.dim(plain)}${pad}\r`);
    drawnWidth = plain.length;
  };
  // Phases that yield to the event loop (writing) are redrawn by the timer; busy loops call the sink.
  const timer = setInterval(() => draw(), REDRAW_MS);
  timer.unref();
  const wipe = () => {
    if (drawnWidth > 0) stderr.write(`\r${' '.repeat(drawnWidth)}\r`);
    drawnWidth = 0;
  };
  return {
    sink: (next, d, t) => {
      if (next !== phase) {
        wipe();
        phase = next;
        startedAt = Date.now();
        drawnAt = 0;
      }
      done = d;
      total = t;
      draw(d === undefined);
    },
    end: () => {
      clearInterval(timer);
      wipe();
    },
  };
}
