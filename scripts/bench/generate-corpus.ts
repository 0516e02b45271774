/**
 * A deterministic synthetic knowledge base shaped like real data: N documents with front
 * matter (3–5 KB each) and about five valid records per document (an actor, an initiative,
 * two pillars, a figure), every quote present in its document, every reference resolving.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { recordToYaml } from '../../src/records/write-record.js';
import type { Actor, Figure, Initiative, Pillar } from '../../src/model/records.js';

const COUNTRIES = ['Angola', 'Cambodia', 'Laos', 'Ukraine', 'Bosnia and Herzegovina', 'Colombia', 'Iraq', 'Sri Lanka', 'Zimbabwe', 'Vietnam'];
const ORGS = ['Mine Action Centre', 'Demining Authority', 'Clearance Agency', 'Victim Assistance Office', 'Survey Directorate'];
const VERBS = ['announced', 'launched', 'expanded', 'reviewed', 'funded'];
const FILLER = [
  'Survey teams worked through the dry season to mark suspected hazardous areas near villages and farmland.',
  'Local authorities said the cleared land would be returned to farming families before the next planting season.',
  'Mine risk education sessions reached schools, markets and health centres in the affected districts.',
  'Donors stressed the need for predictable funding and for the participation of women in clearance teams.',
  'The operators reported no accidents during the period and praised the cooperation of the provincial police.',
  'New detection equipment was tested on the ground, and the results were shared with partners in the region.',
];

/** A small fast PRNG so the corpus is the same on every machine. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusStats {
  documents: number;
  records: number;
  bytes: number;
}

export function generateCorpus(root: string, n: number, seed = 1): CorpusStats {
  rmSync(root, { recursive: true, force: true });
  for (const dir of ['seeds', 'data/actors', 'data/initiatives', 'data/pillars', 'data/figures']) mkdirSync(path.join(root, dir), { recursive: true });
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let records = 0;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const id = `doc-${String(i).padStart(6, '0')}`;
    const country = pick(COUNTRIES);
    const orgName = `${country} ${pick(ORGS)} ${i}`;
    const initiativeName = `${country} Clearance Programme ${i}`;
    const area = 100 + Math.floor(random() * 9000);
    const first = `The ${orgName} ${pick(VERBS)} the ${initiativeName} on ${1 + (i % 28)} March 2024.`;
    const pillarsSentence = `The programme has two pillars: survey of suspected hazardous areas in district ${i}, and clearance of confirmed minefields in district ${i}.`;
    const figureSentence = `Since 2010 the ${orgName} has cleared more than ${area.toLocaleString('en-US')} square kilometres of land.`;
    const body: string[] = [`${initiativeName} moves ahead`, '', first, '', pillarsSentence, ''];
    const target = 3000 + Math.floor(random() * 2000);
    while (body.join('\n').length < target) body.push(pick(FILLER), '');
    body.splice(body.length - 2, 0, figureSentence, '');
    const doc = `---\ntitle: ${initiativeName} moves ahead\ndate: 2024-03-${String(1 + (i % 28)).padStart(2, '0')}\nkind: news\nlanguage: en\n---\n${body.join('\n')}\n`;
    writeFileSync(path.join(root, 'seeds', `${id}.md`), doc);
    bytes += doc.length;
    const actorId = `org-${i}`;
    const initiativeId = `programme-${i}`;
    const actor: Actor = { id: actorId, name: orgName, kind: 'organisation', status: 'reviewed', sources: [{ source: id, quote: first }] };
    const initiative: Initiative = {
      id: initiativeId, name: initiativeName, kind: 'programme', leads: [`actor:${actorId}`], announced: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`,
      status: 'reviewed', sources: [{ source: id, quote: first }],
    };
    const pillars: Pillar[] = [1, 2].map((order) => ({
      id: `${initiativeId}-${order}`, initiative: `initiative:${initiativeId}`, order, term: 'pillar',
      title: order === 1 ? 'Survey' : 'Clearance',
      text: order === 1 ? `survey of suspected hazardous areas in district ${i}` : `clearance of confirmed minefields in district ${i}`,
      status: 'reviewed', sources: [{ source: id, quote: order === 1 ? `survey of suspected hazardous areas in district ${i}` : `clearance of confirmed minefields in district ${i}` }],
    }));
    const figure: Figure = {
      id: `area-cleared-${i}`, value: area, unit: 'km2', qualifier: 'more-than', measure: 'land cleared since 2010', about: `actor:${actorId}`,
      text: `more than ${area.toLocaleString('en-US')} square kilometres`, status: 'reviewed', sources: [{ source: id, quote: figureSentence }],
    };
    writeFileSync(path.join(root, 'data/actors', `${actorId}.yaml`), recordToYaml('actor', actor));
    writeFileSync(path.join(root, 'data/initiatives', `${initiativeId}.yaml`), recordToYaml('initiative', initiative));
    for (const pillar of pillars) writeFileSync(path.join(root, 'data/pillars', `${pillar.id}.yaml`), recordToYaml('pillar', pillar));
    writeFileSync(path.join(root, 'data/figures', `${figure.id}.yaml`), recordToYaml('figure', figure));
    records += 5;
  }
  return { documents: n, records, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: tsx scripts/bench/generate-corpus.ts <dir> <documents>');
    process.exit(2);
  }
  console.log(generateCorpus(path.resolve(dir), Number(count)));
}
