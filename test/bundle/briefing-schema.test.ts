import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBundle } from '../../src/bundle/render.js';
import { reviewedOnly } from '../../src/review/reviewed-only.js';
import { briefingProblems, bundleBriefingProblems } from '../helpers/briefing-schema.js';
import { REPO } from '../helpers/run-cli.js';
import { loadFixtureKb } from './fixture.js';

const schema = JSON.parse(readFileSync(path.join(REPO, 'schemas/briefing.schema.json'), 'utf8')) as Record<string, unknown>;

/** Every property schema below `node`, with its path. */
function properties(node: unknown, at = ''): [string, Record<string, unknown>][] {
  if (node === null || typeof node !== 'object') return [];
  const out: [string, Record<string, unknown>][] = [];
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, prop] of Object.entries(value as Record<string, Record<string, unknown>>)) out.push([`${at}.${name}`, prop], ...properties(prop, `${at}.${name}`));
    } else out.push(...properties(value, `${at}/${key}`));
  }
  return out;
}

describe('schemas/briefing.schema.json', () => {
  it('is JSON Schema draft 2020-12, and every field has a title and a description (or points at a definition that has them)', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBeTruthy();
    expect(schema.description).toBeTruthy();
    const defs = schema.$defs as Record<string, Record<string, unknown>>;
    for (const [where, prop] of properties(schema)) {
      const def = typeof prop.$ref === 'string' ? defs[prop.$ref.split('/').pop()!] : undefined;
      expect(prop.title ?? def?.title, `${where} title`).toBeTruthy();
      expect(prop.description ?? def?.description, `${where} description`).toBeTruthy();
    }
  });

  it("describes the committed dist/briefing.json, the fixture bundle's, and the fixture's reviewed-only bundle", () => {
    expect(bundleBriefingProblems(path.join(REPO, 'dist'))).toEqual([]);
    const kb = loadFixtureKb('bundle-basic');
    expect(briefingProblems(renderBundle(kb).get('briefing.json')!)).toEqual([]);
    expect(briefingProblems(renderBundle(reviewedOnly(kb)).get('briefing.json')!)).toEqual([]);
  });

  it('refuses what the bundle never holds: an unknown field, a rejected record, a reference left as `type:id`', () => {
    const briefing = JSON.parse(readFileSync(path.join(REPO, 'dist/briefing.json'), 'utf8'));
    const with_ = (change: (b: typeof briefing) => void) => {
      const copy = structuredClone(briefing);
      change(copy);
      return briefingProblems(JSON.stringify(copy));
    };
    expect(with_((b) => (b.actors[0].nmae = 'x'))).not.toEqual([]);
    expect(with_((b) => (b.figures[0].status = 'rejected'))).not.toEqual([]);
    expect(with_((b) => (b.figures.find((f: { about?: string }) => f.about).about = 'actor:cambodia'))).not.toEqual([]);
    expect(with_((b) => delete b.schemaVersion)).not.toEqual([]);
  });
});
