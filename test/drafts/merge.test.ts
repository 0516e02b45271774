import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { applyChanges, mergeIntoExisting } from '../../src/drafts/merge.js';
import type { Actor, Figure, Initiative, Pillar } from '../../src/model/records.js';
import { readDocuments, readRecords, REPO } from '../extract/helpers.js';

const draftOf = (records: ReturnType<typeof applyChanges>) => ({ actor: records.actor, initiative: records.initiative, figure: records.figure, pillar: records.pillar });

describe('mergeIntoExisting', () => {
  const docs = readDocuments(REPO);
  const drafts = extractCorpus(docs);

  it('adds every draft to an empty knowledge base, then changes nothing the second time', () => {
    const first = mergeIntoExisting({}, drafts);
    expect(first.changes.every((c) => c.kind === 'add')).toBe(true);
    expect(first.changes).toHaveLength(drafts.actor.length + drafts.initiative.length + drafts.figure.length + drafts.pillar.length);
    const after = applyChanges({}, first.changes);
    expect(mergeIntoExisting(after, drafts).changes).toEqual([]);
  });

  it('adds a new document\'s sources and aliases to known draft records, idempotently', () => {
    const [a, ...rest] = docs;
    const base = applyChanges({}, mergeIntoExisting({}, extractCorpus(rest)).changes);
    const more = extractCorpus([a!]);
    const { changes } = mergeIntoExisting(base, more);
    const updates = changes.filter((c) => c.kind === 'update');
    expect(updates.length).toBeGreaterThan(0);
    for (const u of updates) {
      if (u.kind !== 'update') continue;
      expect(u.add.sources.every((s) => s.source === a!.id)).toBe(true);
    }
    const merged = applyChanges(base, changes);
    expect(mergeIntoExisting(merged, more).changes).toEqual([]);
    // merging everything again is also a no-op
    expect(mergeIntoExisting(merged, extractCorpus(rest)).changes).toEqual([]);
  });

  it('never changes a reviewed record, and points new records at it', () => {
    const reviewed = readRecords(REPO);
    const before = JSON.stringify(reviewed);
    const { changes } = mergeIntoExisting(reviewed, drafts);
    expect(JSON.stringify(reviewed)).toBe(before);
    const reviewedIds = new Set(Object.entries(reviewed).flatMap(([type, list]) => list.filter((r) => r.status === 'reviewed').map((r) => `${type}:${r.id}`)));
    for (const c of changes) expect(c.kind === 'update' && reviewedIds.has(`${c.type}:${c.id}`)).toBe(false);
    // The reviewed CMAC record is matched by an alias: the new figure about it refers to its id.
    const figures = changes.filter((c) => c.type === 'figure' && c.kind === 'add').map((c) => c.record as Figure);
    const refs = new Set(figures.map((f) => f.about).filter(Boolean));
    for (const ref of refs) {
      const [type, id] = ref!.split(':');
      const known = (reviewed[type as 'actor' | 'initiative'] ?? []).some((r) => r.id === id) || changes.some((c) => c.type === type && c.id === id);
      expect(known, ref).toBe(true);
    }
  });

  it('matches actors by name and alias across spellings, figures by amount and source, pillars by position', () => {
    const src = [{ source: 'd1', quote: 'old quote' }];
    const existing = {
      actor: [{ id: 'cmac', name: 'Cambodian Mine Action Centre', aliases: ['CMAC'], kind: 'organisation', status: 'draft', sources: src } as Actor],
      initiative: [{ id: 'jcli', name: 'Japan-Cambodia Landmine Initiative', kind: 'initiative', status: 'reviewed', sources: src } as Initiative],
      figure: [{ id: 'area', value: 3000, unit: 'km2', measure: 'area', text: '3,000 km2', status: 'draft', sources: src } as Figure],
      pillar: [{ id: 'p1', initiative: 'initiative:jcli', order: 1, title: 'Awareness', status: 'reviewed', sources: src } as Pillar],
    };
    const d = {
      actor: [{ id: 'cambodia-mine-action-center', name: 'Cambodia Mine Action Center', kind: 'organisation', status: 'draft', sources: [{ source: 'd2', quote: 'new' }] } as Actor],
      initiative: [{ id: 'japan-cambodia-landmine-initiative', name: 'Japan Cambodia Landmine Initiative', kind: 'initiative', status: 'draft', sources: [{ source: 'd2', quote: 'n' }] } as Initiative],
      figure: [{ id: 'x', value: 3000, unit: 'km2', measure: 'area', text: '3,000', about: 'actor:cambodia-mine-action-center', status: 'draft', sources: [{ source: 'd1', quote: 'old quote' }, { source: 'd2', quote: 'n' }] } as Figure],
      pillar: [
        { id: 'japan-cambodia-landmine-initiative-pillar-1', initiative: 'initiative:japan-cambodia-landmine-initiative', order: 1, title: 'A', status: 'draft', sources: [{ source: 'd2', quote: 'n' }] } as Pillar,
        { id: 'japan-cambodia-landmine-initiative-pillar-2', initiative: 'initiative:japan-cambodia-landmine-initiative', order: 2, title: 'B', status: 'draft', sources: [{ source: 'd2', quote: 'n' }] } as Pillar,
      ],
    };
    const { changes } = mergeIntoExisting(existing, d);
    expect(changes.map((c) => `${c.kind} ${c.type} ${c.id}`)).toEqual(['update actor cmac', 'update figure area', 'add pillar japan-cambodia-landmine-initiative-pillar-2']);
    const actorUpdate = changes[0]!;
    expect(actorUpdate.kind === 'update' && actorUpdate.add).toEqual({ sources: [{ source: 'd2', quote: 'new' }], aliases: ['Cambodia Mine Action Center'] });
    const added = changes[2]!.record as Pillar;
    expect(added.initiative).toBe('initiative:jcli');
    expect(mergeIntoExisting(applyChanges(existing, changes), d).changes).toEqual([]);
  });

  it('adds whole a pillar that a later draft of the same batch joins at its position', () => {
    const init = (id: string, source: string): Initiative => ({ id, name: 'Hill Roads Project', kind: 'project', status: 'draft', sources: [{ source, quote: `q${source}` }] });
    const pillar = (id: string, initiative: string, source: string): Pillar => ({ id, initiative, order: 1, title: 'Survey', term: 'component', status: 'draft', sources: [{ source, quote: `p${source}` }] } as Pillar);
    const { changes } = mergeIntoExisting({}, { actor: [], figure: [], initiative: [init('hill-roads-project', 'a'), init('hill-roads-project-2', 'b')], pillar: [pillar('hill-roads-survey', 'initiative:hill-roads-project', 'a'), pillar('hill-roads-survey-2', 'initiative:hill-roads-project-2', 'b')] });
    expect(changes.map((c) => `${c.kind} ${c.type} ${c.id}`)).toEqual(['add initiative hill-roads-project', 'add pillar hill-roads-survey']);
    expect(changes[1]!.record.sources.map((x) => x.source)).toEqual(['a', 'b']);
  });

  it('joins pillars at their position within their own set word: objective 1 is not pillar 1', () => {
    const init: Initiative = { id: 'hill-roads-project', name: 'Hill Roads Project', kind: 'project', status: 'draft', sources: [{ source: 'a', quote: 'qa' }] };
    const pillar = (id: string, term: string, source: string): Pillar => ({ id, initiative: 'initiative:hill-roads-project', order: 1, title: `${term} one`, term, status: 'draft', sources: [{ source, quote: `p${source}` }] } as Pillar);
    const base = applyChanges({}, mergeIntoExisting({}, { actor: [], figure: [], initiative: [init], pillar: [pillar('hill-roads-project-pillar-1', 'pillar', 'a')] }).changes);
    const { changes } = mergeIntoExisting(base, { actor: [], figure: [], initiative: [], pillar: [pillar('hill-roads-project-objective-1', 'objective', 'b')] });
    expect(changes.map((c) => `${c.kind} ${c.type} ${c.id}`)).toEqual(['add pillar hill-roads-project-objective-1']);
  });

  it('does not join actors of different kinds through an alias they share', () => {
    const src = [{ source: 'a', quote: 'q' }];
    const country: Actor = { id: 'united-states', name: 'United States', aliases: ['US'], kind: 'country', status: 'draft', sources: src };
    const department: Actor = { id: 'us-department-of-state', name: 'US Department of State', aliases: ['US'], kind: 'organisation', status: 'draft', sources: src };
    const drafts = { actor: [country, department], initiative: [], figure: [], pillar: [] };
    expect(mergeIntoExisting({}, drafts).changes.map((c) => `${c.kind} ${c.id}`)).toEqual(['add united-states', 'add us-department-of-state']);
    const known = { actor: [{ ...country, status: 'reviewed' as const }] };
    expect(mergeIntoExisting(known, { ...drafts, actor: [department] }).changes.map((c) => `${c.kind} ${c.id}`)).toEqual(['add us-department-of-state']);
    // the same name still joins whatever the kind
    expect(mergeIntoExisting({ actor: [country] }, { ...drafts, actor: [{ ...department, id: 'us', name: 'United States' }] }).changes.map((c) => `${c.kind} ${c.id}`)).toEqual([]);
  });

  it('adds whole a record that a later draft of the same batch joins (no update of a file not yet written)', () => {
    const a: Actor = { id: 'us-state-department', name: 'US State Department', kind: 'organisation', status: 'draft', sources: [{ source: 'a', quote: 'qa' }] };
    const b: Actor = { id: 'u-s-state-department', name: 'U.S. State Department', kind: 'organisation', status: 'draft', sources: [{ source: 'b', quote: 'qb' }] };
    const { changes } = mergeIntoExisting({}, { actor: [a, b], initiative: [], figure: [], pillar: [] });
    expect(changes.map((c) => `${c.kind} ${c.id}`)).toEqual(['add us-state-department']);
    expect(changes[0]!.record).toMatchObject({ aliases: ['U.S. State Department'], sources: [{ source: 'a' }, { source: 'b' }] });
  });

  it('renames an added record whose id is taken by a different record', () => {
    const src = [{ source: 'd1', quote: 'q' }];
    const existing = { figure: [{ id: 'trucks-30', value: 30, unit: 'count', measure: 'trucks', text: '30 trucks', status: 'reviewed', sources: src } as Figure] };
    const d = { actor: [], initiative: [], pillar: [], figure: [{ id: 'trucks-30', value: 30, unit: 'count', measure: 'trucks', text: 'Thirty trucks', status: 'draft', sources: [{ source: 'd9', quote: 'Thirty trucks' }] } as Figure] };
    const { changes } = mergeIntoExisting(existing, d);
    expect(changes.map((c) => c.id)).toEqual(['trucks-30-2']);
    expect(mergeIntoExisting(applyChanges(existing, changes), d).changes).toEqual([]);
  });

  it('works against the curated seed data and on the evaluation corpus', () => {
    for (const root of [REPO, path.join(REPO, 'eval/corpus')]) {
      const existing = readRecords(root);
      const d = extractCorpus(readDocuments(root));
      const once = applyChanges(existing, mergeIntoExisting(existing, d).changes);
      expect(mergeIntoExisting(once, d).changes).toEqual([]);
      expect(draftOf(once).actor.length).toBeGreaterThanOrEqual(existing.actor.length);
    }
  });
});
