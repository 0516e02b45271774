/**
 * The review loop through the built CLI, as an analyst runs it: init → build → review →
 * accept / reject / delete → status → commit, then a fresh `git clone` of that commit,
 * where nothing rejected or deleted comes back and `build --check` agrees.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleBriefingProblems } from '../helpers/briefing-schema.js';
import { snapshotTree } from '../helpers/kb-copy.js';
import { REPO, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const NEWS = '002_2b5886e53538d0e7';
const UKRAINE = '004_70e19c328a05e68d';

interface Waiting {
  source: string;
  drafts: { ref: string; file: string; quotes: { file?: string; line?: number; context?: { quote: string } }[]; links: { ref: string }[] }[];
}

function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', ['-c', 'user.name=Analyst', '-c', 'user.email=analyst@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

const demine = (root: string, ...args: string[]) => runCli([...args, '--root', root]);
const data = (root: string) => snapshotTree(path.join(root, 'data'));

describe('the review loop (built CLI, real git clone)', () => {
  const root = path.join(tempDir('loop'), 'kb');
  let waiting: Waiting[];
  let rejected: string;
  let deleted: string;

  beforeAll(() => {
    expect(runCli(['init', root]).code).toBe(0);
    for (const id of [NEWS, UKRAINE]) copyFileSync(path.join(REPO, 'seeds', `${id}.md`), path.join(root, 'seeds', `${id}.md`));
    expect(demine(root, 'build').code).toBe(0);
    git(root, 'init', '-q');
  });

  it('review lists the drafts by document, each quote in its sentence with file:line', () => {
    const run = demine(root, 'review', '--json');
    expect(run.code).toBe(0);
    waiting = JSON.parse(run.stdout) as Waiting[];
    expect(waiting.map((d) => d.source)).toEqual([NEWS, UKRAINE]);
    const quote = waiting[0]!.drafts[0]!.quotes[0]!;
    expect(quote.file).toBe(`seeds/${NEWS}.md`);
    expect(quote.line).toBeGreaterThan(0);
    expect(quote.context?.quote).toBeTruthy();
    const text = demine(root, 'review', '--source', `seeds/${UKRAINE}.md`, '--type', 'figure');
    expect(text.stdout.split('\n')[0]).toMatch(new RegExp(`^seeds/${UKRAINE}\\.md  .*\\(\\d+ drafts\\)$`));
    expect(text.stdout).toMatch(/^ {2}figure:\S+ {2}data\/figures\/\S+\.yaml\n {4}states: {2}.+\n {4}quote: {3}seeds\/004_70e19c328a05e68d\.md:\d+\n {13}.*»[^«]+«/m);
    expect(text.stdout).not.toMatch(/^ {2}(actor|initiative|pillar):/m);
  });

  it('accept keeps the file as written but for `status`; reject leaves a tombstone; status counts what waits', () => {
    const [first, second] = waiting[1]!.drafts.filter((d) => d.ref.startsWith('figure:') && !waiting[0]!.drafts.some((o) => o.ref === d.ref));
    rejected = first!.file;
    deleted = second!.file;
    expect(demine(root, 'reject', first!.ref).code).toBe(0);
    expect(readFileSync(path.join(root, rejected), 'utf8')).toMatch(/^status: rejected$/m);
    rmSync(path.join(root, deleted));

    const news = waiting[0]!.drafts.map((d) => path.join(root, d.file));
    const commented = news[0]!;
    writeFileSync(commented, readFileSync(commented, 'utf8').replace(/^status: draft$/m, 'status: draft   # checked against the article\n# a note of mine'));
    const before = new Map(news.map((f) => [f, readFileSync(f, 'utf8')]));
    const accept = demine(root, 'accept', '--source', `seeds/${NEWS}.md`);
    expect(accept.stderr).toContain(`✔ ${news.length} records accepted`);
    expect(accept.code).toBe(0);
    for (const [file, text] of before) expect(readFileSync(file, 'utf8'), file).toBe(text.replace(/^status: draft/m, 'status: reviewed'));

    const status = demine(root, 'status', '--json');
    expect(status.code).toBe(1);
    const s = JSON.parse(status.stdout);
    expect(s.rejected).toEqual([{ ref: first!.ref, file: rejected }]);
    expect(s.drafts.map((d: { source: string }) => d.source)).toEqual([UKRAINE]);
    expect(s.bundle.state).toBe('stale');
    expect(demine(root, 'status').stdout).toMatch(/^drafts waiting for review: \d+ \(`demine review`\)\n +\d+ {2}004_70e19c328a05e68d\nrejected: 1\ndist\/: stale/m);
  });

  it('build publishes no rejected record, brings nothing back, and a fresh clone agrees', () => {
    const build = demine(root, 'build');
    expect(build.code).toBe(0);
    expect(build.stderr).not.toContain('extracted');
    expect(existsSync(path.join(root, deleted))).toBe(false);
    const tombstone = path.basename(rejected, '.yaml');
    expect(existsSync(path.join(root, 'dist/figures', `${tombstone}.md`))).toBe(false);
    expect(readFileSync(path.join(root, 'dist/briefing.json'), 'utf8')).not.toContain(`"id": "${tombstone}"`);
    expect(bundleBriefingProblems(path.join(root, 'dist'))).toEqual([]);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'Reviewed the news article; one figure rejected, one deleted');
    expect(git(root, 'ls-files', 'data/extracted.yaml').trim()).toBe('data/extracted.yaml');

    const clone = path.join(path.dirname(root), 'clone');
    git(path.dirname(root), 'clone', '-q', root, clone);
    const check = demine(clone, 'build', '--check');
    expect(check.stderr).toMatch(/✔ dist\/ is up to date/);
    expect(check.code).toBe(0);
    const before = data(clone);
    expect(demine(clone, 'build').code).toBe(0);
    expect(data(clone)).toEqual(before);
    expect(demine(clone, 'status', '--json').stdout).toBe(demine(root, 'status', '--json').stdout);
  });

  it('a changed document is extracted again, proposing only what is new', () => {
    const clone = path.join(path.dirname(root), 'clone');
    const before = data(clone);
    appendFileSync(path.join(clone, 'seeds', `${UKRAINE}.md`), '\nThe State Emergency Service said it had cleared 4,500 square kilometres of farmland in Kharkiv region.\n');
    const check = demine(clone, 'build', '--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('data/extracted.yaml:1:1  error  Extraction would record what it read from 004_70e19c328a05e68d.');
    const build = demine(clone, 'build');
    expect(build.stderr).toContain('extracted 1 new or changed document');
    const after = data(clone);
    const added = [...after.keys()].filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^figures\/.*4500-km2\.yaml$/);
    expect(after.get(rejected.replace(/^data\//, ''))).toBe(before.get(rejected.replace(/^data\//, '')));
    expect(after.has(deleted.replace(/^data\//, ''))).toBe(false);
    const changed = [...after.keys()].filter((f) => before.has(f) && before.get(f) !== after.get(f));
    expect(changed).toEqual(['extracted.yaml']);
  });
});

describe('accept and reject refuse what would leave the knowledge base broken', () => {
  function kbWithDrafts(): string {
    const dir = path.join(tempDir('decide'), 'kb');
    expect(runCli(['init', dir]).code).toBe(0);
    copyFileSync(path.join(REPO, 'seeds', `${UKRAINE}.md`), path.join(dir, 'seeds', `${UKRAINE}.md`));
    expect(runCli(['extract', '--root', dir]).code).toBe(0);
    return dir;
  }

  it('accept refuses a draft that does not validate, naming the problem with file:line:column, and writes nothing', () => {
    const dir = kbWithDrafts();
    const file = path.join(dir, 'data/actors/lithuania.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/quote: .*/, 'quote: words that are not in the document'));
    const before = readFileSync(file, 'utf8');
    const run = demine(dir, 'accept', 'actor:lithuania', 'actor:ukraine');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^data\/actors\/lithuania\.yaml:\d+:\d+ {2}error {2}The quote does not occur in seeds\/004_70e19c328a05e68d\.md.*\[quote\/not-found\]$/m);
    expect(run.stdout).toContain('refused  actor:lithuania');
    expect(run.stdout).toContain('accepted  actor:ukraine  data/actors/ukraine.yaml');
    expect(run.stderr).toContain('1 record accepted, 1 refused');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('reject refuses a record others refer to, pointing at each reference; rejected together it passes', () => {
    const dir = kbWithDrafts();
    const run = demine(dir, 'reject', 'actor:lithuania');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^data\/initiatives\/lithuanian-led-demining-support-structure\.yaml:\d+:\d+ {2}error {2}`actor:lithuania` cannot be rejected while initiative:lithuanian-led-demining-support-structure refers to it here\./m);
    expect(readFileSync(path.join(dir, 'data/actors/lithuania.yaml'), 'utf8')).toMatch(/^status: draft$/m);
    const both = demine(dir, 'reject', 'actor:lithuania', 'initiative:lithuanian-led-demining-support-structure');
    expect(both.stderr).toContain('2 records rejected');
    expect(both.code).toBe(0);
    expect(demine(dir, 'validate').code).toBe(0);
    expect(demine(dir, 'list').stdout).not.toContain('actor:lithuania');
    // A reference written by hand to a rejected record is an error that names it.
    const figure = readdirSync(path.join(dir, 'data/figures')).find((f) => /^about: /m.test(readFileSync(path.join(dir, 'data/figures', f), 'utf8')))!;
    const text = readFileSync(path.join(dir, 'data/figures', figure), 'utf8');
    writeFileSync(path.join(dir, 'data/figures', figure), text.replace(/^about: .*$/m, 'about: actor:lithuania'));
    const validate = demine(dir, 'validate');
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(/ {2}error {2}`actor:lithuania` was rejected \(data\/actors\/lithuania\.yaml is a tombstone, never published\)\. .*\[ref\/rejected\]$/m);
  });

  it('a tombstone is not checked while rejected, but accepting it again checks its quotes', () => {
    const dir = kbWithDrafts();
    expect(demine(dir, 'reject', 'actor:kyodo-news').code).toBe(0);
    const file = path.join(dir, 'data/actors/kyodo-news.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/quote: .*/, 'quote: words the document has since lost'));
    expect(demine(dir, 'validate').code).toBe(0);
    const run = demine(dir, 'accept', 'actor:kyodo-news');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^data\/actors\/kyodo-news\.yaml:\d+:\d+ {2}error {2}The quote does not occur .*\[quote\/not-found\]$/m);
    expect(readFileSync(file, 'utf8')).toMatch(/^status: rejected$/m);
  });

  it('wrong usage exits 2: no selection, or a malformed reference', () => {
    const dir = kbWithDrafts();
    expect(demine(dir, 'accept').code).toBe(2);
    const bad = demine(dir, 'reject', 'lithuania');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('demine: `lithuania` is not a record reference (write `<type>:<id>`, e.g. `actor:yoko-kamikawa`).\n');
    const unknown = demine(dir, 'accept', 'actor:nobody');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('`actor:nobody` names no record');
  });
});
