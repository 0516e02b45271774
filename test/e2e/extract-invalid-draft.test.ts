/** A draft that breaks the knowledge base's schema is not written, and neither are the drafts that refer to it: the build still succeeds. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('a draft that breaks its schema', () => {
  it('is left out with the pillars that name it, and the build goes on', () => {
    const root = path.join(tempDir('invalid-draft'), 'kb');
    expect(runCli(['init', root]).code).toBe(0);
    // The knowledge base's own schema, narrowed by its owner: no initiative may be a project.
    const schemaFile = path.join(root, 'schemas/initiative.schema.json');
    writeFileSync(schemaFile, readFileSync(schemaFile, 'utf8').replace(/"project",\s*/, ''));
    writeFileSync(path.join(root, 'seeds/safe-land.md'), [
      '---', 'title: The Safe Land Project', 'date: 2024-05-02', '---', '',
      'The Safe Land Project has three components: survey, clearance and risk education.', '',
    ].join('\n'));
    const run = runCli(['build', '--root', root]);
    expect(run.stdout + run.stderr).toMatch(/data\/initiatives\/safe-land-project\.yaml:1:1 +warning +Extraction proposed an initiative that breaks its schema .*nor the drafts that refer to it/);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(root, 'data/initiatives/safe-land-project.yaml'))).toBe(false);
    const pillars = existsSync(path.join(root, 'data/pillars')) ? readdirSync(path.join(root, 'data/pillars')) : [];
    expect(pillars.filter((f) => f.startsWith('safe-land-project'))).toEqual([]);
    expect(runCli(['validate', '--root', root]).code).toBe(0);
  });
});
