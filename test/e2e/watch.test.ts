/** `demine build --watch`, run as a user would: edit a file, see the rebuild line and the bundle change; Ctrl-C exits 130. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleProblems } from '../helpers/bundle-integrity.js';
import { copyRepoKb, snapshotTree } from '../helpers/kb-copy.js';
import { BIN, runCli } from '../helpers/run-cli.js';

interface Watching {
  child: ChildProcess;
  out: string[];
  err: string[];
  /** Resolves when a line on the stream matches. */
  line(stream: 'out' | 'err', pattern: RegExp): Promise<string>;
  exit: Promise<number | null>;
}

function startWatch(root: string, args: string[] = []): Watching {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const child = spawn(process.execPath, [BIN, 'build', '--watch', '--root', root, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = { out: [] as string[], err: [] as string[] };
  const waiters: { stream: 'out' | 'err'; pattern: RegExp; seen: number; resolve: (l: string) => void }[] = [];
  const feed = (stream: 'out' | 'err') => {
    let rest = '';
    return (chunk: Buffer) => {
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop()!;
      lines[stream].push(...parts);
      for (const w of [...waiters]) {
        const found = lines[stream].slice(w.seen).find((l) => w.pattern.test(l));
        if (found !== undefined && w.stream === stream) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(found);
        }
      }
    };
  };
  child.stdout!.on('data', feed('out'));
  child.stderr!.on('data', feed('err'));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    out: lines.out,
    err: lines.err,
    exit,
    line: (stream, pattern) =>
      new Promise((resolve, reject) => {
        const found = lines[stream].find((l) => pattern.test(l));
        if (found !== undefined) return resolve(found);
        const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} in:\n${lines.err.join('\n')}\n${lines.out.join('\n')}`)), 30_000);
        waiters.push({ stream, pattern, seen: lines[stream].length, resolve: (l) => (clearTimeout(timer), resolve(l)) });
      }),
  };
}

/** Waits for the `n`-th line matching `pattern` on a stream. */
async function nth(w: Watching, stream: 'out' | 'err', pattern: RegExp, n: number): Promise<string> {
  for (;;) {
    const matching = w[stream].filter((l) => pattern.test(l));
    if (matching.length >= n) return matching[n - 1]!;
    await new Promise((r) => setTimeout(r, 50));
    if (w.child.exitCode !== null) throw new Error(`exited early:\n${w.err.join('\n')}`);
  }
}

/** The bundle at `root` is what a clean build of the same data writes. */
function expectSameAsCleanBuild(root: string): void {
  const clean = copyRepoKb();
  cpSync(path.join(root, 'data'), path.join(clean, 'data'), { recursive: true });
  cpSync(path.join(root, 'demine.config.json'), path.join(clean, 'demine.config.json'));
  expect(runCli(['build', '--root', clean, '--quiet']).code).toBe(0);
  expect(snapshotTree(path.join(root, 'dist'))).toEqual(snapshotTree(path.join(clean, 'dist')));
  rmSync(clean, { recursive: true, force: true });
}

let root: string;
let watching: Watching | undefined;
afterEach(() => {
  if (watching?.child.exitCode === null) watching.child.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

describe('demine build --watch', () => {
  it('rebuilds on an edit with one line, keeps the last good bundle on errors, and exits 130 on Ctrl-C', async () => {
    root = copyRepoKb();
    writeFileSync(path.join(root, 'demine.config.json'), '{"extractOnBuild": false}\n');
    watching = startWatch(root);
    await watching.line('err', /^watching /);
    expect(watching.err[0]).toMatch(/^✔ first build: rebuilt dist\/: \d+ added/);

    const figure = path.join(root, 'data/figures/cambodia-area-cleared.yaml');
    writeFileSync(figure, readFileSync(figure, 'utf8').replace(/^measure: (.*)$/m, 'measure: $1 (revised while watching)'));
    const rebuilt = await nth(watching, 'err', /^✔ data\/figures\/cambodia-area-cleared\.yaml changed: rebuilt dist\//, 1);
    expect(rebuilt).toMatch(/in \d+\.\d\d s$/);
    expect(readFileSync(path.join(root, 'dist/figures/cambodia-area-cleared.md'), 'utf8')).toContain('(revised while watching)');
    // The watched rebuild wrote what a clean build of the same files writes.
    expectSameAsCleanBuild(root);

    const good = readFileSync(path.join(root, 'dist/actors/japan.md'), 'utf8');
    const actor = path.join(root, 'data/actors/japan.yaml');
    const original = readFileSync(actor, 'utf8');
    writeFileSync(actor, original.replace(/^name: Japan$/m, 'nmae: Japan'));
    await nth(watching, 'err', /^✖ data\/actors\/japan\.yaml changed: .*error.*; dist\/ left as it was/, 1);
    expect(watching.out.join('\n')).toContain('[schema/unknown-field]');
    expect(readFileSync(path.join(root, 'dist/actors/japan.md'), 'utf8')).toBe(good);

    watching.child.kill('SIGINT');
    expect(await watching.exit).toBe(130);
    expect(bundleProblems(path.join(root, 'dist'))).toEqual([]);
  }, 90_000);

  it('watches the bundle too: a file of it edited or deleted by hand is restored by the next rebuild', async () => {
    root = copyRepoKb();
    writeFileSync(path.join(root, 'demine.config.json'), '{"extractOnBuild": false}\n');
    watching = startWatch(root);
    await watching.line('err', /^watching /);
    const sheet = path.join(root, 'dist/actors/japan.md');
    const good = readFileSync(sheet, 'utf8');
    // Same size, so only the watcher's report (not the size) tells the rebuild to look at it.
    writeFileSync(sheet, good.replace('Japan', 'JAPAN'));
    rmSync(path.join(root, 'dist/figures/cambodia-area-cleared.md'));
    // Give the watcher of the bundle time to see both (they start no rebuild of their own).
    await new Promise((r) => setTimeout(r, 3000));
    const actor = path.join(root, 'data/actors/cambodia.yaml');
    writeFileSync(actor, readFileSync(actor, 'utf8').replace(/^name: (.*)$/m, 'name: $1 (renamed while watching)'));
    await nth(watching, 'err', /^✔ data\/actors\/cambodia\.yaml changed: rebuilt dist\//, 1);
    expect(readFileSync(sheet, 'utf8')).toBe(good);
    expectSameAsCleanBuild(root);
    watching.child.kill('SIGINT');
    expect(await watching.exit).toBe(130);
  }, 90_000);

  it('follows a folder of records moved away and back: the rebuilds see it go, come back, and its files edited after', async () => {
    root = copyRepoKb();
    writeFileSync(path.join(root, 'demine.config.json'), '{"extractOnBuild": false}\n');
    watching = startWatch(root);
    await watching.line('err', /^watching /);
    renameSync(path.join(root, 'data/figures'), path.join(root, 'figures-away'));
    // Without its figures the data still holds: the rebuild removes their sheets.
    expect(await nth(watching, 'err', /^. data\/figures changed: /, 1)).toMatch(/^✔ .* removed in /);
    renameSync(path.join(root, 'figures-away'), path.join(root, 'data/figures'));
    expect(await nth(watching, 'err', /^. data\/figures changed: /, 2)).toMatch(/^✔ .* added, /);
    const figure = path.join(root, 'data/figures/cambodia-area-cleared.yaml');
    writeFileSync(figure, readFileSync(figure, 'utf8').replace(/^measure: (.*)$/m, 'measure: $1 (after the move)'));
    await nth(watching, 'err', /^✔ data\/figures\/cambodia-area-cleared\.yaml changed: rebuilt dist\//, 1);
    expect(readFileSync(path.join(root, 'dist/figures/cambodia-area-cleared.md'), 'utf8')).toContain('(after the move)');
    expectSameAsCleanBuild(root);
    watching.child.kill('SIGINT');
    expect(await watching.exit).toBe(130);
  }, 90_000);

  it('prints one JSON object per rebuild with --format json', async () => {
    root = copyRepoKb();
    writeFileSync(path.join(root, 'demine.config.json'), '{"extractOnBuild": false}\n');
    watching = startWatch(root, ['--format', 'json']);
    await nth(watching, 'out', /^\{/, 1);
    const seed = path.join(root, 'seeds/002_2b5886e53538d0e7.md');
    writeFileSync(seed, readFileSync(seed, 'utf8').replace(/^title: (.*)$/m, 'title: "A retitled report"'));
    const line = JSON.parse(await nth(watching, 'out', /^\{/, 2)) as { changed: string[]; ok: boolean; written: { changed: string[] }; seconds: number };
    expect(line.changed).toEqual(['seeds/002_2b5886e53538d0e7.md']);
    expect(line.ok).toBe(true);
    expect(line.written.changed).toContain('index.md');
    expect(watching.err.join('\n')).not.toContain('✔');
    watching.child.kill('SIGINT');
    expect(await watching.exit).toBe(130);
  }, 90_000);
});
