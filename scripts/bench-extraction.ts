/**
 * Measures extraction throughput on a synthetic corpus: the seed documents (and the
 * evaluation corpus, when present) concatenated until the target size is reached.
 *
 *   npx tsx scripts/bench-extraction.ts [--root <dir>] [--mb 4] [--runs 5] [--distinct]
 *
 * Prints MB/s for one large document (`extractDocument`) and for many documents resolved
 * together (`extractCorpus`): the first (cold) run, and the median and best of the warm
 * runs. Throughput is text size over process CPU time, so a busy machine does not count
 * against it; wall time is shown too. Timing is measured here, never asserted by tests.
 *
 * The synthetic corpus repeats a few texts, so whatever the engine remembers between
 * documents is found again after the first few. `--distinct` also times one corpus of
 * distinct texts, each read once per run and in place: the shared corpus documents
 * (`../shared/corpus/docs`), the shared seeds (`../shared/seeds`) and the repository's
 * `seeds/` and `eval/<set>/seeds/`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractCorpus, extractDocument, readSourceDocument } from '../src/extract/index.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function bodies(dir: string): Promise<string[]> {
  let files: string[] = [];
  try {
    files = (await readdir(dir)).filter((f) => /\.(md|txt)$/.test(f)).sort();
  } catch {
    return [];
  }
  return Promise.all(files.map(async (f) => {
    const doc = readSourceDocument(f, await readFile(path.join(dir, f), 'utf8'));
    return doc.text.slice(doc.bodyOffset);
  }));
}

async function distinctTexts(root: string): Promise<string[]> {
  let sets: string[] = [];
  try {
    sets = (await readdir(path.join(root, 'eval'))).sort();
  } catch {
    sets = [];
  }
  const dirs = [
    path.resolve(root, '..', 'shared', 'corpus', 'docs'),
    path.resolve(root, '..', 'shared', 'seeds'),
    path.join(root, 'seeds'),
    ...sets.map((s) => path.join(root, 'eval', s, 'seeds')),
  ];
  const texts = (await Promise.all(dirs.map(bodies))).flat();
  return [...new Set(texts)];
}

async function main(): Promise<void> {
  const root = path.resolve(arg('--root', '.'));
  const target = Number(arg('--mb', '4')) * 1e6;
  const runs = Number(arg('--runs', '5'));
  const texts = [...(await bodies(path.join(root, 'seeds'))), ...(await bodies(path.join(root, 'eval', 'corpus', 'seeds')))];
  if (texts.length === 0) throw new Error(`no documents under ${root}/seeds`);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    size += t.length + 2;
  }
  const big = parts.join('\n\n');
  const docs = parts.map((text, i) => ({ id: `doc-${String(i).padStart(5, '0')}`, text, bodyOffset: 0 }));
  const mb = big.length / 1e6;

  interface Timing { cold: number; median: number; best: number; wall: number }
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  const time = (fn: () => unknown, coldRun?: number): Timing => {
    const run = (): { cpu: number; wall: number } => {
      const c0 = cpu();
      const t0 = performance.now();
      fn();
      return { cpu: cpu() - c0, wall: (performance.now() - t0) / 1000 };
    };
    const cold = coldRun === undefined ? run() : { cpu: coldRun };
    const warm = Array.from({ length: runs }, run).sort((a, b) => a.cpu - b.cpu);
    return { cold: cold.cpu, median: warm[Math.floor(warm.length / 2)]!.cpu, best: warm[0]!.cpu, wall: warm[Math.floor(warm.length / 2)]!.wall };
  };
  // The distinct texts' cold run comes first, as in a fresh process (nothing compiled, nothing
  // remembered); their warm runs come last, once the synthetic corpus has warmed the engine.
  const distinctSet = process.argv.includes('--distinct') ? await distinctTexts(root) : [];
  const set = distinctSet.map((text, i) => ({ id: `distinct-${String(i).padStart(3, '0')}`, text, bodyOffset: 0 }));
  const c0 = cpu();
  if (set.length > 0) extractCorpus(set);
  const distinctCold = cpu() - c0;
  let records = 0;
  const many = time(() => extractCorpus(docs));
  const one = time(() => {
    const out = extractDocument({ id: 'big', text: big, bodyOffset: 0 });
    records = out.actor.length + out.initiative.length + out.figure.length + out.pillar.length;
  });
  let distinct = '';
  if (set.length > 0) {
    const texts = distinctSet;
    const size = texts.reduce((n, t) => n + t.length, 0) / 1e6;
    const t = time(() => extractCorpus(set), distinctCold);
    distinct =
      `distinct texts: ${size.toFixed(2)} MB (${texts.length} documents, each once a run)\n` +
      `extractCorpus (distinct): cold ${(size / t.cold).toFixed(2)} MB/s (first run in the process); warm median ${(size / t.median).toFixed(2)} MB/s (${t.median.toFixed(3)} s CPU), best ${(size / t.best).toFixed(2)} MB/s\n`;
  }
  const line = (label: string, t: Timing): string =>
    `${label}: cold ${(mb / t.cold).toFixed(2)} MB/s; warm median ${(mb / t.median).toFixed(2)} MB/s (${t.median.toFixed(2)} s CPU, ${t.wall.toFixed(2)} s wall), best ${(mb / t.best).toFixed(2)} MB/s\n`;
  process.stdout.write(
    `synthetic corpus: ${mb.toFixed(2)} MB of text (${docs.length} documents from ${texts.length} sources), ${runs} warm runs\n` +
      line(`extractCorpus (${docs.length} documents)`, many) +
      line('extractDocument (one document)', one) +
      `(${records} records from the single document)\n` +
      distinct,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-extraction: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
