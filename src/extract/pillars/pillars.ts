/**
 * Enumerated components of an initiative, from four shapes of text:
 * - tables whose rows are the parts: "| Component | Description |" / "| Survey | … |";
 * - labels: "Result 1: …", "Pillar 2 – …", "Priority three: …", also on consecutive lines of one paragraph;
 * - bullet or numbered lists after an intro naming the set ("our five priorities:");
 * - paragraphs or items each opening with a short title and a colon ("Risk education: …");
 * - sub-headings after a lead-in naming a set, each with its paragraphs ("three components:" / "Survey" / text);
 * - numbered lists whatever their lead-in, also with a paragraph after each item ("1. Survey" / text);
 * - titled parts numbered inside one paragraph: "1)Survey: … 2)Clearance: …"; "…: 1. Clear … 2. Remove …" run together;
 * - inline lists: "four pillars; A; B; C; and D", "three approaches: A; B; and C";
 * - parallel parts after a colon: "Work under the grant: survey, clearance and handover";
 * - what an initiative will do: "The project will clear A, train B and teach C";
 * - what an initiative focuses on or consists of: "The new approach focuses on A, B and C";
 * - ordinal sequences: "First, … Second, … Third, …" (after "This consists of four pillars");
 * - inline markers: "by: a) …; b) …; and c) …", "(i) … (ii) …";
 * - short paragraphs after a lead-in ending in ":" (a list whose markers were lost), or short lines of one paragraph;
 * - a set in brackets after its set noun: "mine action activities (demining, risk education, …)";
 * - "… has four pillars. These are A, B, C and D."
 * - "The goals of the project are A, B and C", "A, B and C are the three pillars of …"
 * - the pillars of mine action listed in a sentence of any shape ("the destruction of stockpiles, the clearance of land, … and assistance to victims").
 * Each set is linked to an initiative by the caller's `link` function.
 */
import { bulleted, labelled } from './blocks/pillar-sequences.js';
import { ordinals } from './blocks/ordinal-sequences.js';
import { inline, pronounList, semicolonList } from './sentences/pillar-lists.js';
import { enumeratingVerb } from './sentences/pillar-verbs.js';
import { markedInline } from './sentences/pillar-markers.js';
import { unmarkedParagraphs } from './blocks/pillar-paragraphs.js';
import { lineLists } from './blocks/line-lists.js';
import { numberedRuns } from './blocks/numbered-runs.js';
import { markedSentences } from './blocks/marked-sentences.js';
import { stopNumbered } from './blocks/stop-numbered.js';
import { setSubject } from './sentences/set-subject.js';
import { titledParagraphs } from './blocks/titled-paragraphs.js';
import { colonLists } from './sentences/colon-lists.js';
import { headedSections } from './blocks/headed-sections.js';
import { tableRows } from './blocks/table-rows.js';
import { labelLines } from './blocks/label-lines.js';
import { verbPhraseLists } from './sentences/verb-phrase-lists.js';
import { bracketedLists } from './sentences/bracketed-lists.js';
import { domainLists } from './sentences/domain-lists.js';
import { listGateOf, mayOpenList } from './list-gate.js';
import type { PillarInput, PillarSet, Push } from './pillar-items.js';

export type { InitiativeLink, PillarInput, PillarItem, PillarSet } from './pillar-items.js';
export { titleOf } from './pillar-items.js';

export { MAY_OPEN_LIST, mayOpenList, listGateOf } from './list-gate.js';

interface Used {
  sentences: Set<number>;
}

/** Every pillar set in a document. */
export function findPillarSets(given: Omit<PillarInput, 'mayList'> & { mayList?: readonly boolean[] }): PillarSet[] {
  const input: PillarInput = { ...given, mayList: given.mayList ?? given.sentences.map((x) => listGateOf(x.text, mayOpenList(x.text))) };
  const used: Used = { sentences: new Set() };
  const out: PillarSet[] = [];
  const push: Push = (set, sentences) => {
    if (!set || set.items.length < 2) return;
    if (sentences.some((s) => used.sentences.has(s))) return;
    for (const s of sentences) used.sentences.add(s);
    out.push(set);
  };
  tableRows(input, push);
  labelLines(input, push);
  labelled(input, push);
  bulleted(input, push);
  numberedRuns(input, push);
  markedSentences(input, push);
  stopNumbered(input, push);
  titledParagraphs(input, push);
  headedSections(input, push);
  unmarkedParagraphs(input, push);
  lineLists(input, push);
  markedInline(input, push);
  inline(input, push);
  semicolonList(input, push);
  colonLists(input, push);
  pronounList(input, push);
  setSubject(input, push);
  enumeratingVerb(input, push);
  verbPhraseLists(input, push);
  bracketedLists(input, push);
  ordinals(input, push);
  domainLists(input, push);
  return out.sort((a, b) => a.at - b.at);
}
