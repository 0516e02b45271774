import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecordYaml } from '../../../src/records/parse-yaml.js';
import { addToRecordYaml } from '../../../src/records/write-record.js';

const parse = (text: string) => parseRecordYaml(text, 'x.yaml').value as Record<string, unknown> & { aliases: unknown[] };
import { REPO } from '../../helpers/run-cli.js';
import { runMain } from '../../helpers/run-main.js';
import { tempDir } from '../../helpers/temp-dir.js';

/**
 * Issue 9, case 4: extraction's in-place update of a draft rewrote nodes it did not mean to
 * touch (the text alias `1_000` became the number `1000` under a `%YAML 1.1` line; folded
 * text was re-wrapped), then the same build failed on its own edit. Now every byte a person
 * wrote stays; the new items are only added.
 */
const HAND_WRITTEN = (body: string) => `%YAML 1.1
---
${body.replace(/^name: Japan$/m, 'name: Japan\naliases:\n  - 1_000   # a text alias, not a number').replace(/^kind: country$/m, `kind: country
summary: >
  Folded text, wrapped by hand
     at odd places, that a re-serialiser would re-wrap.`)}`;

/** The lines of `after` that are not in `before`, when `before`'s lines all appear in order in `after`. */
function addedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const added: string[] = [];
  let i = 0;
  for (const line of after.split('\n')) {
    if (i < a.length && line === a[i]) i++;
    else added.push(line);
  }
  expect(i, 'every original line kept, in order').toBe(a.length);
  return added;
}

describe('in-place edits of drafts keep every byte they do not change', () => {
  it('a %YAML 1.1 draft with a text alias 1_000 and folded text: only new items are added, and the build passes', async () => {
    const root = path.join(tempDir('yaml-edits'), 'kb');
    expect((await runMain(['init', root])).code).toBe(0);
    copyFileSync(path.join(REPO, 'seeds/000_f3ed93ac45facebc.md'), path.join(root, 'seeds/000_f3ed93ac45facebc.md'));
    expect((await runMain(['extract', '--root', root])).code).toBe(0);
    const file = path.join(root, 'data/actors/japan.yaml');
    const before = HAND_WRITTEN(readFileSync(file, 'utf8'));
    expect(before).toContain('1_000');
    writeFileSync(file, before);
    expect((await runMain(['validate', '--root', root])).code).toBe(0);
    copyFileSync(path.join(REPO, 'seeds/003_30085cb116ad6f39.md'), path.join(root, 'seeds/003_30085cb116ad6f39.md'));
    const run = await runMain(['build', '--root', root]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const after = readFileSync(file, 'utf8');
    const added = addedLines(before, after);
    expect(added.join('\n')).toContain('003_30085cb116ad6f39');
    expect(added.every((l) => /^ {2}(- |  )/.test(l) || l === ''), added.join('\n')).toBe(true);
    expect(parse(after).aliases[0]).toBe('1_000');
    rmSync(path.dirname(root), { recursive: true, force: true });
  });

  it('flow lists and empty values: the new items are added inside them, every other byte kept', () => {
    const text = '%YAML 1.1\n---\nid: x\naliases: [1_000, "b" ]  # hand-made\nsources:\nstatus: draft\n';
    const out = addToRecordYaml(text, { aliases: ['a, b]'], sources: [{ source: 's', quote: 'yes' }] });
    expect(out).toBe('%YAML 1.1\n---\nid: x\naliases: [1_000, "b", "a, b]"]  # hand-made\nsources: [{"source":"s","quote":"yes"}]\nstatus: draft\n');
    expect(parse(out)).toMatchObject({ aliases: ['1_000', 'b', 'a, b]'], sources: [{ source: 's', quote: 'yes' }] });
  });

  it('a block list indented at column 0, with comments after it, and a list that is missing', () => {
    const text = 'id: x\nsources:\n- source: a\n  quote: q  # kept\n# a comment after the list\nstatus: draft';
    const out = addToRecordYaml(text, { sources: [{ source: 'b', quote: 'no' }], aliases: ['X'] });
    expect(out).toBe('id: x\nsources:\n- source: a\n  quote: q  # kept\n- source: b\n  quote: "no"\n# a comment after the list\nstatus: draft\naliases:\n  - X\n');
  });
});
