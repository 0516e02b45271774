import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { cleanUp, hostileCases, materialiseHostile, removeMarkers, type HostileCase } from './corpus.js';
import { snapshotEntries } from './snapshot.js';

/**
 * A representative subset of the hostile corpus through the built CLI (`lib/cli/bin.js`):
 * one line per diagnostic with file:line:column and rule, exit 1 (0 where the input must
 * work), no stack trace, nothing executed, and data/ and dist/ exactly as they were.
 */
const SUBSET = [
  'yaml-unclosed-double-quote', // YAML syntax
  'yaml-bad-indent-mapping',
  'yaml-billion-laughs', // aliases
  'yaml-deep-flow', // nesting
  'yaml-tag-js-function', // tags
  'type-kind-empty', // types
  'roles-unknown-field', // nested fields
  'id-dot-dot', // ids
  'number-infinity', // numbers
  'date-role-until', // dates
  'key-proto-top-level', // prototype keys
  'utf8-invalid-record', // encodings
  'control-characters-in-values', // terminal escapes in values
  'file-name-control-characters', // line breaks in file names
  'file-too-large-record', // 50 MB
  'link-file-outside-root', // links
  'link-loop',
  'fifo-record', // pipes
  'unreadable-record', // permissions
  'front-matter-unclosed', // front matter
  'front-matter-javascript-engine', // code engines
  'seed-front-matter-only', // documents without text
  'bom-crlf-record-and-seed-valid', // must work
  'yaml-many-comment-lines-valid',
];

/** Also checked in JSON, where file names and messages keep their exact characters. */
const WITH_JSON = new Set(['yaml-unclosed-double-quote', 'control-characters-in-values', 'file-name-control-characters', 'link-loop', 'bom-crlf-record-and-seed-valid']);

const cases = new Map(hostileCases().map((c) => [c.name, c]));

/** A previous bundle for `build` to leave alone. */
function previousBundle(root: string): void {
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  writeFileSync(path.join(root, 'dist', 'index.md'), '# The previous briefing\n');
  writeFileSync(path.join(root, 'dist', 'manifest.json'), '{"schemaVersion":1,"counts":{},"files":{}}\n');
}

function expectLines(stdout: string, c: HostileCase): void {
  const lines = stdout.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(c.expected.length);
  c.expected.forEach((d, i) => {
    const line = lines[i]!;
    expect(line.startsWith(`${d.file}:${d.line}:${d.column}  ${d.severity}  `), line).toBe(true);
    expect(line.endsWith(`[${d.rule}]`), line).toBe(true);
  });
}

describe('the hostile corpus through the built CLI', () => {
  it('covers at least ten classes', () => {
    expect(SUBSET.length).toBeGreaterThanOrEqual(10);
    for (const name of SUBSET) expect(cases.has(name), name).toBe(true);
  });

  for (const name of SUBSET) {
    it(name, () => {
      const c = cases.get(name)!;
      removeMarkers(c);
      const root = materialiseHostile(c);
      try {
        previousBundle(root);
        const data = snapshotEntries(path.join(root, 'data'));
        const dist = snapshotEntries(path.join(root, 'dist'));
        const seeds = snapshotEntries(path.join(root, 'seeds'));
        const fails = c.expected.some((d) => d.severity === 'error');

        const validate = runCli(['validate', '--root', root]);
        expect(validate.code).toBe(fails ? 1 : 0);
        expectLines(validate.stdout, c);
        expect(validate.stdout).not.toMatch(/\u001b/);

        const runs = [validate];
        if (WITH_JSON.has(name)) {
          const json = runCli(['validate', '--root', root, '--format', 'json', '--quiet']);
          expect((JSON.parse(json.stdout) as unknown[]).map((d) => {
            const { file, line, column, rule, severity } = d as Record<string, unknown>;
            return { file, line, column, rule, severity };
          })).toEqual(c.expected);
          runs.push(json);
        }
        if (fails) {
          // A build of broken input writes nothing: the previous bundle stays, data/ is not touched.
          const build = runCli(['build', '--root', root]);
          expect(build.code).toBe(1);
          expect(build.stderr).toContain('dist/ left as it was');
          runs.push(build);
        }
        for (const run of runs) {
          expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
          expect(run.stderr).not.toMatch(/internal error/);
        }
        expect(snapshotEntries(path.join(root, 'data'))).toEqual(data);
        expect(snapshotEntries(path.join(root, 'dist'))).toEqual(dist);
        expect(snapshotEntries(path.join(root, 'seeds'))).toEqual(seeds);
        for (const marker of c.setup.markers ?? []) expect(existsSync(marker), `${marker} exists: something in a document ran`).toBe(false);
      } finally {
        cleanUp(root, c);
      }
    });
  }

  it('a --root that is a file, a pipe or a broken link is a usage error (exit 2)', () => {
    const c = cases.get('fifo-record')!;
    const root = materialiseHostile(c);
    try {
      for (const bad of ['data/actors/ministry-of-demining.yaml', 'data/actors/pipe.yaml', 'no/such/folder']) {
        const run = runCli(['validate', '--root', path.join(root, bad)]);
        expect(run.code, bad).toBe(2);
        expect(run.stderr).toMatch(/no such folder/);
        expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
      }
    } finally {
      cleanUp(root, c);
    }
  });
});
