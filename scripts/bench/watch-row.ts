/**
 * The benchmark's watched-rebuild row, also runnable alone to time it by hand on a copy of a
 * corpus: `tsx scripts/bench/watch-row.ts DIR [RUNS] [BIN]` starts `build --watch` on DIR, saves
 * one record (`data/figures/area-cleared-0.yaml`) RUNS times and prints each time from the
 * save to the rebuild line, the median and the watch's peak memory.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const REPO = path.resolve(import.meta.dirname, '../..');

export interface WatchRow {
  /** Seconds from each save to its rebuild line. */
  samples: number[];
  peakMb?: number;
}

/** Rewrites a file with one change on every call, back and forth, as an editor saving it would. */
export function toggler(file: string, change: (text: string) => string): () => void {
  const original = readFileSync(file, 'utf8');
  const changed = change(original);
  if (changed === original) throw new Error(`the benchmark's edit changes nothing in ${file}`);
  let flip = false;
  return () => {
    flip = !flip;
    writeFileSync(file, flip ? changed : original);
  };
}

/** The benchmark's one-record edit in a generated corpus. */
export function figureEdit(root: string): () => void {
  return toggler(path.join(root, 'data/figures/area-cleared-0.yaml'), (t) => t.replace('measure: land cleared since 2010', 'measure: land cleared since 2010 (revised)'));
}

/**
 * A watched rebuild after one edit: `build --watch --format json` runs; each sample saves the
 * file and waits for the rebuild's JSON line, printed once the bundle is written.
 */
export async function watchedRebuild(root: string, runs: number, edit: () => void, bin = path.join(REPO, 'lib/cli/bin.js')): Promise<WatchRow> {
  const child = spawn(process.execPath, [bin, 'build', '--watch', '--format', 'json', '--root', root], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: { at: bigint; text: string }[] = [];
  let rest = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString('utf8')).split('\n');
    rest = parts.pop()!;
    for (const text of parts) lines.push({ at: process.hrtime.bigint(), text });
  });
  const waitFor = async (n: number) => {
    const deadline = Date.now() + 300_000;
    while (lines.length < n) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error('the watched build did not answer');
      await new Promise((r) => setTimeout(r, 5));
    }
    return lines[n - 1]!;
  };
  await waitFor(1);
  await new Promise((r) => setTimeout(r, 500));
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    edit();
    const line = await waitFor(i + 2);
    if (!(JSON.parse(line.text) as { ok: boolean }).ok) throw new Error(`the watched rebuild failed: ${line.text}`);
    samples.push(Number(line.at - start) / 1e9);
    await new Promise((r) => setTimeout(r, 300));
  }
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
  child.kill('SIGINT');
  await new Promise((r) => child.once('exit', r));
  return { samples, ...(hwm ? { peakMb: Number(hwm[1]) / 1024 } : {}) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(process.argv[2] ?? '.');
  const runs = Number(process.argv[3] ?? 3);
  const edit = figureEdit(root);
  const row = await watchedRebuild(root, runs, edit, process.argv[4] ? path.resolve(process.argv[4]) : undefined);
  const sorted = [...row.samples].sort((a, b) => a - b);
  process.stdout.write(`${row.samples.map((s) => s.toFixed(3)).join(' ')} s; median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(3)} s; peak ${row.peakMb?.toFixed(0) ?? '?'} MB\n`);
  // An odd number of saves leaves the record edited: put it back.
  if (runs % 2) edit();
}
