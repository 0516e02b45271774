import { existsSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { checkKnowledgeBase } from '../../src/pipeline/check.js';
import { cleanUp, hostileCases, materialiseHostile, removeMarkers } from './corpus.js';

/**
 * Every case of the hostile corpus, validated in-process: exactly the expected diagnostics,
 * each one line with a real position, nothing executed, Object.prototype untouched.
 * The same cases run through the built CLI in cli.test.ts (a representative subset).
 */
const cases = hostileCases();
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

describe('hostile corpus', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const c of cases) {
    it(c.name, async () => {
      removeMarkers(c);
      const root = materialiseHostile(c);
      try {
        const result = await checkKnowledgeBase(root);
        const actual = result.diagnostics.map((d) => ({ file: d.file, line: d.line, column: d.column, rule: d.rule, severity: d.severity }));
        expect(actual).toEqual(c.expected);
        for (const d of result.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.message.length).toBeGreaterThan(10);
          // One line, and nothing that would drive a terminal.
          expect(d.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
          expect(d.hint ?? '').not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
        }
        // A case with no errors gives a knowledge base; one with errors does not.
        expect(result.kb === undefined).toBe(c.expected.some((d) => d.severity === 'error'));
        for (const marker of c.setup.markers ?? []) expect(existsSync(marker), `${marker} was created: something in a document ran`).toBe(false);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
      } finally {
        cleanUp(root, c);
      }
    });
  }

  it('the code-engine payloads are live: gray-matter with its own engines would run them', () => {
    // The control for the `front-matter-*-engine` cases: their marker files are not created by
    // demine because nothing is evaluated, not because the payload is harmless.
    const c = cases.find((x) => x.name === 'front-matter-js-engine')!;
    removeMarkers(c);
    const text = '---js\n{ title: require("fs").writeFileSync("/tmp/demine-hostile-js", "ran") }\n---\nbody\n';
    try {
      matter(text);
      expect(existsSync('/tmp/demine-hostile-js')).toBe(true);
    } finally {
      removeMarkers(c);
    }
  });
});
