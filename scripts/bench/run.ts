/**
 * `npm run bench`: generates deterministic corpora at N = 1,000 and 10,000 documents and
 * times demine against ajv-cli and `node -e 0` in the same run, as medians of several runs,
 * with peak memory. Writes BENCHMARKS.md. Options: --sizes 1000,10000  --runs 3  --out FILE
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from './generate-corpus.js';
import { figureEdit, toggler, watchedRebuild } from './watch-row.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(REPO, 'lib/cli/bin.js');
const AJV = path.join(REPO, 'node_modules/.bin/ajv');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Sample {
  seconds: number;
  /** User plus system CPU time: steadier than wall time on a shared machine. */
  cpuSeconds?: number;
  peakMb?: number;
  code: number | null;
}

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

/** Runs a command once, timing it and reading its CPU time and peak resident memory. */
function measure(command: string, args: string[], cwd = REPO): Sample {
  const full = TIME ? [TIME, ['-f', '%U %S %M', command, ...args]] as const : [command, args] as const;
  const start = process.hrtime.bigint();
  const run = spawnSync(full[0], full[1] as string[], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const [user, sys, kb] = TIME ? (run.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) : [];
  const cpu = user !== undefined && sys !== undefined && Number.isFinite(user + sys) ? { cpuSeconds: user + sys } : {};
  return { seconds, code: run.status, ...cpu, ...(kb !== undefined && Number.isFinite(kb) ? { peakMb: kb / 1024 } : {}) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Row {
  what: string;
  seconds: number;
  cpuSeconds?: number;
  peakMb?: number;
  note?: string;
}

function summarise(samples: Sample[]): Omit<Row, 'what'> {
  const peaks = samples.map((s) => s.peakMb).filter((m): m is number => m !== undefined);
  const cpus = samples.map((s) => s.cpuSeconds).filter((c): c is number => c !== undefined);
  return { seconds: median(samples.map((s) => s.seconds)), ...(cpus.length ? { cpuSeconds: median(cpus) } : {}), ...(peaks.length ? { peakMb: Math.max(...peaks) } : {}) };
}

function repeat(runs: number, before: () => void, command: string, args: string[], expectCode = 0): Row & { samples: Sample[] } {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    before();
    const sample = measure(command, args);
    if (sample.code !== expectCode) throw new Error(`${command} ${args.join(' ')} exited ${sample.code}`);
    samples.push(sample);
  }
  return { what: '', ...summarise(samples), samples };
}

const noop = () => undefined;

/** Every file under `dir` with its size, for the floor: writing the same files with nothing else. */
function fileSizes(dir: string): [string, number][] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort().flatMap((rel) => {
    const info = statSync(path.join(dir, rel));
    return info.isFile() ? [[rel, info.size] as [string, number]] : [];
  });
}

interface SizeResult {
  rows: Row[];
  records: number;
  mb: number;
  ajvSeconds: number;
  floorSeconds: number;
  indexKb: number;
}

async function benchSize(n: number, runs: number, work: string): Promise<SizeResult> {
  const root = path.join(work, `corpus-${n}`);
  process.stderr.write(`generating ${n} documents…\n`);
  const stats = generateCorpus(root, n);
  // Its own schemas, as `demine init` makes, so that a schema can be edited.
  cpSync(path.join(REPO, 'schemas'), path.join(root, 'schemas'), { recursive: true });
  const mb = stats.bytes / 1024 / 1024;
  const clean = () => {
    rmSync(path.join(root, 'dist'), { recursive: true, force: true });
    rmSync(path.join(root, '.demine'), { recursive: true, force: true });
  };
  const rows: Row[] = [];
  const add = (what: string, row: Omit<Row, 'what'>, note?: string) => rows.push({ ...row, what, ...(note ? { note } : {}) });
  process.stderr.write(`timing N=${n}…\n`);

  const ajvArgs = (type: string, folder: string) => [
    'validate', '--spec=draft2020', '-s', path.join(REPO, `schemas/${type}.schema.json`), '-r', path.join(REPO, 'schemas/common.schema.json'),
    '-d', path.join(root, `data/${folder}/*.yaml`), '-c', path.join(REPO, 'scripts/bench/ajv-cli-formats.cjs'), '--all-errors', '--errors=no',
  ];
  const ajvRuns: number[] = [];
  let ajvPeak = 0;
  for (let i = 0; i < runs; i++) {
    let total = 0;
    for (const [type, folder] of [['actor', 'actors'], ['initiative', 'initiatives'], ['pillar', 'pillars'], ['figure', 'figures']] as const) {
      const sample = measure(AJV, ajvArgs(type, folder));
      if (sample.code !== 0) throw new Error(`ajv-cli failed on ${folder}`);
      total += sample.seconds;
      ajvPeak = Math.max(ajvPeak, sample.peakMb ?? 0);
    }
    ajvRuns.push(total);
  }
  const ajvSeconds = median(ajvRuns);
  add(`ajv-cli, the same ${stats.records} record files (4 runs, one per schema)`, { seconds: ajvSeconds, peakMb: ajvPeak });
  const build = [BIN, 'build', '--root', root, '--quiet'];
  add('demine validate (cold)', repeat(runs, noop, process.execPath, [BIN, 'validate', '--root', root, '--quiet']));
  const cold = repeat(runs, clean, process.execPath, build);
  add('demine build (cold: no dist/, no cache)', cold);

  // The floor: a bare loop that creates the same files with the same sizes, nothing else.
  const sizesFile = path.join(work, `sizes-${n}.json`);
  writeFileSync(sizesFile, JSON.stringify(fileSizes(path.join(root, 'dist'))));
  const floorDir = path.join(work, `floor-${n}`);
  const floor = repeat(runs, () => rmSync(floorDir, { recursive: true, force: true }), process.execPath, [path.join(REPO, 'scripts/bench/write-floor.mjs'), sizesFile, floorDir]);
  rmSync(floorDir, { recursive: true, force: true });
  add('floor: a bare loop writing the same files, same sizes', floor, `${fileSizes(path.join(root, 'dist')).length} files`);
  rows[rows.length - 2]!.note = `${(cold.seconds / floor.seconds).toFixed(2)} × the floor`;

  add('demine build (nothing changed)', repeat(runs, noop, process.execPath, build));
  const figure = figureEdit(root);
  add('demine build (one record changed)', repeat(runs, figure, process.execPath, build));
  if (runs % 2) figure();
  const seed = path.join(root, 'seeds', readdirSync(path.join(root, 'seeds')).sort()[0]!);
  const source = toggler(seed, (t) => t.replace(/^title: (.*)$/m, 'title: "A retitled document"'));
  add('demine build (one source document changed)', repeat(runs, source, process.execPath, build));
  if (runs % 2) source();
  const schema = toggler(path.join(root, 'schemas/figure.schema.json'), (t) => t.replace('{', '{\n  "$comment": "edited by the benchmark",'));
  add('demine build (one schema changed)', repeat(runs, schema, process.execPath, build));
  if (runs % 2) schema();
  measure(process.execPath, build);
  // At least three saves: the first after the watch starts on an up-to-date bundle renders in full
  // (it seeds the render the watch keeps), the later ones patch it; the note gives both.
  const saves = Math.max(runs, 3);
  const watched = await watchedRebuild(root, saves, figure);
  const [first, ...later] = watched.samples;
  const watchNote = `median of ${saves} saves; the first ${first!.toFixed(2)} s (renders in full, seeding what later saves patch), the later ones ${later.map((x) => x.toFixed(2)).join(', ')} s`;
  add('demine build --watch: from saving one record to the bundle written', { seconds: median(watched.samples), ...(watched.peakMb !== undefined ? { peakMb: watched.peakMb } : {}) }, watchNote);
  if (saves % 2) figure();

  // CI on a fresh clone: the committed bundle, no cache.
  const fresh = path.join(work, `fresh-${n}`);
  rmSync(fresh, { recursive: true, force: true });
  measure(process.execPath, build);
  for (const part of ['seeds', 'data', 'schemas', 'dist']) cpSync(path.join(root, part), path.join(fresh, part), { recursive: true });
  add('demine build --check (fresh copy, no cache)', repeat(runs, () => rmSync(path.join(fresh, '.demine'), { recursive: true, force: true }), process.execPath, [BIN, 'build', '--check', '--root', fresh, '--quiet']));
  rmSync(fresh, { recursive: true, force: true });
  const indexKb = statSync(path.join(root, 'dist/index.md')).size / 1024;

  const extractRoot = path.join(work, `extract-${n}`);
  rmSync(extractRoot, { recursive: true, force: true });
  cpSync(path.join(root, 'seeds'), path.join(extractRoot, 'seeds'), { recursive: true });
  const extract = repeat(runs, noop, process.execPath, [BIN, 'extract', '--root', extractRoot, '--dry-run', '--quiet']);
  add('demine extract --dry-run (all documents)', extract, `${(mb / extract.seconds).toFixed(1)} MB/s of document text (${mb.toFixed(1)} MB)`);
  return { rows, records: stats.records, mb, ajvSeconds, floorSeconds: floor.seconds, indexKb };
}

async function main(): Promise<void> {
  const sizes = arg('sizes', '1000,10000').split(',').map(Number);
  const runs = Number(arg('runs', '3'));
  const out = path.resolve(arg('out', path.join(REPO, 'BENCHMARKS.md')));
  const work = path.resolve(arg('work', path.join(os.tmpdir(), 'demine-bench')));
  if (!existsSync(BIN)) throw new Error('lib/cli/bin.js is missing: run `npm run compile` first');
  const startup = repeat(Math.max(runs, 10), noop, process.execPath, [BIN, '--help']);
  const node0 = repeat(Math.max(runs, 10), noop, process.execPath, ['-e', '0']);
  const sections: string[] = [];
  const summary: string[] = [];
  for (const n of sizes) {
    const { rows, records, ajvSeconds, indexKb } = await benchSize(n, runs, work);
    const table = [
      `### N = ${n.toLocaleString('en-US')} documents, ${records.toLocaleString('en-US')} records`,
      '',
      '| what | median s | median CPU s | ratio to ajv-cli | peak MB | note |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      ...rows.map((r) => `| ${r.what} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds?.toFixed(2) ?? '–'} | ${(r.seconds / ajvSeconds).toFixed(2)} | ${r.peakMb?.toFixed(0) ?? '–'} | ${r.note ?? ''} |`),
      '',
      `\`dist/index.md\`: ${indexKb.toFixed(0)} KB.`,
    ];
    sections.push(table.join('\n'));
    summary.push(`N=${n}: ${rows.map((r) => `${r.what.split(' (')[0]} ${r.seconds.toFixed(2)}s`).join('; ')}`);
  }
  const cpus = os.cpus();
  const ajvVersion = JSON.parse(readFileSync(path.join(REPO, 'node_modules/ajv-cli/package.json'), 'utf8')).version as string;
  const version = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version as string;
  const text = `# Benchmarks

Produced by \`npm run bench\` (\`tsx scripts/bench/run.ts --sizes ${sizes.join(',')} --runs ${runs}\`) in one run on one
machine; times are medians of ${runs} runs (start-up: of ${Math.max(runs, 10)}), wall clock and CPU (user + system),
peak memory the largest maximum resident set size seen. Absolute times drift on a shared machine: read the ratios
and the CPU column.

- machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, ${os.platform()} ${os.release()}
- versions: node ${process.version}, demine ${version}, ajv-cli ${ajvVersion}
- corpus: \`scripts/bench/generate-corpus.ts\` (deterministic; ≈5 records per document, all valid)

## Start-up

| what | median ms | ratio to \`node -e 0\` |
| --- | ---: | ---: |
| \`node -e 0\` | ${(node0.seconds * 1000).toFixed(0)} | 1.00 |
| \`demine --help\` | ${(startup.seconds * 1000).toFixed(0)} | ${(startup.seconds / node0.seconds).toFixed(2)} |

## Validate, build, extract

${sections.join('\n\n')}
`;
  writeFileSync(out, text + (existsSync(out) ? extraNotes(readFileSync(out, 'utf8')) : ''));
  process.stderr.write(`${summary.join('\n')}\nwrote ${path.relative(process.cwd(), out)}\n`);
}

/** Keeps the hand-written part of BENCHMARKS.md (from "## Notes" on) across runs. */
function extraNotes(previous: string): string {
  const at = previous.indexOf('\n## Notes');
  return at >= 0 ? previous.slice(at) : '';
}

await main();
