import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { REPO } from './run-cli.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(JSON.parse(readFileSync(path.join(REPO, 'schemas/briefing.schema.json'), 'utf8')));

/** The ways a bundle's briefing.json breaks schemas/briefing.schema.json (none: it conforms). */
export function briefingProblems(briefing: string): string[] {
  if (validate(JSON.parse(briefing))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** The same for a bundle folder. */
export function bundleBriefingProblems(dist: string): string[] {
  return briefingProblems(readFileSync(path.join(dist, 'briefing.json'), 'utf8'));
}
