import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { setStatusYaml } from '../../src/review/set-status.js';

describe('setStatusYaml', () => {
  it('changes only the characters of the value: comments, quoting of other values, order and blank lines stay', () => {
    const text = '# yaml-language-server: $schema=../../schemas/actor.schema.json\n# my note\nid: kyodo-news\nname:   "Kyodo News"   # as written\n\nstatus: draft  # set by extraction\nkind: organisation\nsources:\n  - {source: a, quote: "Kyodo News reports"}\n';
    expect(setStatusYaml(text, 'reviewed')).toBe(text.replace('status: draft', 'status: reviewed'));
    expect(setStatusYaml(text, 'rejected')).toBe(text.replace('status: draft', 'status: rejected'));
  });

  it('replaces a quoted value whole, and keeps CRLF line endings', () => {
    expect(setStatusYaml('id: a\r\nstatus: "draft"\r\nkind: person\r\n', 'reviewed')).toBe('id: a\r\nstatus: reviewed\r\nkind: person\r\n');
    expect(setStatusYaml("id: a\nstatus: 'draft' # x\n", 'rejected')).toBe('id: a\nstatus: rejected # x\n');
  });

  it('adds the key when the record has none', () => {
    const out = setStatusYaml('# keep me\nid: a\nname: A\n', 'reviewed');
    expect(out.startsWith('# keep me\n')).toBe(true);
    expect(parse(out)).toEqual({ id: 'a', name: 'A', status: 'reviewed' });
  });
});
