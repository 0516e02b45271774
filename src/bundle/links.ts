/**
 * Paths inside the bundle and the relative links between them. Bundle paths are
 * relative to the bundle folder with `/` separators (`actors/japan.md`); links are
 * computed from the linking file's folder, never from a hard-coded depth.
 */
import type { RecordType } from '../model/records.js';
import { ID_PATTERN, typeInfo } from '../model/record-types.js';

/**
 * Where the knowledge-base root is, seen from the bundle folder: `..` for a bundle in
 * `<root>/dist/`. An absolute URL (`https://github.com/org/repo/blob/main`) links
 * sources to a hosted copy instead.
 */
export const DEFAULT_SEEDS_LINK_BASE = '..';

export const INDEX_PAGE = 'index.md';

/** `actors/japan.md`. Throws on an id that is not kebab-case, which validation rules out. */
export function recordPath(type: RecordType, id: string): string {
  if (!ID_PATTERN.test(id)) throw new Error(`internal: record id ${JSON.stringify(id)} is not a valid id`);
  return `${typeInfo(type).folder}/${id}.md`;
}

/** Segments with `.` dropped and `x/..` folded; leading `..` are kept. */
function normalise(path: string): string[] {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(segment);
  }
  return out;
}

function encodePath(segments: readonly string[]): string {
  return segments.map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/');
}

/** The relative URL from the file `from` to the path `to`, both relative to the bundle folder. */
export function relativeUrl(from: string, to: string): string {
  const fromDir = normalise(from).slice(0, -1);
  const target = normalise(to);
  let common = 0;
  while (common < fromDir.length && common < target.length - 1 && fromDir[common] === target[common]) common++;
  const up = fromDir.slice(common).map(() => '..');
  return encodePath([...up, ...target.slice(common)]);
}

const ABSOLUTE_URL = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** A link from the bundle file `from` to a source file (`seeds/x.md`), at a line when known. */
export function sourceUrl(from: string, sourceFile: string, line: number | undefined, base = DEFAULT_SEEDS_LINK_BASE): string {
  const anchor = line === undefined ? '' : `#L${line}`;
  if (ABSOLUTE_URL.test(base)) return `${base.replace(/\/+$/, '')}/${encodePath(normalise(sourceFile))}${anchor}`;
  return `${relativeUrl(from, `${base}/${sourceFile}`)}${anchor}`;
}

/** Only web addresses become links; anything else stays text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url);
}
