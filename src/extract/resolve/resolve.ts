/**
 * Cross-document resolution: mentions from every document become one draft record per
 * actor and initiative (all surface forms as aliases, one source per document), figures
 * with stable ids, and pillar sets numbered per initiative. Maps only; no pairwise scans.
 */
import type { Actor, Figure, Initiative, Pillar } from '../../model/records.js';
import type { DocumentAnalysis } from '../analysis.js';
import { resolveActors } from './resolve-actors.js';
import { resolveInitiatives } from './resolve-initiatives.js';
import { resolveFigures } from './resolve-figures.js';
import { resolvePillars } from './resolve-pillars.js';

export interface Extraction {
  initiative: Initiative[];
  pillar: Pillar[];
  actor: Actor[];
  figure: Figure[];
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Resolves the analyses of a corpus into draft records, each type sorted by id. */
export function resolveCorpus(analyses: readonly DocumentAnalysis[]): Extraction {
  const docs = [...analyses].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const actors = resolveActors(docs);
  const initiatives = resolveInitiatives(docs, actors.idOfKey);
  const refOf = (key: string): string | undefined => {
    if (key.startsWith('init:')) {
      const id = initiatives.idOfKey(key);
      return id ? `initiative:${id}` : undefined;
    }
    const id = actors.idOfKey(key);
    return id ? `actor:${id}` : undefined;
  };
  const figures = resolveFigures(docs, refOf);
  const pillars = resolvePillars(docs, initiatives.idOfKey);
  return {
    initiative: initiatives.initiatives.sort(byId),
    pillar: pillars.sort(byId),
    actor: actors.actors.sort(byId),
    figure: figures.sort(byId),
  };
}
