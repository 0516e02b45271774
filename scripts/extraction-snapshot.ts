/**
 * Proof that a change to the extraction engine leaves its output as it was: runs the engine
 * over every document it can find and writes one canonical JSON of all drafts, and the YAML
 * that `demine extract` would write for each, to compare with the same from another branch.
 *
 *   npx tsx scripts/extraction-snapshot.ts [--out snapshot.json] [--dir extra-folder]...
 *
 * Folders read (those that exist): seeds/, eval/<set>/seeds/, the seed folders of
 * test/fixtures, and beside the project ../shared/corpus/docs and ../shared/seeds. Each
 * document is extracted alone (`extractDocument`), each folder as one corpus and all the
 * documents together as one corpus (`extractCorpus`), and all of them concatenated as one
 * large document, so that state carried between sentences and documents is exercised too.
 * The output is the same bytes for the same engine output; diff two snapshots with `cmp`.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractCorpus, extractDocument, readSourceDocument, type DocumentInput } from '../src/extract/index.js';
import { recordToYaml } from '../src/records/write-record.js';
import type { AnyRecord, RecordType } from '../src/model/records.js';

function args(name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < process.argv.length; i++) if (process.argv[i] === name && process.argv[i + 1]) out.push(process.argv[i + 1]!);
  return out;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function seedFolders(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const p = path.join(dir, entry);
      if (!isDir(p)) continue;
      if (entry === 'seeds') found.push(p);
      else walk(p);
    }
  };
  if (isDir(root)) walk(root);
  return found;
}

function documentsIn(dir: string, label: string): DocumentInput[] {
  const files = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f) && !isDir(path.join(dir, f))).sort();
  return files.map((f) => readSourceDocument(`${label}/${f}`, readFileSync(path.join(dir, f), 'utf8')));
}

/** JSON with keys sorted at every level: the same value gives the same text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = canonical((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

const TYPES: RecordType[] = ['initiative', 'pillar', 'actor', 'figure'];

function withYaml(extraction: Record<RecordType, AnyRecord[]>): unknown {
  const out: Record<string, unknown> = {};
  for (const type of TYPES) out[type] = (extraction[type] ?? []).map((record) => ({ record: canonical(record), yaml: recordToYaml(type, record) }));
  return out;
}

function main(): void {
  // a hostile fixture's front matter makes the yaml library warn; the snapshot records what the engine makes of it
  process.removeAllListeners('warning');
  const root = process.cwd();
  const folders = [
    path.join(root, 'seeds'),
    ...seedFolders(path.join(root, 'eval')),
    ...seedFolders(path.join(root, 'test', 'fixtures')),
    path.resolve(root, '..', 'shared', 'corpus', 'docs'),
    path.resolve(root, '..', 'shared', 'seeds'),
    ...args('--dir').map((d) => path.resolve(d)),
  ].filter(isDir);
  const corpora: { label: string; docs: DocumentInput[] }[] = folders.map((dir) => {
    const label = path.relative(path.resolve(root, '..'), dir).split(path.sep).join('/');
    return { label, docs: documentsIn(dir, label) };
  });
  const all = corpora.flatMap((c) => c.docs);
  const snapshot: Record<string, unknown> = {};
  for (const doc of all) snapshot[`document ${doc.id}`] = withYaml(extractDocument(doc) as unknown as Record<RecordType, AnyRecord[]>);
  for (const c of corpora) snapshot[`corpus ${c.label}`] = withYaml(extractCorpus(c.docs) as unknown as Record<RecordType, AnyRecord[]>);
  snapshot['corpus (all)'] = withYaml(extractCorpus(all) as unknown as Record<RecordType, AnyRecord[]>);
  const big = all.map((d) => d.text.slice(d.bodyOffset)).join('\n\n');
  snapshot['one document (all concatenated)'] = withYaml(extractDocument({ id: 'all-concatenated', text: big, bodyOffset: 0 }) as unknown as Record<RecordType, AnyRecord[]>);
  const text = `${JSON.stringify(snapshot, null, 1)}\n`;
  const out = args('--out')[0];
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
  process.stderr.write(`extraction-snapshot: ${all.length} documents in ${corpora.length} folders, ${text.length} characters\n`);
}

main();
