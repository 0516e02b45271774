import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIN, REPO } from '../../helpers/run-cli.js';
import { runMain } from '../../helpers/run-main.js';
import { snapshotEntries } from '../snapshot.js';
import { tempDir } from '../../helpers/temp-dir.js';

/**
 * Issue 9's property: random sequences of commands and flags (build, build --check, extract,
 * extract --dry-run, validate, with random `--out` values, kills at random moments, and
 * links put into the bundle) on a knowledge base that also holds a person's own files.
 * After every step, no file outside the bundle folders and `.demine/` has changed, except
 * drafts that extraction reported writing; nothing outside the root has changed at all.
 */
const OUTS = ['dist', 'public', 'data', '.', '..', '', 'seeds/../data', 'mine', 'dist/index.md', 'dist/index.md/x', '/dev/null', 'linked', 'schemas'];
const BUNDLES = new Set(['dist', 'public']);

type Step =
  | { kind: 'build'; out?: string; check: boolean }
  | { kind: 'extract'; dryRun: boolean }
  | { kind: 'validate' }
  | { kind: 'kill'; delay: number }
  | { kind: 'link'; where: 'dist/actors' | 'dist/index.md' | 'public/figures' }
  | { kind: 'new-document'; seed: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('build' as const), out: fc.option(fc.constantFrom(...OUTS), { nil: undefined, freq: 3 }), check: fc.boolean() }), weight: 4 },
  fc.record({ kind: fc.constant('extract' as const), dryRun: fc.boolean() }),
  fc.record({ kind: fc.constant('validate' as const) }),
  fc.record({ kind: fc.constant('kill' as const), delay: fc.integer({ min: 0, max: 700 }) }),
  fc.record({ kind: fc.constantFrom('link' as const), where: fc.constantFrom('dist/actors' as const, 'dist/index.md' as const, 'public/figures' as const) }),
  fc.record({ kind: fc.constant('new-document' as const), seed: fc.integer({ min: 0, max: 3 }) }),
);

const SEEDS = ['001_f25bd94aa32dfcc8.md', '002_2b5886e53538d0e7.md', '003_30085cb116ad6f39.md', '004_70e19c328a05e68d.md'];

function freshKb(): { root: string; outside: string } {
  const parent = tempDir('never-lose');
  const root = path.join(parent, 'kb');
  const outside = path.join(parent, 'outside');
  mkdirSync(path.join(outside, 'elsewhere'), { recursive: true });
  writeFileSync(path.join(outside, 'elsewhere', 'cambodia.md'), 'not demine\'s\n');
  writeFileSync(path.join(outside, 'keep.txt'), 'keep\n');
  return { root, outside };
}

async function setUp(root: string): Promise<void> {
  expect((await runMain(['init', root])).code).toBe(0);
  copyFileSync(path.join(REPO, 'seeds/000_f3ed93ac45facebc.md'), path.join(root, 'seeds/000_f3ed93ac45facebc.md'));
  mkdirSync(path.join(root, 'mine'));
  writeFileSync(path.join(root, 'mine', 'letter.txt'), 'mine\n');
  mkdirSync(path.join(root, 'dist.previous-release'));
  writeFileSync(path.join(root, 'dist.previous-release', 'index.md'), '# last year\n');
  writeFileSync(path.join(root, 'dist.staging-plan.md'), 'plan\n');
  writeFileSync(path.join(root, 'data', 'NOTES.md'), 'notes\n');
  symlinkSync(path.join(path.dirname(root), 'outside', 'elsewhere'), path.join(root, 'linked'));
}

/** Whether `rel` belongs to demine: a bundle folder, its leftovers beside it, or `.demine/`. */
function demines(rel: string): boolean {
  const top = rel.split('/')[0]!;
  return BUNDLES.has(top) || top === '.demine' || /^(dist|public)\.demine-/.test(top);
}

function kill(root: string, delay: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'build', '--root', root], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), delay);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

let leftoverTemps = false;
const isTemp = (rel: string) => /(^|\/)\.[^/]+\.demine-tmp-\d+$/.test(rel);

/** Runs one step; returns the data files it may have written (drafts extraction reported). */
async function run(root: string, s: Step): Promise<Set<string>> {
  const allowed = new Set<string>();
  if (s.kind === 'build') {
    const args = ['build', '--root', root, '--format', 'json', ...(s.out !== undefined ? ['--out', s.out] : []), ...(s.check ? ['--check'] : [])];
    const result = await runMain(args);
    expect(() => JSON.parse(result.stdout), result.stdout).not.toThrow();
    expect(result.stderr).not.toMatch(/internal error/);
    if (!s.check && /extracted/.test(result.stderr)) for (const rel of snapshotEntries(root).keys()) if (rel.startsWith('data/')) allowed.add(rel);
  } else if (s.kind === 'extract') {
    const result = await runMain(['extract', '--root', root, '--format', 'json', ...(s.dryRun ? ['--dry-run'] : [])]);
    expect(result.stderr).not.toMatch(/internal error/);
    const value = JSON.parse(result.stdout) as { writes: { file: string }[] };
    if (!s.dryRun) for (const w of value.writes) allowed.add(w.file);
  } else if (s.kind === 'validate') {
    expect((await runMain(['validate', '--root', root])).stderr).not.toMatch(/internal error/);
  } else if (s.kind === 'kill') {
    await kill(root, s.delay);
    // A killed build may have extracted: what it wrote is whole drafts. SIGKILL cannot be caught, so a
    // write cut short may leave its hidden temporary file (`.<name>.demine-tmp-<pid>`) beside the draft, swept by the next extraction.
    for (const rel of snapshotEntries(root).keys()) if (rel.startsWith('data/')) allowed.add(rel);
    leftoverTemps = true;
  }
  // The extraction state is written by demine, beside the drafts, whenever documents were extracted.
  if ((s.kind === 'build' && !s.check) || (s.kind === 'extract' && !s.dryRun) || s.kind === 'kill') allowed.add(EXTRACT_STATE);
  return allowed;
}

const EXTRACT_STATE = 'data/extracted.yaml';

/** Harness steps that change the knowledge base on purpose (as a person would). */
function arrange(root: string, s: Step): void {
  if (s.kind === 'link') {
    const at = path.join(root, s.where);
    if (!existsSync(path.dirname(at))) return;
    rmSync(at, { recursive: true, force: true });
    symlinkSync(s.where.endsWith('.md') ? path.join(path.dirname(root), 'outside', 'keep.txt') : path.join(path.dirname(root), 'outside', 'elsewhere'), at);
  } else if (s.kind === 'new-document') {
    copyFileSync(path.join(REPO, 'seeds', SEEDS[s.seed]!), path.join(root, 'seeds', SEEDS[s.seed]!));
  }
}

/** A regular file holding a draft record (`status: draft`). */
const isDraft = (root: string, rel: string): boolean => {
  const abs = path.join(root, rel);
  if (!existsSync(abs)) return false;
  return lstatSync(abs).isFile() && /^status: draft$/m.test(readFileSync(abs, 'utf8'));
};

describe('never lose a person\'s files (property)', () => {
  it('random commands, outs, kills and links change nothing outside dist/ and .demine/ but reported drafts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 6 }), async (steps) => {
        leftoverTemps = false;
        const { root, outside } = freshKb();
        await setUp(root);
        const outsideBefore = snapshotEntries(outside);
        try {
          let before = snapshotEntries(root);
          for (const s of steps) {
            arrange(root, s);
            before = snapshotEntries(root);
            const draftsBefore = new Set([...before.keys()].filter((rel) => rel.startsWith('data/') && isDraft(root, rel)));
            const allowed = await run(root, s);
            const after = snapshotEntries(root);
            for (const rel of new Set([...before.keys(), ...after.keys()])) {
              if (demines(rel) || before.get(rel) === after.get(rel)) continue;
              if (leftoverTemps && isTemp(rel)) continue;
              // Extraction writes drafts only: new files, or files that were drafts, never removed.
              if (rel === EXTRACT_STATE && allowed.has(rel)) continue;
              expect(allowed.has(rel) && isDraft(root, rel) && (!before.has(rel) || draftsBefore.has(rel)), `${JSON.stringify(s)} changed ${rel}`).toBe(true);
              if (before.has(rel)) expect(after.has(rel), `${JSON.stringify(s)} removed ${rel}`).toBe(true);
            }
            expect(snapshotEntries(outside), `${JSON.stringify(s)} changed files outside the root`).toEqual(outsideBefore);
          }
        } finally {
          rmSync(path.dirname(root), { recursive: true, force: true });
        }
      }),
      { numRuns: 10, seed: 20261201 },
    );
  });
});
