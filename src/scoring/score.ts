/**
 * Scoring drafts against reviewed records of the same documents: precision and recall
 * per type. Actors and initiatives match by any name or alias (variant-normalised);
 * figures by value (or min/max) and unit, in a shared source document; pillars by
 * initiative (matched by name or alias) and position.
 */
import type { Actor, Figure, Initiative, Pillar, RecordType } from '../model/records.js';
import { nameKey, personKey } from '../extract/text/names.js';
import { initiativeKey } from '../extract/initiatives/initiatives.js';

export interface RecordsForScoring {
  initiative?: readonly Initiative[];
  pillar?: readonly Pillar[];
  actor?: readonly Actor[];
  figure?: readonly Figure[];
}

export interface ScoreRow {
  type: RecordType;
  /** Reviewed records. */
  gold: number;
  /** Drafts (less those matching only records under review, see `neutral`). */
  extracted: number;
  /** Reviewed records matched by at least one draft. */
  matchedGold: number;
  /** Drafts matching at least one reviewed record. */
  matchedExtracted: number;
  precision: number;
  recall: number;
  /** Reviewed records matched by more than one draft: one thing the engine split in two. */
  split: number;
}

export interface ScoreReport {
  rows: ScoreRow[];
  /** For each type, the names of unmatched reviewed records and unmatched drafts. */
  misses: Record<RecordType, { missed: string[]; spurious: string[] }>;
}

type Named = { name: string; aliases?: string[] | undefined };

function actorMatchKeys(a: Named): string[] {
  const keys = new Set<string>();
  for (const n of [a.name, ...(a.aliases ?? [])]) {
    const k = nameKey(n.replace(/^(?:mr|ms|mrs|dr|h\.?e\.?)\.?\s+/i, ''));
    if (k) keys.add(k);
    const p = personKey(n.replace(/^(?:mr|ms|mrs|dr|h\.?e\.?)\.?\s+/i, ''));
    if (p) keys.add(`p:${p}`);
  }
  return [...keys];
}

function initiativeMatchKeys(i: Named): string[] {
  return [...new Set([i.name, ...(i.aliases ?? [])].map((n) => initiativeKey(n)))];
}

function num(x: number | undefined): string {
  return x === undefined ? '' : String(Number(x.toPrecision(10)));
}

function figureKeys(f: Figure): string[] {
  const amount = `${f.unit}|${num(f.value)}|${num(f.min)}|${num(f.max)}`;
  return [...new Set(f.sources.map((s) => `${amount}|${s.source}`))];
}

interface Matching {
  matchedGold: Set<number>;
  matchedExtracted: Set<number>;
  /** Gold index → how many drafts match it. */
  hits: Map<number, number>;
}

function match<G, E>(gold: readonly G[], extracted: readonly E[], goldKeys: (g: G) => string[], extractedKeys: (e: E) => string[]): Matching {
  const index = new Map<string, number[]>();
  gold.forEach((g, i) => {
    for (const k of goldKeys(g)) {
      const list = index.get(k) ?? [];
      list.push(i);
      index.set(k, list);
    }
  });
  const matchedGold = new Set<number>();
  const matchedExtracted = new Set<number>();
  const hits = new Map<number, number>();
  extracted.forEach((e, j) => {
    const mine = new Set<number>();
    for (const k of extractedKeys(e)) {
      const found = index.get(k);
      if (!found) continue;
      matchedExtracted.add(j);
      for (const i of found) mine.add(i);
    }
    for (const i of mine) {
      matchedGold.add(i);
      hits.set(i, (hits.get(i) ?? 0) + 1);
    }
  });
  return { matchedGold, matchedExtracted, hits };
}

function row(type: RecordType, gold: number, extracted: number, m: Matching): ScoreRow {
  return {
    type,
    gold,
    extracted,
    matchedGold: m.matchedGold.size,
    matchedExtracted: m.matchedExtracted.size,
    precision: extracted === 0 ? (gold === 0 ? 1 : 0) : m.matchedExtracted.size / extracted,
    recall: gold === 0 ? 1 : m.matchedGold.size / gold,
    split: [...m.hits.values()].filter((n) => n > 1).length,
  };
}

function pillarKeys(pillars: RecordsForScoring): (p: Pillar) => string[] {
  const byId = new Map((pillars.initiative ?? []).map((i) => [`initiative:${i.id}`, i]));
  return (p) => {
    const initiative = byId.get(p.initiative);
    if (!initiative) return [];
    return initiativeMatchKeys(initiative).map((k) => `${k}|${p.order}`);
  };
}

function unmatched<T>(list: readonly T[], matched: Set<number>, label: (t: T) => string): string[] {
  return list.flatMap((t, i) => (matched.has(i) ? [] : [label(t)]));
}

function figureLabel(f: Figure): string {
  const amount = f.value !== undefined ? String(f.value) : `${f.min ?? ''}..${f.max ?? ''}`;
  return `${amount} ${f.unit} (${f.text}) [${f.sources.map((s) => s.source.slice(0, 3)).join(',')}]`;
}

/**
 * Precision and recall of `extracted` drafts against `gold` reviewed records, per type.
 * Drafts that match only a `neutral` record (one still under review in the gold data) are
 * left out of both counts: the curators have not decided on them yet.
 */
export function scoreExtraction(all: RecordsForScoring, gold: RecordsForScoring, neutral: RecordsForScoring = {}): ScoreReport {
  const extracted = withoutNeutral(all, gold, neutral);
  const ea = extracted.actor ?? [];
  const ga = gold.actor ?? [];
  const ei = extracted.initiative ?? [];
  const gi = gold.initiative ?? [];
  const ef = extracted.figure ?? [];
  const gf = gold.figure ?? [];
  const ep = extracted.pillar ?? [];
  const gp = gold.pillar ?? [];
  const actors = match(ga, ea, actorMatchKeys, actorMatchKeys);
  const initiatives = match(gi, ei, initiativeMatchKeys, initiativeMatchKeys);
  const figures = match(gf, ef, figureKeys, figureKeys);
  const pillars = match(gp, ep, pillarKeys(gold), pillarKeys(extracted));
  const initiativeName = (list: RecordsForScoring) => (p: Pillar): string => {
    const i = (list.initiative ?? []).find((x) => `initiative:${x.id}` === p.initiative);
    return `${i?.name ?? p.initiative} #${p.order}: ${p.title}`;
  };
  return {
    rows: [
      row('actor', ga.length, ea.length, actors),
      row('initiative', gi.length, ei.length, initiatives),
      row('figure', gf.length, ef.length, figures),
      row('pillar', gp.length, ep.length, pillars),
    ],
    misses: {
      actor: { missed: unmatched(ga, actors.matchedGold, (a) => a.name), spurious: unmatched(ea, actors.matchedExtracted, (a) => a.name) },
      initiative: { missed: unmatched(gi, initiatives.matchedGold, (i) => i.name), spurious: unmatched(ei, initiatives.matchedExtracted, (i) => i.name) },
      figure: { missed: unmatched(gf, figures.matchedGold, figureLabel), spurious: unmatched(ef, figures.matchedExtracted, figureLabel) },
      pillar: { missed: unmatched(gp, pillars.matchedGold, initiativeName(gold)), spurious: unmatched(ep, pillars.matchedExtracted, initiativeName(extracted)) },
    },
  };
}

function withoutNeutral(all: RecordsForScoring, gold: RecordsForScoring, neutral: RecordsForScoring): RecordsForScoring {
  const keep = <T>(drafts: readonly T[], g: readonly T[], n: readonly T[], keys: (x: T) => string[]): T[] => {
    if (n.length === 0) return [...drafts];
    const matchesGold = match(g, drafts, keys, keys).matchedExtracted;
    const matchesNeutral = match(n, drafts, keys, keys).matchedExtracted;
    return drafts.filter((_d, i) => matchesGold.has(i) || !matchesNeutral.has(i));
  };
  const goldInitiatives = [...(gold.initiative ?? []), ...(neutral.initiative ?? [])];
  const pk = pillarKeys({ initiative: goldInitiatives });
  const pkDraft = pillarKeys(all);
  const pillarsAll = all.pillar ?? [];
  const pillarGold = match(gold.pillar ?? [], pillarsAll, pk, pkDraft).matchedExtracted;
  const pillarNeutral = match(neutral.pillar ?? [], pillarsAll, pk, pkDraft).matchedExtracted;
  return {
    initiative: keep(all.initiative ?? [], gold.initiative ?? [], neutral.initiative ?? [], initiativeMatchKeys),
    actor: keep(all.actor ?? [], gold.actor ?? [], neutral.actor ?? [], actorMatchKeys),
    figure: keep(all.figure ?? [], gold.figure ?? [], neutral.figure ?? [], figureKeys),
    pillar: pillarsAll.filter((_p, i) => pillarGold.has(i) || !pillarNeutral.has(i)),
  };
}

function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** The report as a Markdown table. */
export function formatScoreTable(report: ScoreReport): string {
  const lines = [
    '| type | reviewed | drafts | matched reviewed | matched drafts | precision | recall | split |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of report.rows) {
    lines.push(`| ${r.type} | ${r.gold} | ${r.extracted} | ${r.matchedGold} | ${r.matchedExtracted} | ${percent(r.precision)} | ${percent(r.recall)} | ${r.split} |`);
  }
  lines.push('', '`split`: reviewed records matched by more than one draft (one thing extracted as several records).');
  return lines.join('\n');
}
