/**
 * How well figures say what they count: matches the engine's figures with hand-annotated ones
 * (same document, unit and value, as `../shared/corpus/score.mjs` matches them) and reports the
 * share whose `measure` carries a keyword of the annotation, and the share sharing a content word
 * with the annotation's `measure`. The corpus scorer counts a figure right by value alone.
 *
 *   npx tsx scripts/score-figure-measures.ts --docs DIR --gold DIR [--list]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { extractCorpus, readSourceDocument } from '../src/extract/index.js';

interface GoldFigure { value?: number | null; min?: number | null; max?: number | null; unit: string; measure?: string; keywords?: string[]; doc: string }

const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const docsDir = arg('docs');
const goldDir = arg('gold');
if (!docsDir || !goldDir) {
  console.error('usage: score-figure-measures.ts --docs DIR --gold DIR [--list]');
  process.exit(2);
}

const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
const STOP = new Set(['of', 'for', 'the', 'on', 'to', 'in', 'and', 'a', 'an', 'with', 'its', 'by', 'from', 'at', 'as']);
const words = (s: string) => new Set(norm(s).split(' ').filter((w) => w && !STOP.has(w)).map((w) => w.replace(/(?:ies|es|s)$/, '')));
const unitClass = (u: string) => {
  const s = norm(u).replace(/ /g, '');
  if (/^(km2|sqkm|km)$/.test(s)) return 'km2';
  if (/^years?$/.test(s)) return 'year';
  if (/^(count|items?|number|people|persons?|)$/.test(s)) return 'count';
  return s.toUpperCase() === s ? s : s;
};
const unitOk = (g: string, r: string) => unitClass(g) === unitClass(r) || (unitClass(g) === 'count' && !['km2', 'EUR', 'USD', 'JPY', 'year', 'percent'].includes(unitClass(r)));
const close = (a: number | null | undefined, b: number | null | undefined) => a != null && b != null && Math.abs(a - b) <= Math.max(1e-9, Math.abs(a) * 0.005);

const files = readdirSync(docsDir).filter((f) => /\.(md|txt)$/.test(f)).sort();
const docs = files.map((f) => readSourceDocument(f.replace(/\.(md|txt)$/, ''), readFileSync(path.join(docsDir, f), 'utf8')));
const gold: GoldFigure[] = [];
for (const f of readdirSync(goldDir).filter((n) => n.endsWith('.yaml')).sort()) {
  const g = parse(readFileSync(path.join(goldDir, f), 'utf8')) as { doc: string; figures?: GoldFigure[] };
  for (const x of g.figures ?? []) gold.push({ ...x, doc: path.parse(g.doc).name });
}
const figures = extractCorpus(docs).figure;
const used = new Set<number>();
let matched = 0;
let keyword = 0;
let overlap = 0;
const list: string[] = [];
for (const g of gold) {
  const i = figures.findIndex((r, k) => {
    if (used.has(k) || !r.sources.some((s) => s.source === g.doc) || !unitOk(g.unit, r.unit)) return false;
    return g.value != null ? close(g.value, r.value) : close(g.min, r.min) && close(g.max, r.max);
  });
  if (i < 0) continue;
  used.add(i);
  matched++;
  const measure = figures[i]!.measure ?? '';
  const ours = words(measure);
  const kw = (g.keywords ?? []).some((k) => norm(measure).includes(norm(String(k))));
  const shared = [...words(String(g.measure ?? ''))].some((w) => ours.has(w));
  if (kw) keyword++;
  if (shared) overlap++;
  if (!shared) list.push(`  ${g.doc}: ${g.value ?? `${g.min}-${g.max}`} ${g.unit}: ours "${measure}" | gold "${g.measure ?? ''}"`);
}
const pct = (n: number) => `${((100 * n) / Math.max(1, matched)).toFixed(0)}%`;
console.log(`figures matched: ${matched} of ${gold.length} annotated`);
console.log(`measure carries an annotation keyword: ${keyword} (${pct(keyword)})`);
console.log(`measure shares a content word with the annotation's: ${overlap} (${pct(overlap)})`);
if (process.argv.includes('--list')) console.log(list.join('\n'));
