import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { RuleId } from '../diagnostics/rules.js';
import type { Locator, PathSegment } from './parse-yaml.js';

interface SchemaNode {
  title?: string;
  description?: string;
  properties?: Record<string, unknown>;
  enum?: unknown[];
  pattern?: string;
  anyOf?: SchemaNode[];
}

/** Turns ajv's errors (data, never parsed back from strings) into located diagnostics. */
export function schemaDiagnostics(errors: readonly ErrorObject[], file: string, locate: Locator): Diagnostic[] {
  // anyOf reports each failed branch too; keep only the anyOf error for that value.
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  // A value of the wrong type breaks its enum and pattern too; say only that the type is wrong.
  const typePaths = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const out: Diagnostic[] = [];
  for (const error of errors) {
    if (error.keyword !== 'anyOf' && anyOfPaths.has(error.instancePath)) continue;
    if (error.keyword !== 'type' && error.keyword !== 'anyOf' && typePaths.has(error.instancePath)) continue;
    if (error.keyword === 'if') continue;
    const path = pointerToPath(error.instancePath);
    const d = describe(error, path);
    const target = d.at === 'key' ? [...path, d.key!] : path;
    out.push(diagnostic(file, locate(target, d.at === 'key' ? 'key' : 'value'), d.rule, d.message, d.hint));
  }
  return out;
}

interface Described {
  rule: RuleId;
  message: string;
  hint?: string;
  at: 'value' | 'key';
  key?: string;
}

function describe(error: ErrorObject, path: PathSegment[]): Described {
  const schema = (error.parentSchema ?? {}) as SchemaNode;
  const where = label(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(schema.properties ?? {});
      const guess = suggest(key, known);
      return {
        rule: 'schema/unknown-field',
        message: `Unknown field \`${key}\`${where ? ` in ${where}` : ''}${guess ? `; did you mean \`${guess}\`?` : '.'}`,
        hint: guess ? `Rename it to \`${guess}\`.` : `Allowed fields: ${known.join(', ')}.`,
        at: 'key',
        key,
      };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        rule: 'schema/missing-field',
        message: `Missing required field \`${missing}\`${where ? ` in ${where}` : ''}.`,
        hint: `Add \`${missing}: …\`.`,
        at: 'value',
      };
    }
    case 'type':
      return {
        rule: 'schema/type',
        message: `\`${where}\` must be ${article(String(params.type))}, not ${kindOf(error.data)}.`,
        at: 'value',
      };
    case 'enum': {
      const allowed = (schema.enum ?? (params.allowedValues as unknown[]) ?? []).map(String);
      const guess = typeof error.data === 'string' ? suggest(error.data, allowed) : undefined;
      return {
        rule: 'schema/enum',
        message: `\`${where}\` is ${show(error.data)}, which is not one of: ${allowed.join(', ')}${guess ? `; did you mean \`${guess}\`?` : '.'}`,
        at: 'value',
      };
    }
    case 'pattern':
      return {
        rule: 'schema/pattern',
        message: `\`${where}\` is ${show(error.data)}, which is not ${expected(schema)}.`,
        hint: schema.description,
        at: 'value',
      };
    case 'format':
      return {
        rule: 'record/invalid-date',
        message: `\`${where}\` is ${show(error.data)}, which is not a date in the calendar.`,
        hint: 'Write a real date as YYYY-MM-DD, YYYY-MM or YYYY.',
        at: 'value',
      };
    case 'anyOf':
      return {
        rule: 'schema/enum',
        message: `\`${where}\` is ${show(error.data)}, which is not ${expected(schema)}.`,
        hint: schema.description,
        at: 'value',
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'uniqueItems':
      return { rule: 'schema/range', message: `\`${where}\` ${rangeText(error)}.`, at: 'value' };
    default:
      return { rule: 'schema/invalid', message: `\`${where || 'record'}\` ${error.message ?? 'is invalid'}.`, at: 'value' };
  }
}

function rangeText(error: ErrorObject): string {
  const p = error.params as Record<string, number>;
  switch (error.keyword) {
    case 'minimum': return `must be at least ${p.limit}, not ${show(error.data)}`;
    case 'maximum': return `must be at most ${p.limit}, not ${show(error.data)}`;
    case 'minLength': return p.limit === 1 ? 'must not be empty' : `must be at least ${p.limit} characters long`;
    case 'maxLength': return `must be at most ${p.limit} characters long`;
    case 'minItems': return p.limit === 1 ? 'must list at least one entry' : `must list at least ${p.limit} entries`;
    case 'maxItems': return `must list at most ${p.limit} entries`;
    case 'uniqueItems': return `lists the same entry twice (entries ${p.j! + 1} and ${p.i! + 1})`;
    default: return error.message ?? 'is out of range';
  }
}

function expected(schema: SchemaNode): string {
  if (schema.title) return `a valid ${schema.title.toLowerCase()}`;
  if (schema.pattern) return `of the form ${schema.pattern}`;
  return 'allowed here';
}

function suggest(word: string, candidates: string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, candidates);
  const d = distance(word, best);
  return d <= Math.max(2, Math.floor(word.length / 3)) && d < word.length ? best : undefined;
}

/** JSON pointer (`/sources/0/quote`) to a path (`['sources', 0, 'quote']`). */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** A path as a reader writes it: `sources[0].quote`. */
export function label(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function article(type: string): string {
  const words: Record<string, string> = {
    string: 'text', number: 'a number', integer: 'a whole number', array: 'a list', object: 'a mapping of fields', boolean: 'true or false', null: 'empty',
  };
  return type.split(',').map((t) => words[t] ?? t).join(' or ');
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text (${show(value)})`;
  if (typeof value === 'number') return Number.isInteger(value) ? `the number ${value}` : `the number ${value}`;
  if (typeof value === 'object') return 'a mapping';
  return String(typeof value);
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `\`${short}\``;
}
