import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/write-atomic.js';
import { asciiJson, jsonPieces } from '../../src/pipeline/build/cache/json-pieces.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('the caches written in pieces', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('join to exactly the JSON written whole, whatever the piece size and the values', () => {
    const map = fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.oneof(fc.string(), fc.integer())), fc.constant(undefined)));
    const value = fc.record({ key: fc.string(), hashes: map, sheets: map, list: fc.array(fc.string()), none: fc.constant(undefined), n: fc.double() }, { requiredKeys: [] });
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 64 }), (v, size) => {
        const pieces = [...jsonPieces(v, size)];
        expect(pieces.join('')).toBe(asciiJson(v));
        for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(size);
      }),
    );
  });

  it('serialise as JSON.stringify does what is not a plain object: arrays, toJSON, a Map, null prototypes', () => {
    const weird = { a: [1, { b: 2 }], d: new Date(0), m: new Map([[1, 2]]), o: Object.assign(Object.create(null), { x: 'é' }), f: () => 1 };
    expect([...jsonPieces(weird, 3)].join('')).toBe(asciiJson(weird));
    expect([...jsonPieces([1, 2, 3], 1)].join('')).toBe('[1,2,3]');
  });

  it('go to the file one after another, the file whole at the end', async () => {
    dir = tempDir('pieces');
    const file = path.join(dir, 'sub', 'state.json');
    // More entries than are serialised at once, and a `__proto__` entry that must stay one.
    const entries: [string, unknown][] = Array.from({ length: 5000 }, (_, i) => [`figures/f-${i}.md`, ['r:figure:f', `s:doc-${i}`, 'é']]);
    const value = { sheets: Object.fromEntries([...entries.slice(0, 2500), ['__proto__', ['x']], ['7', []], ...entries.slice(2500)]) };
    await writeFileAtomic(file, jsonPieces(value, 1000));
    expect(readFileSync(file, 'utf8')).toBe(asciiJson(value));
    expect(readFileSync(file, 'utf8')).toContain('"__proto__":["x"]');
  });
});
