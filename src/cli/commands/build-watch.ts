/**
 * `demine build --watch`: builds, then rebuilds through the incremental path after every burst
 * of changes to seeds/, data/, schemas/ or the config, printing one line per rebuild. A build
 * with errors leaves the last good bundle; Ctrl-C stops after the build in progress is
 * cancelled (nothing half-written) and exits 130.
 */
import path from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { collectGarbage } from '../../io/collect-garbage.js';
import { buildBundle, type BuildResult } from '../../pipeline/build/build.js';
import { BuildMemory } from '../../pipeline/build/incremental/build-memory.js';
import { watchInputs } from '../../watch/watch-inputs.js';
import { makeChalk } from '../colour.js';
import { diagnosticRows } from '../formatters/json.js';
import type { FormatName } from '../formatters/index.js';
import { EXIT, type CliIo } from '../io.js';
import type { GlobalOptions } from '../main.js';
import { startProgress } from '../progress.js';
import { countProblems, plural, reportDiagnostics } from '../report.js';

export interface WatchOptions {
  format: FormatName;
  out?: string;
  reviewedOnly?: boolean;
  /** Quiet time after a change before rebuilding, in ms. */
  debounceMs?: number;
}

/** How long the watch waits, idle, before it writes what it remembers to `.demine/`. */
const FLUSH_AFTER_MS = 2000;

/** `data/figures/x.yaml changed`, `3 files changed`. */
function changedWords(paths: readonly string[]): string {
  if (paths.length === 0) return 'first build';
  return paths.length <= 3 ? `${paths.join(', ')} changed` : `${plural(paths.length, 'file')} changed`;
}

/** The one line a rebuild prints: on stdout as JSON with `--format json`, else on stderr. */
function reportRebuild(io: CliIo, global: GlobalOptions, format: FormatName, paths: readonly string[], seconds: number, result: BuildResult | undefined): void {
  const ok = result !== undefined && result.changes !== undefined && !hasErrors(result.diagnostics);
  if (format === 'json') {
    const line = {
      changed: paths,
      seconds: Number(seconds.toFixed(3)),
      ok,
      written: ok && result.written ? result.changes : { added: [], changed: [], removed: [] },
      diagnostics: diagnosticRows(global.quiet ? (result?.diagnostics ?? []).filter((d) => d.severity === 'error') : (result?.diagnostics ?? [])),
    };
    io.stdout.write(`${JSON.stringify(line)}\n`);
    return;
  }
  if (result) reportDiagnostics(io, global, format, result.diagnostics);
  if (global.quiet && ok) return;
  const chalk = makeChalk(io.stderr, io.env, global.color);
  const took = `${seconds.toFixed(2)} s`;
  if (!result) {
    io.stderr.write(`${chalk.red('✖')} ${changedWords(paths)}: the build stopped; the bundle is left as it was (${took})\n`);
  } else if (!ok) {
    io.stderr.write(`${chalk.red('✖')} ${changedWords(paths)}: ${countProblems(result.diagnostics)}; ${result.out}/ left as it was (${took})\n`);
  } else {
    const { added, changed, removed } = result.changes!;
    const what = result.written ? `rebuilt ${result.out}/: ${added.length} added, ${changed.length} changed, ${removed.length} removed` : `${result.out}/ is up to date`;
    io.stderr.write(`${chalk.green('✔')} ${changedWords(paths)}: ${what} in ${took}\n`);
  }
}

export async function watchBuild(io: CliIo, global: GlobalOptions, root: string, options: WatchOptions): Promise<number> {
  let stopping = false;
  let running: AbortController | undefined;
  let wake: (() => void) | undefined;
  const queue = new Set<string>();
  const stop = () => {
    stopping = true;
    running?.abort();
    wake?.();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const watcher = watchInputs(
    root,
    (paths) => {
      for (const p of paths) queue.add(p);
      wake?.();
    },
    options.debounceMs,
  );
  // The caches stay in memory between rebuilds, and go to .demine/ when the watch is idle or stops.
  const memory = new BuildMemory(root);
  let idle: NodeJS.Timeout | undefined;
  let flushing: Promise<void> | undefined;
  let watchedOut: string | undefined;
  try {
    await watcher.ready;
    let paths: string[] = [];
    let first = true;
    while (!stopping) {
      if (!first) {
        if (queue.size === 0) {
          idle = setTimeout(() => (flushing = memory.flush().catch(() => undefined)), FLUSH_AFTER_MS);
          await new Promise<void>((resolve) => (wake = resolve));
          clearTimeout(idle);
          // The files of .demine/ are written from one build, never from two.
          await flushing;
        }
        wake = undefined;
        if (stopping) break;
        paths = [...queue].sort();
        queue.clear();
      }
      running = new AbortController();
      const started = process.hrtime.bigint();
      let result: BuildResult | undefined;
      const progress = startProgress(io, global, options.format);
      try {
        result = await buildBundle({ root, out: options.out, reviewedOnly: options.reviewedOnly, signal: running.signal, memory, ...(first ? {} : { changed: paths }), ...(progress ? { onProgress: progress.sink } : {}) });
      } catch (error) {
        if (!running.signal.aborted) throw error;
      } finally {
        progress?.end();
      }
      running = undefined;
      if (stopping) break;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // Ready for the first edit before saying so: what a rebuild needs is read now, not then.
      if (first && result?.fromCache) memory.warm();
      // The bundle is watched too, so that a rebuild looks again only at its files that changed
      // (a hand edit is repaired by the next rebuild); watched afresh when it moved or was swapped
      // whole. Set up before the line is printed: from then on, every change is seen.
      const out = result ? path.resolve(root, result.out) : undefined;
      if (out !== undefined && (out !== watchedOut || (result?.written === true && memory.bundleOut() !== out))) {
        watchedOut = out;
        await watcher.watchBundle(out, (rels) => memory.bundleChanged(rels));
      }
      reportRebuild(io, global, options.format, paths, seconds, result);
      if (first && !global.quiet && options.format !== 'json') io.stderr.write('watching seeds/, data/, schemas/ and demine.config.json; press Ctrl-C to stop\n');
      first = false;
      // Once the line is out, the rebuild's garbage goes while nothing waits: the next starts from what is kept.
      if (queue.size === 0) collectGarbage();
    }
  } finally {
    clearTimeout(idle);
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await watcher.close();
    await flushing;
    await memory.flush().catch(() => undefined);
  }
  if (!global.quiet && options.format !== 'json') io.stderr.write('demine: stopped watching; the bundle is whole.\n');
  return EXIT.interrupted;
}
