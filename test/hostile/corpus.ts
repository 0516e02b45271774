import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, cpSync, existsSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../helpers/fixture-kb.js';
import { tempDir } from '../helpers/temp-dir.js';

/**
 * The hostile corpus: each folder of `fixtures/hostile/` is laid over the clean knowledge
 * base of `fixtures/validate/_base` and lists in `expected.json` the exact diagnostics
 * (file, line, column, rule, severity). What git cannot hold or should not hold (links,
 * pipes, unreadable files, files of 50 MB) is described in the case's `setup.json` and
 * made when the case is materialised.
 */
export const HOSTILE = path.join(FIXTURES, 'hostile');
const BASE = path.join(FIXTURES, 'validate', '_base');

export interface Setup {
  /** Base files to delete first, e.g. a whole folder that the case replaces with a link. */
  remove?: string[];
  /** Files made outside the knowledge base (in a sibling temporary folder), for links that leave it: path → content. */
  outside?: Record<string, string>;
  /** Symbolic links: path → target. `$OUTSIDE` in a target names the folder of `outside`. */
  symlinks?: Record<string, string>;
  /** Files or folders made unreadable: mode 000, or, where permissions are not enforced (root), a dangling link. */
  unreadable?: string[];
  /** Named pipes (a reader that opens one without care waits forever). */
  fifos?: string[];
  /** Folders with a file's name (`x.yaml/`). */
  folders?: string[];
  /** Sparse files of `bytes` bytes starting with `head`: 50 MB without using 50 MB of disk. */
  sparse?: { path: string; bytes: number; head: string }[];
  /** Files generated as `head` + `line` repeated `count` times (`{i}` is replaced by the line number). */
  generate?: { path: string; head: string; line: string; count: number }[];
  /** Files whose names git should not hold (line breaks, escape characters): path → content. */
  files?: Record<string, string>;
  /** Absolute paths of marker files the case's documents try to create; none may exist after any command. */
  markers?: string[];
}

export interface HostileCase {
  name: string;
  dir: string;
  expected: ExpectedDiagnostic[];
  setup: Setup;
}

export interface ExpectedDiagnostic {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: 'error' | 'warning';
}

export function hostileCases(): HostileCase[] {
  return readdirSync(HOSTILE)
    .filter((n) => !n.startsWith('_') && !n.startsWith('.'))
    .sort()
    .map((name) => {
      const dir = path.join(HOSTILE, name);
      const setupFile = path.join(dir, 'setup.json');
      return {
        name,
        dir,
        expected: JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as ExpectedDiagnostic[],
        setup: existsSync(setupFile) ? (JSON.parse(readFileSync(setupFile, 'utf8')) as Setup) : {},
      };
    });
}

/** True when file permissions are not enforced for this process (root in CI containers). */
export const PERMISSIONS_IGNORED = process.getuid?.() === 0;

/** A fresh copy of the base with the case laid over it and its setup applied; returns the root. */
export function materialiseHostile(c: HostileCase): string {
  const parent = tempDir(`hostile-${c.name}`);
  const root = path.join(parent, 'kb');
  const outside = path.join(parent, 'outside');
  cpSync(BASE, root, { recursive: true });
  for (const rel of c.setup.remove ?? []) rmSync(path.join(root, rel), { recursive: true, force: true });
  cpSync(c.dir, root, { recursive: true, filter: (src) => !['expected.json', 'setup.json'].includes(path.basename(src)) });
  for (const [rel, content] of Object.entries(c.setup.outside ?? {})) {
    mkdirSync(path.dirname(path.join(outside, rel)), { recursive: true });
    writeFileSync(path.join(outside, rel), content);
  }
  for (const [rel, target] of Object.entries(c.setup.symlinks ?? {})) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    symlinkSync(target.replace('$OUTSIDE', outside), path.join(root, rel));
  }
  for (const rel of c.setup.unreadable ?? []) {
    const file = path.join(root, rel);
    if (PERMISSIONS_IGNORED) {
      rmSync(file, { recursive: true, force: true });
      symlinkSync(`${path.basename(rel)}.gone`, file);
    } else {
      chmodSync(file, 0o000);
    }
  }
  for (const rel of c.setup.fifos ?? []) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    execFileSync('mkfifo', [path.join(root, rel)]);
  }
  for (const rel of c.setup.folders ?? []) mkdirSync(path.join(root, rel), { recursive: true });
  for (const { path: rel, bytes, head } of c.setup.sparse ?? []) {
    const fd = openSync(path.join(root, rel), 'w');
    writeSync(fd, head);
    ftruncateSync(fd, bytes);
    closeSync(fd);
  }
  for (const [rel, content] of Object.entries(c.setup.files ?? {})) writeFileSync(path.join(root, rel), content);
  for (const { path: rel, head, line, count } of c.setup.generate ?? []) {
    const lines: string[] = [head];
    for (let i = 0; i < count; i++) lines.push(line.replaceAll('{i}', String(i)));
    writeFileSync(path.join(root, rel), lines.join(''));
  }
  return root;
}

/** Gives back permissions taken by `unreadable`, so the temporary folder can be removed. */
export function cleanUp(root: string, c: HostileCase): void {
  if (!PERMISSIONS_IGNORED) for (const rel of c.setup.unreadable ?? []) chmodSync(path.join(root, rel), statSync(path.join(root, rel)).isDirectory() ? 0o755 : 0o644);
  rmSync(path.dirname(root), { recursive: true, force: true });
}

export function removeMarkers(c: HostileCase): void {
  for (const marker of c.setup.markers ?? []) rmSync(marker, { force: true });
}
