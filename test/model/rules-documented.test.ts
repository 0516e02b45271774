import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/diagnostics/rules.js';
import { REPO } from '../helpers/run-cli.js';

describe('the rule catalogue', () => {
  it('every rule id is listed in the README, and the README lists no other', () => {
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Rules'), readme.indexOf('\n## ', readme.indexOf('## Rules') + 1));
    const listed = [...section.matchAll(/^\| `([a-z]+\/[a-z-]+)` \|/gm)].map((m) => m[1]);
    expect([...listed].sort()).toEqual(Object.keys(RULES).sort());
  });

  it('ids are permanent kebab-case, grouped as <group>/<name>', () => {
    for (const id of Object.keys(RULES)) expect(id).toMatch(/^[a-z]+\/[a-z]+(-[a-z]+)*$/);
  });
});
