/**
 * A fast writer for the flat shapes of draft records — a mapping of scalars, lists of
 * scalars and lists of mappings of scalars — that gives the bytes the `yaml` library gives
 * (`lineWidth: 0`, block style, two-space indent), or `undefined` for anything it is not
 * sure of, which the caller then writes with the library. `demine extract` spent about a
 * third of its time building a YAML Document for each new record.
 *
 * A string is written plain where the library writes it plain (same tests: indicator
 * characters, `: `, ` #`, a trailing space or colon, text the core schema reads as another
 * type), in single quotes where the library would quote it and it holds a `"` and no `'`;
 * every other string (double quotes, line breaks, control characters, …) is left to the
 * library. Tests compare the two on every corpus draft and on awkward strings.
 */
import { Document } from 'yaml';

/** What the library double-quotes or writes as a block: control characters, unpaired surrogates, line and paragraph separators, a BOM. */
const LEFT_TO_LIBRARY = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]|[\ud800-\udfff]/;
/** The library's test for a string it cannot write plain (stringifyString.js, plainString). */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** `%`, `---` or `...` at a line start: the library may change style. */
const DOCUMENT_MARKER = /^(?:%|---|\.\.\.)/;
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The core schema's tags other than `str`, whose plain text would not read back as a string ("12", "true", "~", ".5"). */
const OTHER_TYPES = new Document().schema.tags.filter((t) => t.default && t.tag !== 'tag:yaml.org,2002:str' && 'test' in t && t.test instanceof RegExp).map((t) => (t as { test: RegExp }).test);

function scalar(value: unknown, mustQuote: (s: string) => boolean): string | undefined {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? JSON.stringify(value) : undefined;
  if (typeof value !== 'string' || value === '' || LEFT_TO_LIBRARY.test(value) || DOCUMENT_MARKER.test(value) || mustQuote(value)) return undefined;
  if (NOT_PLAIN.test(value) || OTHER_TYPES.some((re) => re.test(value))) {
    // the library's quotedString: single quotes for text with a double quote and no single one
    return value.includes('"') && !value.includes("'") ? `'${value}'` : undefined;
  }
  return value;
}

function mapLines(value: Record<string, unknown>, indent: string, first: string, mustQuote: (s: string) => boolean, out: string[]): boolean {
  const keys = Object.keys(value);
  if (keys.length === 0) return false;
  let lead = first;
  for (const key of keys) {
    const item = value[key];
    if (!KEY.test(key) || item === undefined || mustQuote(key) || OTHER_TYPES.some((re) => re.test(key))) return false;
    if (Array.isArray(item)) {
      if (first !== '' || item.length === 0) return false; // lists only at the top level
      out.push(`${key}:`);
      for (const x of item) {
        if (x !== null && typeof x === 'object' && !Array.isArray(x)) {
          if (!mapLines(x as Record<string, unknown>, `${indent}    `, `${indent}  - `, mustQuote, out)) return false;
          continue;
        }
        const s = scalar(x, mustQuote);
        if (s === undefined) return false;
        out.push(`${indent}  - ${s}`);
      }
    } else {
      const s = scalar(item, mustQuote);
      if (s === undefined) return false;
      out.push(`${lead}${key}: ${s}`);
    }
    lead = indent;
  }
  return true;
}

/**
 * `record` as the library writes it, or `undefined` when it holds a shape or a string this
 * writer leaves to the library. `mustQuote` names strings the caller double-quotes.
 */
export function plainRecordYaml(record: Record<string, unknown>, mustQuote: (s: string) => boolean): string | undefined {
  const out: string[] = [];
  return mapLines(record, '', '', mustQuote, out) ? `${out.join('\n')}\n` : undefined;
}
