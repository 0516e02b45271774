/**
 * The catalogue of permanent rule ids. Every diagnostic names one of these; the README
 * lists them all (a test keeps the two in step). Never rename an id: add a new one.
 */
export interface RuleInfo {
  id: string;
  summary: string;
}

export const RULES = {
  'file/unreadable': 'The file or folder could not be read (permissions, a broken or looping link, a link out of the root, a pipe or device).',
  'file/not-text': 'The file is not UTF-8 text (binary, an image, UTF-16, invalid byte sequences).',
  'file/empty': 'The file holds no record or no text.',
  'file/too-large': 'The file is larger than demine reads.',
  'file/unexpected': 'A file in `data/` that is not a `.yaml` record in a known type folder.',
  'yaml/syntax': 'The YAML could not be parsed (bad indentation, tabs, unclosed quotes, duplicate keys…).',
  'yaml/duplicate-key': 'A mapping repeats a key; the second would silently replace the first.',
  'yaml/alias': 'YAML anchors (`&a`) and aliases (`*a`) are not allowed in records.',
  'yaml/tag': 'YAML tags other than the plain ones (`!!binary`, `!!timestamp`, `!custom`…) are not allowed in records.',
  'yaml/not-a-mapping': 'The file does not hold a single YAML mapping (one record).',
  'yaml/too-deep': 'The YAML nests deeper than any record needs.',
  'schema/unknown-field': 'A field the record type does not have (often a typo).',
  'schema/missing-field': 'A required field is absent.',
  'schema/type': 'A value has the wrong type (text where a number belongs, a list where text belongs…).',
  'schema/enum': 'A value is not one of the allowed values.',
  'schema/pattern': 'A value does not have the required form (ids in kebab-case, references as `type:id`, dates as YYYY-MM-DD…).',
  'schema/range': 'A number, text or list is too small or too large.',
  'schema/invalid': 'A value breaks another schema constraint.',
  'schema/unusable': 'A schema in `schemas/` could not be read or compiled.',
  'record/id-mismatch': 'The `id` differs from the file name.',
  'record/duplicate-id': 'Two records of one type share an id.',
  'record/invalid-date': 'A date that does not exist in the calendar (e.g. 2024-02-30).',
  'record/not-finite': 'A number is NaN or infinite.',
  'figure/value-or-range': 'A figure needs either `value` or a range (`min` and/or `max`), not both.',
  'figure/min-above-max': 'A range whose `min` is greater than its `max`.',
  'figure/negative-count': 'A count or area below zero.',
  'ref/dangling': 'A reference names a record that does not exist.',
  'ref/rejected': 'A reference names a record that was rejected (a tombstone, never published).',
  'ref/wrong-type': 'A reference points to a record of a type the field does not accept.',
  'pillar/order-gap': 'The pillars of an initiative and one term are not numbered 1..n without gaps or repeats.',
  'source/unknown': 'A `sources[].source` names a document that is not in `seeds/`.',
  'quote/not-found': 'A quote does not occur in its source document.',
  'source/front-matter': 'A source document has malformed or unsafe front matter.',
  'source/schema': 'A source document\'s front matter breaks the source schema.',
  'source/duplicate-id': 'Two documents in `seeds/` share a file stem, so their source id is ambiguous.',
  'source/bad-name': 'A document in `seeds/` whose file name cannot be a source id (spaces, `#`, letters outside A–Z, a leading `-`); extraction skips it.',
  'source/no-text': 'A source document holds no text to cite.',
  'config/invalid': 'The knowledge base\'s `demine.config.json` is not valid.',
  'extract/invalid-state': '`data/extracted.yaml` (what was extracted from each document) could not be read.',
  'extract/invalid-draft': '(warning) Extraction proposed a record that breaks its schema; it was not written, nor the drafts that refer to it.',
  'extract/file-exists': 'Extraction would create a new record file where a file already is (an id that differs from its file name, an unreadable record); nothing was written over it.',
  'extract/write-failed': 'A draft or the extraction state could not be written (read-only, full disk, permissions); the run stopped there.',
  'cli/usage': 'With `--format json`: the command was called wrongly (unknown option or value, a `--root` that is not a folder); exit 2.',
  'cli/error': 'With `--format json`: the command could not run for a reason that is not one file\'s (a lock, a refused write, an internal error); exit 1 or 3.',
  'build/stale': 'With `--check`: a file in `dist/` or `data/` would change.',
  'build/write-failed': 'The bundle could not be written; the previous one is left as it was.',
  'build/locked': 'Another build is running on the same root.',
  'build/unsafe-out': 'The bundle folder (`--out` or `out` in the config) is one demine must not replace: the knowledge base or a folder of it, a file, a link, a special path, or a folder demine did not make.',
} as const satisfies Record<string, string>;

export type RuleId = keyof typeof RULES;

export function ruleList(): RuleInfo[] {
  return Object.entries(RULES)
    .map(([id, summary]) => ({ id, summary }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}
