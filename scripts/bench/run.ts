/**
 * `npm run bench`: generates deterministic corpora at N = 1,000 and 10,000 documents and
 * times demine against ajv-cli and `node -e 0` in the same run, as medians of several runs,
 * with peak memory. Writes BENCHMARKS.md. Options: --sizes 1000,10000  --runs 3  --out FILE
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from './generate-corpus.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(REPO, 'lib/cli/bin.js');
const AJV = path.join(REPO, 'node_modules/.bin/ajv');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Sample {
  seconds: number;
  peakMb?: number;
  code: number | null;
}

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

/** Runs a command once, timing it and reading its peak resident memory. */
function measure(command: string, args: string[], cwd = REPO): Sample {
  const full = TIME ? [TIME, ['-f', '%M', command, ...args]] as const : [command, args] as const;
  const start = process.hrtime.bigint();
  const run = spawnSync(full[0], full[1] as string[], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const kb = TIME ? Number(run.stderr.trim().split('\n').pop()) : NaN;
  return { seconds, code: run.status, ...(Number.isFinite(kb) ? { peakMb: kb / 1024 } : {}) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Row {
  what: string;
  seconds: number;
  peakMb?: number;
  note?: string;
}

function repeat(runs: number, before: () => void, command: string, args: string[], expectCode = 0): Row & { samples: Sample[] } {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    before();
    const sample = measure(command, args);
    if (sample.code !== expectCode) throw new Error(`${command} ${args.join(' ')} exited ${sample.code}`);
    samples.push(sample);
  }
  const peaks = samples.map((s) => s.peakMb).filter((m): m is number => m !== undefined);
  return { what: '', seconds: median(samples.map((s) => s.seconds)), ...(peaks.length ? { peakMb: Math.max(...peaks) } : {}), samples };
}

const noop = () => undefined;

function benchSize(n: number, runs: number, work: string): { rows: Row[]; records: number; mb: number; ajvSeconds: number } {
  const root = path.join(work, `corpus-${n}`);
  process.stderr.write(`generating ${n} documents…\n`);
  const stats = generateCorpus(root, n);
  const mb = stats.bytes / 1024 / 1024;
  const clean = () => {
    rmSync(path.join(root, 'dist'), { recursive: true, force: true });
    rmSync(path.join(root, '.demine'), { recursive: true, force: true });
  };
  const rows: Row[] = [];
  const add = (what: string, row: Row) => rows.push({ ...row, what });
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
  add(`ajv-cli, the same ${stats.records} record files (4 runs, one per schema)`, { seconds: ajvSeconds, peakMb: ajvPeak, what: '' });
  add('demine validate (cold)', repeat(runs, noop, process.execPath, [BIN, 'validate', '--root', root, '--quiet']));
  add('demine build (cold: no dist/, no cache)', repeat(runs, clean, process.execPath, [BIN, 'build', '--root', root, '--quiet']));
  add('demine build (nothing changed)', repeat(runs, noop, process.execPath, [BIN, 'build', '--root', root, '--quiet']));
  const figure = path.join(root, 'data/figures/area-cleared-0.yaml');
  const original = readFileSync(figure, 'utf8');
  let flip = false;
  const changeOne = () => {
    flip = !flip;
    writeFileSync(figure, flip ? original.replace('measure: land cleared since 2010', 'measure: land cleared since 2010 (revised)') : original);
  };
  add('demine build (one record changed)', repeat(runs, changeOne, process.execPath, [BIN, 'build', '--root', root, '--quiet']));
  writeFileSync(figure, original);
  const extractRoot = path.join(work, `extract-${n}`);
  rmSync(extractRoot, { recursive: true, force: true });
  cpSync(path.join(root, 'seeds'), path.join(extractRoot, 'seeds'), { recursive: true });
  const extract = repeat(runs, noop, process.execPath, [BIN, 'extract', '--root', extractRoot, '--dry-run', '--quiet']);
  add('demine extract --dry-run (all documents)', { ...extract, note: `${(mb / extract.seconds).toFixed(1)} MB/s of document text (${mb.toFixed(1)} MB)` });
  return { rows, records: stats.records, mb, ajvSeconds };
}

function main(): void {
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
    const { rows, records, ajvSeconds } = benchSize(n, runs, work);
    const table = [
      `### N = ${n.toLocaleString('en-US')} documents, ${records.toLocaleString('en-US')} records`,
      '',
      '| what | median s | ratio to ajv-cli | peak MB | note |',
      '| --- | ---: | ---: | ---: | --- |',
      ...rows.map((r) => `| ${r.what} | ${r.seconds.toFixed(2)} | ${(r.seconds / ajvSeconds).toFixed(2)} | ${r.peakMb?.toFixed(0) ?? '–'} | ${r.note ?? ''} |`),
    ];
    sections.push(table.join('\n'));
    summary.push(`N=${n}: ${rows.map((r) => `${r.what.split(' (')[0]} ${r.seconds.toFixed(2)}s`).join('; ')}`);
  }
  const cpus = os.cpus();
  const ajvVersion = JSON.parse(readFileSync(path.join(REPO, 'node_modules/ajv-cli/package.json'), 'utf8')).version as string;
  const version = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version as string;
  const text = `# Benchmarks

Produced by \`npm run bench\` (\`tsx scripts/bench/run.ts --sizes ${sizes.join(',')} --runs ${runs}\`) in one run on one
machine; times are medians of ${runs} runs (start-up: of ${Math.max(runs, 10)}), peak memory the largest maximum
resident set size seen. Absolute times drift on a shared machine: read the ratios.

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

main();
