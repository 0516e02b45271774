import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_NOTE } from '../../../src/bundle/pages/fact-sheet.js';
import { copyRepoKb } from '../../helpers/kb-copy.js';
import { runMain } from '../../helpers/run-main.js';

/**
 * Issue 9, case 10: machine drafts were listed in index.md with no marker, and `demine cite`
 * gave a "ready citation" of a draft with no warning. Now index.md marks every draft as the
 * fact sheets do, and cite marks a draft in every format and says so on stderr.
 */
let root: string;
const drafts: { ref: string; name: string; file: string }[] = [];
beforeAll(async () => {
  root = copyRepoKb();
  for (const folder of ['actors', 'figures', 'initiatives', 'pillars']) {
    for (const name of readdirSync(path.join(root, 'data', folder))) {
      const record = parse(readFileSync(path.join(root, 'data', folder, name), 'utf8')) as { id: string; status: string };
      if (record.status === 'draft') drafts.push({ ref: `${folder.replace(/s$/, '')}:${record.id}`, name, file: `${folder}/${record.id}.md` });
    }
  }
  expect((await runMain(['build', '--root', root])).code).toBe(0);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('drafts never pass for reviewed records', () => {
  it('the repository holds drafts of several types', () => {
    expect(new Set(drafts.map((d) => d.ref.split(':')[0])).size).toBeGreaterThanOrEqual(2);
  });

  it('index.md marks every draft where it is listed, and no reviewed record', () => {
    const index = readFileSync(path.join(root, 'dist/index.md'), 'utf8');
    const lines = index.split('\n');
    for (const draft of drafts) {
      const listed = lines.filter((l) => l.includes(`](${draft.file})`) && /^(\d+\.|-|###|\|)/.test(l) && l.indexOf(`](${draft.file})`) < 200);
      for (const line of listed) expect(line, draft.ref).toContain(`](${draft.file}) (draft)`);
    }
    expect(lines.filter((l) => l.includes(') (draft)')).length).toBeGreaterThanOrEqual(drafts.length - 1);
    expect(index).toContain('Records marked (draft) were extracted by machine');
    expect(index).not.toMatch(/\(actors\/japan\.md\) \(draft\)/);
  });

  for (const format of ['markdown', 'text', 'csl-json']) {
    it(`cite --format ${format} of a draft says it is a draft, on stdout and stderr`, async () => {
      const run = await runMain(['cite', drafts[0]!.ref, '--format', format, '--root', root]);
      expect(run.code).toBe(0);
      const out = format === 'csl-json' ? (JSON.parse(run.stdout) as { note: string }[]).map((i) => i.note).join('\n') : run.stdout;
      // CSL-JSON: one item per work, whose note marks each draft record it supports.
      expect(out).toContain(format === 'csl-json' ? `${drafts[0]!.ref} (draft, not yet reviewed)` : DRAFT_NOTE);
      expect(run.stderr).toMatch(/is a draft, extracted by machine and not reviewed/);
      const reviewed = await runMain(['cite', 'actor:japan', '--format', format, '--root', root]);
      expect(reviewed.stdout).not.toContain(DRAFT_NOTE);
      expect(reviewed.stdout).not.toContain('(draft');
      expect(reviewed.stderr).toBe('');
    });
  }
});
