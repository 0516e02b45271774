import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { FORMATTERS } from '../../src/cli/formatters/index.js';

const diagnostics: Diagnostic[] = [
  { file: 'data/actors/a.yaml', line: 3, column: 1, rule: 'schema/unknown-field', severity: 'error', message: 'Unknown field `nmae`; did you mean `name`?', hint: 'Rename it to `name`.' },
  { file: 'data/figures/b, c.yaml', line: 7, column: 8, endLine: 7, endColumn: 20, rule: 'ref/dangling', severity: 'warning', message: '50% done:\nnext line' },
];
const chalk = new Chalk({ level: 0 });

describe('formatters', () => {
  it('pretty: path:line:col  severity  message  [rule], one line each', () => {
    expect(FORMATTERS.pretty(diagnostics, { chalk })).toBe(
      'data/actors/a.yaml:3:1  error  Unknown field `nmae`; did you mean `name`? Rename it to `name`.  [schema/unknown-field]\n' +
        'data/figures/b, c.yaml:7:8  warning  50% done:\nnext line  [ref/dangling]\n',
    );
  });
  it('json: a stable array with every field', () => {
    const rows = JSON.parse(FORMATTERS.json(diagnostics, { chalk }));
    expect(Object.keys(rows[0])).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message', 'hint']);
    expect(rows[1]).toMatchObject({ file: 'data/figures/b, c.yaml', line: 7, column: 8, endColumn: 20, hint: null });
    expect(FORMATTERS.json([], { chalk })).toBe('[]\n');
  });
  it('github: workflow commands with escaped properties and data', () => {
    const out = FORMATTERS.github(diagnostics, { chalk }).split('\n');
    expect(out[0]).toBe('::error file=data/actors/a.yaml,line=3,col=1,title=schema/unknown-field::Unknown field `nmae`; did you mean `name`? Rename it to `name`.');
    expect(out[1]).toBe('::warning file=data/figures/b%2C c.yaml,line=7,col=8,endLine=7,endColumn=20,title=ref/dangling::50%25 done:%0Anext line');
  });
});
