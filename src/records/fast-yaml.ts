import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * Constructs that the fast reader could read differently from the `yaml` package (the
 * reference, which also keeps positions), or that records must not use at all. A file with
 * any of them is left to the reference reader.
 * - `&` `*` anchors and aliases, `!` tags, `%` directives, `<<` merge keys, tabs;
 * - `1_000` and `0b101`, which js-yaml reads as numbers and YAML 1.2 core as text, and
 *   `-0`, which js-yaml reads as 0;
 * - a second document.
 */
const NEEDS_REFERENCE_READER = /[&*!%\t]|<<|^(---|\.\.\.)|(?:^|[\s[{,:-])(?:-0(?:\.0*)?(?:e[-+]?\d+)?|[-+]?(?:0b[01_]+|\d[\d_]*_[\d_]*(?:\.[\d_]*)?))\s*(?:$|[,\]}#])/im;

/** Longer files go to the reference reader, which also enforces its limit on values. */
const MAX_FAST_LINES = 5_000;

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && n <= MAX_FAST_LINES; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Reads a record file the fast way (js-yaml, YAML 1.2 core schema, no positions), or
 * answers undefined when the file needs the reference reader: anything unusual, any error.
 * For the files it accepts, the value equals what the reference reader gives (a property
 * test holds the two together); positions are computed later, only for files with problems.
 * Callers use a fast result only when it passes the schema, so that anything unusual
 * (deep nesting, odd keys) is still reported by the reference reader.
 */
export function fastParseRecord(text: string): Record<string, unknown> | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (NEEDS_REFERENCE_READER.test(body) || lineCount(body) > MAX_FAST_LINES) return undefined;
  let value: unknown;
  try {
    value = load(body, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return value as Record<string, unknown>;
}
