/**
 * Property: after any sequence of edits, additions, deletions and renames in data/, seeds/ and
 * schemas/ (and hand edits in dist/), an incremental build writes exactly the bundle a clean
 * build of the same files writes, byte for byte.
 */
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, onTestFinished } from 'vitest';
import { hasErrors } from '../../src/diagnostics/diagnostic.js';
import { buildBundle } from '../../src/pipeline/build/build.js';
import { BuildMemory } from '../../src/pipeline/build/incremental/build-memory.js';
import { overlayLimits } from '../../src/pipeline/build/cache/cache-overlay.js';
import { recordHash } from '../../src/pipeline/build/incremental/dependency-hashes.js';
import { copyRepoKb, snapshotTree } from '../helpers/kb-copy.js';
import { tempDir } from '../helpers/temp-dir.js';

const NO_EXTRACTION = '{"extractOnBuild": false}\n';

let clock = Date.now() / 1000 + 10;
/** A new modification time for every write, as an editor saving a file gives it. */
function touch(file: string): void {
  clock += 2;
  utimesSync(file, clock, clock);
}

/** Every file written, removed or renamed since it was last cleared: what a watcher would report. */
const touched = new Set<string>();
/** Bundle files edited or deleted by hand (relative to dist/): what the watch's watcher of the bundle would report. */
const tampered = new Set<string>();

function write(file: string, text: string): void {
  writeFileSync(file, text);
  touch(file);
  touched.add(file);
}

function remove(file: string): void {
  rmSync(file);
  touched.add(file);
}

function move(from: string, to: string): void {
  renameSync(from, to);
  touched.add(from).add(to);
}

const files = (root: string, dir: string): string[] => (existsSync(path.join(root, dir)) ? readdirSync(path.join(root, dir)).sort().map((n) => `${dir}/${n}`) : []);
const recordFiles = (root: string): string[] => ['actors', 'figures', 'initiatives', 'pillars'].flatMap((f) => files(root, `data/${f}`));
const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

type Op = { kind: string; n: number; m: number };

/** Applies one random change to the knowledge base (or the bundle) at `root`. */
function apply(root: string, { kind, n, m }: Op): void {
  const at = (rel: string) => path.join(root, rel);
  switch (kind) {
    case 'edit-record': {
      const rel = pick(recordFiles(root), n);
      if (!rel) return;
      write(at(rel), readFileSync(at(rel), 'utf8').replace(/^(name|title|measure): (.*)$/m, `$1: $2 v${m}`));
      return;
    }
    case 'copy-record': {
      // A new record: a copy of one under a new id (a new figure about an actor, a new pillar…).
      const rel = pick(recordFiles(root), n);
      if (!rel) return;
      const id = `added-${m}-${n}`;
      write(at(`${path.dirname(rel)}/${id}.yaml`), readFileSync(at(rel), 'utf8').replace(/^id: .*$/m, `id: ${id}`));
      return;
    }
    case 'retarget-record': {
      // The same record pointing at another one: referrer lists change, ids do not.
      const rel = pick(files(root, 'data/figures'), n);
      const actor = pick(files(root, 'data/actors'), m);
      if (!rel || !actor) return;
      write(at(rel), readFileSync(at(rel), 'utf8').replace(/^about: .*$/m, `about: actor:${path.basename(actor, '.yaml')}`));
      return;
    }
    case 'delete-record': {
      const rel = pick(files(root, m % 2 ? 'data/figures' : 'data/actors'), n);
      if (rel) remove(at(rel));
      return;
    }
    case 'rename-record': {
      const rel = pick(files(root, 'data/figures'), n);
      if (!rel) return;
      const id = `renamed-${m}-${n}`;
      move(at(rel), at(`data/figures/${id}.yaml`));
      write(at(`data/figures/${id}.yaml`), readFileSync(at(`data/figures/${id}.yaml`), 'utf8').replace(/^id: .*$/m, `id: ${id}`));
      return;
    }
    case 'edit-seed': {
      // Lines inserted before the quotes move every quote's line; a changed title changes footnotes.
      const rel = pick(files(root, 'seeds'), n);
      if (!rel) return;
      const text = readFileSync(at(rel), 'utf8');
      const edited = m % 3 === 0 ? text.replace(/^title: (.*)$/m, `title: $1 (v${m})`) : m % 3 === 1 ? text.replace(/\n\n/, `\n\nAn added paragraph ${m}.\n\n`) : `${text}\nA closing line ${m}.\n`;
      write(at(rel), edited);
      return;
    }
    case 'rename-seed': {
      // The document moves to a new id and every record citing it follows.
      const rel = pick(files(root, 'seeds'), n);
      if (!rel) return;
      const oldId = path.basename(rel, '.md');
      const newId = `${String(900 + (m % 100))}_renamed${n}`;
      move(at(rel), at(`seeds/${newId}.md`));
      for (const record of recordFiles(root)) {
        const text = readFileSync(at(record), 'utf8');
        if (text.includes(`source: ${oldId}`)) write(at(record), text.split(`source: ${oldId}`).join(`source: ${newId}`));
      }
      return;
    }
    case 'add-seed': {
      const rel = pick(files(root, 'seeds'), n);
      if (rel) write(at(`seeds/${String(800 + (m % 100))}_added${n}.md`), readFileSync(at(rel), 'utf8'));
      return;
    }
    case 'edit-schema': {
      const rel = pick(files(root, 'schemas'), n);
      if (!rel) return;
      const schema = JSON.parse(readFileSync(at(rel), 'utf8')) as Record<string, unknown>;
      if (m % 2) delete schema.$comment;
      else schema.$comment = `edited ${m}`;
      write(at(rel), `${JSON.stringify(schema, null, 2)}\n`);
      return;
    }
    case 'tamper-dist': {
      const list = files(root, 'dist/actors');
      const rel = pick(m % 3 === 0 ? ['dist/index.md', 'dist/briefing.json', 'dist/listings/figures.md', 'dist/listings/pillars.md'] : list, n);
      if (!rel || !existsSync(at(rel))) return;
      if (m % 2) rmSync(at(rel));
      else appendFileSync(at(rel), 'hand edit\n');
      tampered.add(path.relative(path.join(root, 'dist'), at(rel)).split(path.sep).join('/'));
      return;
    }
  }
}

/** A clean build (no cache, no bundle) of the same inputs. */
async function cleanBuildOf(root: string): Promise<{ ok: boolean; diagnostics: unknown[]; dist?: Map<string, string> }> {
  const fresh = tempDir('clean');
  for (const part of ['data', 'seeds', 'schemas', 'demine.config.json']) cpSync(path.join(root, part), path.join(fresh, part), { recursive: true });
  const result = await buildBundle({ root: fresh });
  const ok = !hasErrors(result.diagnostics);
  const dist = ok ? snapshotTree(path.join(fresh, 'dist')) : undefined;
  rmSync(fresh, { recursive: true, force: true });
  return { ok, diagnostics: result.diagnostics, ...(dist ? { dist } : {}) };
}

const op = fc.record({
  kind: fc.constantFrom('edit-record', 'copy-record', 'retarget-record', 'delete-record', 'rename-record', 'edit-seed', 'rename-seed', 'add-seed', 'edit-schema', 'tamper-dist'),
  n: fc.nat(200),
  m: fc.nat(1000),
});

describe('incremental builds', () => {
  // Watched: the builds of one process (`demine build --watch`), caches kept in memory and only
  // the files the watcher names looked at again.
  // Overlaid: the records' cache (`parsed.json`), however small, gets an overlay after a small change (`cache-overlay.ts`), as a large one does.
  it.each([
    ['one process per build', false, false],
    ['one process per build, the caches patched by overlays', false, true],
    ['watched, in one process', true, false],
  ])('are byte-identical to a clean build, with the same diagnostics, after random edits, additions, deletions and renames (%s)', async (_how, watched, overlaid) => {
    const minBytes = overlayLimits.minBytes;
    if (overlaid) overlayLimits.minBytes = 0;
    onTestFinished(() => {
      overlayLimits.minBytes = minBytes;
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(op, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), fc.boolean(), async (steps, swapWhole) => {
        const root = copyRepoKb();
        const memory = watched ? new BuildMemory(root) : undefined;
        try {
          write(path.join(root, 'demine.config.json'), NO_EXTRACTION);
          expect(hasErrors((await buildBundle({ root, memory })).diagnostics)).toBe(false);
          for (const step of steps) {
            touched.clear();
            tampered.clear();
            for (const change of step) apply(root, change);
            memory?.bundleChanged([...tampered]);
            const changed = [...touched].map((file) => path.relative(root, file).split(path.sep).join('/')).filter((rel) => !rel.startsWith('dist/'));
            const before = snapshotTree(path.join(root, 'dist'));
            const result = await buildBundle({ root, memory, changed, ...(swapWhole ? { inPlaceLimit: 0 } : {}) });
            const clean = await cleanBuildOf(root);
            expect(!hasErrors(result.diagnostics)).toBe(clean.ok);
            // The same problems at the same places, though unchanged files were not read again.
            expect(result.diagnostics).toEqual(clean.diagnostics);
            if (clean.ok) expect(snapshotTree(path.join(root, 'dist'))).toEqual(clean.dist);
            else expect(result.written).toBe(false);
            if (!clean.ok) expect(snapshotTree(path.join(root, 'dist'))).toEqual(before);
          }
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: watched ? 8 : 12 },
    );
  }, 300_000);
});

describe('an incremental build after one change', () => {
  it('renders only the fact sheets that read the changed record, and writes only files whose content changed', async () => {
    const root = copyRepoKb();
    try {
      write(path.join(root, 'demine.config.json'), NO_EXTRACTION);
      const first = await buildBundle({ root });
      expect(first.rendered).toBe(first.files - 8); // every sheet; briefing, index, manifest and the 5 listings are not sheets
      const figure = path.join(root, 'data/figures/cambodia-area-cleared.yaml');
      write(figure, readFileSync(figure, 'utf8').replace(/^measure: (.*)$/m, 'measure: $1 (revised)'));
      const again = await buildBundle({ root });
      // The figure's sheet and the sheet of the actor it is about, which lists it.
      expect(again.rendered).toBe(2);
      // In briefing.json, only the figure's own text (the others are taken from the last file).
      expect(first.briefingRendered).toBe(first.files - 8);
      expect(again.briefingRendered).toBe(1);
      // On the listings, only the figure's line (the others are taken from the last page).
      expect(again.listingRendered).toBe(1);
      expect(again.changes?.changed).toEqual(['actors/cambodia.md', 'briefing.json', 'figures/cambodia-area-cleared.md', 'index.md', 'listings/figures.md', 'manifest.json']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the records cache', () => {
  it("keeps each record's hash with its value, so that a record recalled is not serialised again to be hashed", async () => {
    const root = copyRepoKb();
    try {
      write(path.join(root, 'demine.config.json'), NO_EXTRACTION);
      await buildBundle({ root });
      const stored = JSON.parse(readFileSync(path.join(root, '.demine/parsed.json'), 'utf8')) as { records: Record<string, [string, string, object, string]> };
      const entries = Object.values(stored.records);
      expect(entries.length).toBeGreaterThan(0);
      for (const [, , value, hash] of entries) expect(hash).toBe(recordHash(JSON.parse(JSON.stringify(value)) as object));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the listings after one change', () => {
  it('serialise again the lines of the pillars whose initiative was renamed, and take the others from the last pages', async () => {
    const root = copyRepoKb();
    try {
      write(path.join(root, 'demine.config.json'), NO_EXTRACTION);
      await buildBundle({ root });
      const initiative = path.join(root, 'data/initiatives/japan-cambodia-landmine-initiative.yaml');
      const pillars = readdirSync(path.join(root, 'data/pillars')).filter((name) => readFileSync(path.join(root, 'data/pillars', name), 'utf8').includes('initiative: initiative:japan-cambodia-landmine-initiative'));
      expect(pillars.length).toBeGreaterThan(0);
      write(initiative, readFileSync(initiative, 'utf8').replace(/^name: (.*)$/m, 'name: $1 (renamed)'));
      const again = await buildBundle({ root });
      // The initiative's own line, and the line of each of its pillars, which names it.
      expect(again.listingRendered).toBe(1 + pillars.length);
      expect(readFileSync(path.join(root, 'dist/listings/pillars.md'), 'utf8')).toContain('(renamed)');
      expect(snapshotTree(path.join(root, 'dist'))).toEqual((await cleanBuildOf(root)).dist);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('are rendered whole again when a listing page was edited by hand', async () => {
    const root = copyRepoKb();
    try {
      write(path.join(root, 'demine.config.json'), NO_EXTRACTION);
      const first = await buildBundle({ root });
      const listing = path.join(root, 'dist/listings/figures.md');
      writeFileSync(listing, readFileSync(listing, 'utf8').replace('- [', '- [hand edit '));
      const figure = path.join(root, 'data/figures/cambodia-area-cleared.yaml');
      write(figure, readFileSync(figure, 'utf8').replace(/^measure: (.*)$/m, 'measure: $1 (revised)'));
      const again = await buildBundle({ root });
      // A bundle that is not as the last build left it is rendered whole (`bundleMatchesOutputs`): no line is taken from it.
      expect(first.listingRendered).toBe(first.files - 8);
      expect(again.listingRendered).toBe(first.files - 8);
      expect(readFileSync(listing, 'utf8')).not.toContain('hand edit');
      expect(snapshotTree(path.join(root, 'dist'))).toEqual((await cleanBuildOf(root)).dist);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('a watched rebuild', () => {
  it('patches the render it keeps (only the sheets that read the change), and what it flushes to .demine/ serves the next process', async () => {
    const root = copyRepoKb();
    const memory = new BuildMemory(root);
    try {
      write(path.join(root, 'demine.config.json'), NO_EXTRACTION);
      await buildBundle({ root, memory });
      const figure = path.join(root, 'data/figures/cambodia-area-cleared.yaml');
      const rel = 'data/figures/cambodia-area-cleared.yaml';
      write(figure, readFileSync(figure, 'utf8').replace(/^measure: (.*)$/m, 'measure: $1 (revised)'));
      const again = await buildBundle({ root, memory, changed: [rel] });
      expect(memory.render.patched).toBe(1);
      expect(again.rendered).toBe(2);
      expect(again.briefingRendered).toBe(1);
      expect(snapshotTree(path.join(root, 'dist'))).toEqual((await cleanBuildOf(root)).dist);
      // The kept state, written out, is a whole state: a new process after one more edit redoes the same two sheets.
      await memory.flush();
      write(figure, readFileSync(figure, 'utf8').replace(' (revised)', ' (revised again)'));
      const next = await buildBundle({ root });
      expect(next.rendered).toBe(2);
      expect(next.briefingRendered).toBe(1);
      expect(next.listingRendered).toBe(1);
      expect(snapshotTree(path.join(root, 'dist'))).toEqual((await cleanBuildOf(root)).dist);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
