import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateKnowledgeBase } from '../../src/records/validate.js';
import { caseNames, FIXTURES, materialise } from '../helpers/fixture-kb.js';

/**
 * Each folder in fixtures/validate/ lays a broken (or tricky) file over `_base`, a small valid
 * knowledge base, and lists in expected.json the exact diagnostics: file, line, column, rule.
 */
describe('validate fixtures', () => {
  it('the base knowledge base is clean', async () => {
    const result = await validateKnowledgeBase(path.join(FIXTURES, 'validate', '_base'));
    expect(result.diagnostics).toEqual([]);
    expect(result.kb?.records.pillar.map((p) => p.record.order)).toEqual([1, 2]);
  });

  for (const name of caseNames('validate')) {
    it(name, async () => {
      const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'validate', name, 'expected.json'), 'utf8')) as unknown[];
      const result = await validateKnowledgeBase(materialise('validate', name));
      const actual = result.diagnostics.map((d) => ({ file: d.file, line: d.line, column: d.column, rule: d.rule, severity: d.severity }));
      expect(actual).toEqual(expected);
      for (const d of result.diagnostics) {
        expect(d.message).not.toMatch(/\n/);
        expect(d.message.length).toBeGreaterThan(10);
      }
      // Every case is named after the rule it exercises, and reports it.
      const rule = name.replace(/^(yaml|schema|record|ref|pillar|figure|source|quote|file)-/, '$1/');
      if (!['bom-crlf-valid', 'utf16', 'yaml-tab-indent', 'source-front-matter-js'].includes(name)) {
        expect(actual.map((d) => d.rule)).toContain(rule);
      }
    });
  }

  it('a file with a BOM and CRLF line endings is read like any other', async () => {
    const result = await validateKnowledgeBase(materialise('validate', 'bom-crlf-valid'));
    expect(result.diagnostics).toEqual([]);
    expect(result.kb?.records.actor[0]?.record.name).toBe('Ministry of Demining');
  });
});
