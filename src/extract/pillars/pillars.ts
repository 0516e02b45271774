/**
 * Enumerated components of an initiative, from four shapes of text:
 * - labels: "Result 1: …", "Pillar 2 – …", "Priority three: …";
 * - bullet or numbered lists after an intro naming the set ("our five priorities:");
 * - inline lists: "four pillars; A; B; C; and D", "three approaches: A; B; and C";
 * - what an initiative focuses on or consists of: "The new approach focuses on A, B and C";
 * - ordinal sequences: "First, … Second, … Third, …" (after "This consists of four pillars").
 * Each set is linked to an initiative by the caller's `link` function.
 */
import { bulleted, labelled, ordinals } from './pillar-sequences.js';
import { focus, inline } from './pillar-lists.js';
import type { PillarInput, PillarSet, Push } from './pillar-items.js';

export type { InitiativeLink, PillarInput, PillarItem, PillarSet } from './pillar-items.js';
export { titleOf } from './pillar-items.js';

interface Used {
  sentences: Set<number>;
}

/** Every pillar set in a document. */
export function findPillarSets(input: PillarInput): PillarSet[] {
  const used: Used = { sentences: new Set() };
  const out: PillarSet[] = [];
  const push: Push = (set, sentences) => {
    if (!set || set.items.length < 2) return;
    if (sentences.some((s) => used.sentences.has(s))) return;
    for (const s of sentences) used.sentences.add(s);
    out.push(set);
  };
  labelled(input, push);
  bulleted(input, push);
  inline(input, push);
  focus(input, push);
  ordinals(input, push);
  return out.sort((a, b) => a.at - b.at);
}
