import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES, SOURCE_SCHEMA } from '../../src/model/record-types.js';
import { RECORD_KEYS } from '../../src/model/records.js';
import { PACKAGE_SCHEMAS_DIR } from '../../src/records/schemas.js';

interface Schema {
  properties: Record<string, { title?: string; description?: string; $ref?: string }>;
  additionalProperties?: boolean;
  $defs?: Record<string, { title?: string; description?: string }>;
}
const read = (name: string) => JSON.parse(readFileSync(path.join(PACKAGE_SCHEMAS_DIR, name), 'utf8')) as Schema;
const common = read('common.schema.json');

describe('TypeScript model and JSON Schemas agree', () => {
  for (const [type, file] of [...RECORD_TYPES.map((t) => [t.type, t.schema] as const), ['source', SOURCE_SCHEMA] as const]) {
    it(`${type}: the same fields in the same order, unknown fields refused, every field titled and described`, () => {
      const schema = read(file);
      expect(Object.keys(schema.properties)).toEqual(RECORD_KEYS[type]);
      expect(schema.additionalProperties).toBe(false);
      for (const [name, prop] of Object.entries(schema.properties)) {
        const def = prop.$ref ? common.$defs?.[prop.$ref.split('/').pop()!] : undefined;
        expect(prop.title ?? def?.title, `${type}.${name} title`).toBeTruthy();
        expect(prop.description ?? def?.description, `${type}.${name} description`).toBeTruthy();
      }
    });
  }
});
