/**
 * Scores the extraction engine against reviewed records.
 *
 *   npx tsx scripts/score-extraction.ts --root <dir> [--json] [--misses]
 *
 * Reads `<root>/seeds/*.md|*.txt` and `<root>/data/<type>/*.yaml`, extracts drafts from the
 * documents alone, and prints precision and recall per type as a Markdown table. Records
 * with `status: reviewed` are the answer key; drafts that match only records still in
 * `draft` status there are counted neither right nor wrong.
 * `--misses` also lists unmatched reviewed records and drafts.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { extractCorpus, readSourceDocument } from '../src/extract/index.js';
import { formatScoreTable, scoreExtraction } from '../src/scoring/score.js';
import type { RecordsForScoring } from '../src/scoring/score.js';

const FOLDERS = { initiative: 'initiatives', pillar: 'pillars', actor: 'actors', figure: 'figures' } as const;

async function list(dir: string, ext: RegExp): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => ext.test(f)).sort();
  } catch {
    return [];
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--root');
  const root = path.resolve(at >= 0 && args[at + 1] ? args[at + 1]! : '.');
  const seedsDir = path.join(root, 'seeds');
  const docs = await Promise.all(
    (await list(seedsDir, /\.(md|txt)$/)).map(async (f) => readSourceDocument(f.replace(/\.(md|txt)$/, ''), await readFile(path.join(seedsDir, f), 'utf8'))),
  );
  const gold: RecordsForScoring = {};
  const neutral: RecordsForScoring = {};
  for (const [type, folder] of Object.entries(FOLDERS) as [keyof typeof FOLDERS, string][]) {
    const dir = path.join(root, 'data', folder);
    const records = await Promise.all((await list(dir, /\.ya?ml$/)).map(async (f) => parse(await readFile(path.join(dir, f), 'utf8')) as never));
    const valid = records.filter((r) => r && typeof r === 'object');
    (gold as Record<string, unknown[]>)[type] = valid.filter((r) => (r as { status?: string }).status === 'reviewed');
    (neutral as Record<string, unknown[]>)[type] = valid.filter((r) => (r as { status?: string }).status !== 'reviewed');
  }
  const drafts = extractCorpus(docs);
  const report = scoreExtraction(drafts, gold, neutral);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ root, documents: docs.length, ...report }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`Extraction scored on ${docs.length} documents in ${path.relative(process.cwd(), root) || '.'}\n\n${formatScoreTable(report)}\n`);
  if (args.includes('--misses')) {
    for (const [type, m] of Object.entries(report.misses)) {
      process.stdout.write(`\n## ${type}\nmissed (reviewed, not extracted):\n${m.missed.map((x) => `  - ${x}`).join('\n') || '  (none)'}\nspurious (extracted, not reviewed):\n${m.spurious.map((x) => `  - ${x}`).join('\n') || '  (none)'}\n`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`score-extraction: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
