import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const NEWS = '002_2b5886e53538d0e7';

describe('demine status (built CLI)', () => {
  it('exit 0 when nothing waits and nothing is stale; exit 1 with what waits: a new document, drafts, a stale bundle, problems', () => {
    const root = path.join(tempDir('status'), 'kb');
    expect(runCli(['init', root]).code).toBe(0);
    expect(runCli(['build', '--root', root]).code).toBe(0);
    const clean = runCli(['status', '--root', root]);
    expect(clean.stdout).toBe('documents: all extracted\ndrafts: none waiting\nrejected: 0\ndist/: up to date\nproblems: none\n');
    expect(clean.code).toBe(0);

    copyFileSync(path.join(REPO, 'seeds', `${NEWS}.md`), path.join(root, 'seeds', `${NEWS}.md`));
    const fresh = runCli(['status', '--root', root, '--json']);
    expect(fresh.code).toBe(1);
    expect(JSON.parse(fresh.stdout)).toMatchObject({ notExtracted: [{ source: NEWS, file: `seeds/${NEWS}.md` }], draftCount: 0, bundle: { state: 'stale' }, clean: false });

    expect(runCli(['build', '--root', root]).code).toBe(0);
    const waiting = JSON.parse(runCli(['status', '--root', root, '--json']).stdout);
    expect(waiting).toMatchObject({ notExtracted: [], bundle: { state: 'up-to-date' }, problems: { errors: 0 } });
    expect(waiting.drafts).toEqual([{ source: NEWS, count: waiting.draftCount }]);

    expect(runCli(['accept', '--all', '--root', root]).code).toBe(0);
    expect(runCli(['status', '--root', root]).stdout).toMatch(/^drafts: none waiting\n.*\ndist\/: stale \(0 added, \d+ changed, 0 removed; `demine build`\)$/m);
    expect(runCli(['build', '--root', root]).code).toBe(0);
    expect(runCli(['status', '--root', root]).code).toBe(0);

    writeFileSync(path.join(root, 'data/actors/broken.yaml'), 'id: broken\n');
    const broken = runCli(['status', '--root', root]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^dist\/: unknown until the errors are fixed\nproblems: [1-9]\d* errors?, 0 warnings \(`demine validate`\)$/m);
  });
});
