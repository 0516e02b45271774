import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/read-text.js';
import { asciiJson, readCacheFile } from '../../src/pipeline/build/cache/cache-file.js';
import { buildBundle } from '../../src/pipeline/build/build.js';
import { copyRepoKb } from '../helpers/kb-copy.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('plain ASCII text is read without UTF-8 decoding', () => {
  it('gives the same text as UTF-8 decoding, and still reports NUL bytes and UTF-16', () => {
    const ascii = Array.from({ length: 127 }, (_, i) => String.fromCharCode(i + 1)).join('').repeat(3);
    expect(decodeText(bytes(ascii), 'a.txt')).toEqual({ ok: true, text: ascii });
    expect(decodeText(bytes('id: x\n').subarray(1), 'a.txt')).toEqual({ ok: true, text: 'd: x\n' });
    expect(decodeText(bytes('a\0b'), 'a.txt')).toMatchObject({ ok: false, diagnostic: { rule: 'file/not-text' } });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0]), 'a.txt')).toMatchObject({ ok: false, diagnostic: { rule: 'file/not-text' } });
    // Not ASCII: decoded as UTF-8 as before, the byte-order mark dropped, invalid bytes refused.
    expect(decodeText(bytes('\ufeffé – 😀'), 'a.txt')).toEqual({ ok: true, text: 'é – 😀' });
    expect(decodeText(new Uint8Array([0x61, 0xc3]), 'a.txt')).toMatchObject({ ok: false, diagnostic: { rule: 'file/not-text' } });
  });
});

describe('the caches of .demine/ are written as ASCII JSON', () => {
  let root: string | undefined;
  afterEach(() => root && rmSync(root, { recursive: true, force: true }));

  it('escapes every character past ASCII, and parses back to the same value', () => {
    const value = { 'é': ['– 😀', '\u007f', '\u2028', '\ud800', 'a"\\\n'], n: [1.5, -0, null, true] };
    const json = asciiJson(value);
    expect(json).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(asciiJson({ a: 'plain' })).toBe(JSON.stringify({ a: 'plain' }));
  });

  it('after a build of a knowledge base with text past ASCII, every cache file is ASCII and reads back', async () => {
    root = copyRepoKb();
    expect((await buildBundle({ root })).written).toBe(true);
    const dir = path.join(root, '.demine');
    const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
    expect(names).toEqual(expect.arrayContaining(['build-cache.json', 'build-outputs.json', 'incremental.json', 'parsed.json']));
    for (const name of names) {
      const raw = readFileSync(path.join(dir, name));
      expect(raw.every((b) => b < 0x80), name).toBe(true);
      expect(readCacheFile(root, name, () => true)).toEqual(JSON.parse(raw.toString('utf8')));
    }
    // The knowledge base's own text past ASCII is in the records' cache, escaped.
    expect(readFileSync(path.join(dir, 'parsed.json'), 'utf8')).toMatch(/\\u00[0-9a-f]{2}|\\u20[0-9a-f]{2}/);
    expect((await buildBundle({ root })).fromCache).toBe(true);
  });
});
