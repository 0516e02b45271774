/**
 * The bundle as it stands on disk: every file with its `size:mtimeMs`, listed folder by folder
 * in path order and hashed as it is listed (the digest `digestStats` gives for the map). One
 * lstat per file is the cost a build with nothing changed cannot avoid (a file edited in place
 * changes no folder's time), so `startBundleScan` does it on a second thread while this one
 * looks at the inputs. This module and the worker load nothing but Node's own modules.
 */
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { digestStats, PathList, type PathListParts } from './path-digest.js';

/** The bundle's files with their `size:mtimeMs`; `plain` is false when anything but a regular file or a folder stands in it. */
export interface BundleScan {
  stats: Record<string, string>;
  plain: boolean;
}

/** What decides whether a build has anything to do: the digest of the scan (undefined: none could be made), and the number of files. */
export interface ScanSummary {
  digest: string | undefined;
  plain: boolean;
  files: number;
}

/** The scan as a list in path order. */
export interface SortedScan extends ScanSummary {
  list: PathList;
}

/**
 * Every file of the bundle with its size and modification time: one listing per folder and
 * one lstat per file. The listing's entry types say which are links (never followed) or
 * special files. Each folder's entries are taken in the order of their paths (a folder's as
 * `name/`), so the whole list comes out sorted without sorting it.
 */
export function scanSorted(out: string): SortedScan {
  const list = new PathList();
  let plain = true;
  const walk = (dir: string, prefix: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      plain = false;
      return;
    }
    const files: Dirent[] = [];
    const folders: [key: string, entry: Dirent][] = [];
    for (const entry of entries) {
      if (entry.isDirectory()) folders.push([`${entry.name}/`, entry]);
      else files.push(entry);
    }
    files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    folders.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    let f = 0;
    for (const [key, folder] of folders) {
      for (; f < files.length && files[f]!.name < key; f++) file(dir, prefix, files[f]!);
      walk(`${dir}${path.sep}${folder.name}`, `${prefix}${key}`);
    }
    for (; f < files.length; f++) file(dir, prefix, files[f]!);
  };
  const file = (dir: string, prefix: string, entry: Dirent) => {
    const info = entry.isFile() ? lstatSync(`${dir}${path.sep}${entry.name}`, { throwIfNoEntry: false }) : undefined;
    if (info?.isFile()) return list.addFile(`${prefix}${entry.name}`, info.size, info.mtimeMs);
    if (!entry.isFile()) plain = false;
    list.add(`${prefix}${entry.name}`, 'not-a-file');
  };
  walk(out, '');
  return { list, plain, files: list.length, digest: list.digest() };
}

/** The bundle's files with their stats, as a map (`scanSorted`, with its digest remembered for `digestStats`). */
export function scanBundle(out: string): BundleScan {
  const scan = scanSorted(out);
  return { stats: scan.list.record(), plain: scan.plain };
}

export function statOf(file: string): string {
  const info = lstatSync(file, { throwIfNoEntry: false });
  return info?.isFile() ? `${info.size}:${info.mtimeMs}` : 'not-a-file';
}

/** A bundle scan under way: its summary first, the whole scan only when asked for. */
export interface BundleScanJob {
  summary(): Promise<ScanSummary>;
  full(): Promise<BundleScan>;
  /** No longer needed: a worker still running is let go. */
  stop(): void;
}

/** The compiled worker; tests running the TypeScript sources use the compiled copy too. */
const WORKER = new URL('../../../../lib/pipeline/build/cache/bundle-scan-worker.js', import.meta.url);

/** What the worker sends: its summary, then (asked with `full`) the list. */
export type WorkerReply = ScanSummary | PathListParts;

/**
 * Starts scanning `out`: on a second thread when there is a second core (the caller meanwhile
 * does its own stat work), else here, when the summary is first asked for. A worker that
 * cannot start or fails is replaced by a scan on this thread.
 */
export function startBundleScan(out: string, threads = availableParallelism()): BundleScanJob {
  if (threads > 1) {
    try {
      return workerScan(out);
    } catch {
      // No worker here (no compiled copy, no threads): scan on this thread.
    }
  }
  return readyScan(() => scanBundle(out));
}

/** A job over a scan made (once) when first needed. */
export function readyScan(make: () => BundleScan): BundleScanJob {
  let scan: BundleScan | undefined;
  const full = () => (scan ??= make());
  return {
    summary: async () => {
      const { stats, plain } = full();
      return { digest: digestStats(stats), plain, files: Object.keys(stats).length };
    },
    full: async () => full(),
    stop: () => undefined,
  };
}

function workerScan(out: string): BundleScanJob {
  const worker = new Worker(WORKER, { workerData: { out } });
  const replies: WorkerReply[] = [];
  const waiting: ((reply: WorkerReply | undefined) => void)[] = [];
  let failed = false;
  const settle = (reply: WorkerReply | undefined) => {
    const next = waiting.shift();
    if (next) next(reply);
    else if (reply) replies.push(reply);
  };
  worker.on('message', (reply: WorkerReply) => settle(reply));
  const fail = () => {
    failed = true;
    while (waiting.length > 0) settle(undefined);
  };
  worker.on('error', fail);
  worker.on('exit', fail);
  const next = () => (replies.length > 0 ? Promise.resolve(replies.shift()) : failed ? Promise.resolve(undefined) : new Promise<WorkerReply | undefined>((resolve) => waiting.push(resolve)));
  const fallback = readyScan(() => scanBundle(out));
  let summary: Promise<ScanSummary> | undefined;
  let full: Promise<BundleScan> | undefined;
  const stop = () => {
    worker.removeAllListeners('exit');
    worker.postMessage('stop');
    worker.unref();
  };
  const getSummary = () =>
    (summary ??= next().then((reply) => (reply && 'files' in reply ? reply : fallback.summary())));
  return {
    summary: getSummary,
    full: () =>
      (full ??= getSummary().then(async (first) => {
        if (failed) return fallback.full();
        worker.postMessage('full');
        const reply = await next();
        stop();
        if (!reply || !('paths' in reply)) return fallback.full();
        return { stats: PathList.from(reply).record(), plain: first.plain };
      })),
    stop,
  };
}
