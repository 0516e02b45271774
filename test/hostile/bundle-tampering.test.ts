import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../src/pipeline/build/build.js';
import { bundleProblems } from '../helpers/bundle-integrity.js';
import { materialise } from '../helpers/fixture-kb.js';

/**
 * dist/ is committed, so a pull request can put anything in its place: a link to a device
 * that never ends, a named pipe that never answers. Comparing and rebuilding the bundle
 * must not read them: they are simply different, and a build replaces them.
 */
describe('a bundle tampered with', () => {
  it('a link to /dev/zero and a pipe in dist/: --check reports them stale, build replaces them', async () => {
    const root = materialise('validate', 'bom-crlf-valid');
    writeFileSync(path.join(root, 'demine.config.json'), JSON.stringify({ out: 'dist', extractOnBuild: false }));
    expect((await buildBundle({ root })).written).toBe(true);
    const dist = path.join(root, 'dist');
    const sheet = path.join(dist, 'actors/ministry-of-demining.md');
    rmSync(path.join(dist, 'index.md'));
    symlinkSync('/dev/zero', path.join(dist, 'index.md'));
    rmSync(sheet);
    execFileSync('mkfifo', [sheet]);

    const check = await buildBundle({ root, check: true });
    expect(check.written).toBe(false);
    expect(check.changes?.changed).toEqual(['actors/ministry-of-demining.md', 'index.md']);
    expect(lstatSync(sheet).isFIFO()).toBe(true);

    // A changed record, so that the build cache does not answer for the bundle.
    const figure = path.join(root, 'data/figures/ministry-area-cleared.yaml');
    writeFileSync(figure, readFileSync(figure, 'utf8').replace('measure: area cleared since 2010', 'measure: area cleared since 2010 (revised)'));
    const build = await buildBundle({ root });
    expect(build.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(build.written).toBe(true);
    expect(lstatSync(path.join(dist, 'index.md')).isFile()).toBe(true);
    expect(lstatSync(sheet).isFile()).toBe(true);
    expect(bundleProblems(dist)).toEqual([]);
  });
});
