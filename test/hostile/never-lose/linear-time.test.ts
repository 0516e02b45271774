import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { validateKnowledgeBase } from '../../../src/records/validate.js';
import { materialise } from '../../helpers/fixture-kb.js';

/**
 * Issue 9, case 8: one 1.9 MB document with about 2,800 quoted records made `validate` take
 * 22 s (each quote searched through the whole document, by a linear search in JavaScript
 * once the product of the lengths passed a budget). Now each document is searched once for
 * all its quotes. No timing here (the machine is shared): the characters scanned are
 * counted instead, and must stay a small multiple of the document's length.
 */
const scanned = vi.hoisted(() => ({ chars: 0, calls: 0 }));
vi.mock('../../../src/sources/multi-search.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/sources/multi-search.js')>();
  return {
    firstOccurrences: (text: string, needles: readonly string[]) => {
      scanned.chars += text.length;
      scanned.calls++;
      return real.firstOccurrences(text, needles);
    },
  };
});

const RECORDS = 2800;

describe('quote matching is linear in the document', () => {
  it(`a 1.9 MB document and ${RECORDS} records quoting it: the document is scanned a few times, not once per quote`, async () => {
    const root = materialise('validate', 'bom-crlf-valid');
    const lines: string[] = ['# A long compilation', ''];
    for (let i = 0, length = 0; length < 1_900_000; i++) {
      length += lines[lines.length - 1]!.length + 1;
      lines.push(`In district ${i} the “mine action centre” cleared ${i * 7} hectares of land, ${'and more besides, '.repeat(20)}by the end of year ${i}.`);
    }
    const text = lines.join('\n');
    writeFileSync(path.join(root, 'seeds/big.md'), text);
    mkdirSync(path.join(root, 'data/actors'), { recursive: true });
    for (let i = 0; i < RECORDS; i++) {
      const n = Math.floor((i * 7919) % (lines.length - 2));
      // Half the quotes with straight quote marks: those are found by the second, normalised pass.
      const quote = i % 2 === 0 ? `the “mine action centre” cleared ${n * 7} hectares` : `In district ${n} the "mine action centre" cleared`;
      writeFileSync(path.join(root, `data/actors/centre-${i}.yaml`), `id: centre-${i}\nname: Centre ${i}\nkind: organisation\nstatus: draft\nsources:\n  - source: big\n    quote: '${quote}'\n`);
    }
    scanned.chars = 0;
    const result = await validateKnowledgeBase(root);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(text.length).toBeGreaterThan(1_800_000);
    expect(scanned.chars).toBeLessThanOrEqual(3 * text.length);
    rmSync(root, { recursive: true, force: true });
  });
});
