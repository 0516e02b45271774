import { createHash } from 'node:crypto';

/**
 * A list of `path → fingerprint` pairs taken in path order, as a scan lists them, with one
 * short hash of it: the same digest `digestStats` gives for a map of the same pairs. A
 * fingerprint is a file's `size:mtimeMs`, kept as two numbers (no string made per file), or
 * any other text (`not-a-file`, `unreadable:EACCES`). `digest()` is undefined when the paths
 * did not come in order.
 */
export class PathList {
  readonly paths: string[];
  private numbers: Float64Array = new Float64Array(2048);
  /** Each fingerprint that is not a size and a time, by the index of its path. */
  private readonly others = new Map<number, string>();
  private ordered = true;

  constructor(paths: string[] = []) {
    this.paths = paths;
  }

  get length(): number {
    return this.paths.length;
  }

  /** A file of `size` bytes last modified at `mtimeMs`: the fingerprint `${size}:${mtimeMs}`. */
  addFile(rel: string, size: number, mtimeMs: number): void {
    const i = this.push(rel);
    this.numbers[2 * i] = size;
    this.numbers[2 * i + 1] = mtimeMs + 0; // no -0: it prints as 0
  }

  add(rel: string, print: string): void {
    const colon = print.indexOf(':');
    const size = colon > 0 ? Number(print.slice(0, colon)) : NaN;
    const mtimeMs = colon > 0 ? Number(print.slice(colon + 1)) : NaN;
    // Only a fingerprint that prints back the same is kept as numbers, so that a list has one digest.
    if (`${size}:${mtimeMs}` === print) return this.addFile(rel, size, mtimeMs);
    const i = this.push(rel);
    this.numbers[2 * i] = NaN;
    this.numbers[2 * i + 1] = NaN;
    this.others.set(i, print);
  }

  /** The fingerprint of the `i`th path. */
  print(i: number): string {
    const size = this.numbers[2 * i]!;
    if (!Number.isNaN(size)) return `${size}:${this.numbers[2 * i + 1]}`;
    return this.others.get(i)!;
  }

  digest(): string | undefined {
    if (!this.ordered) return undefined;
    // The paths hold no NUL (no file name can), so that with their number first the text reads one way only.
    return createHash('sha1')
      .update(`${this.paths.length}\0${this.paths.join('\0')}\0`)
      .update(new Uint8Array(this.numbers.buffer, 0, this.paths.length * 16))
      .update([...this.others].map(([i, print]) => `${i}\0${print}`).join('\0'))
      .digest('base64url');
  }

  /** The pairs as a map, with its digest remembered for `digestStats`. */
  record(): Record<string, string> {
    const stats: Record<string, string> = {};
    for (let i = 0; i < this.paths.length; i++) stats[this.paths[i]!] = this.print(i);
    const digest = this.digest();
    if (digest !== undefined) rememberDigest(stats, digest);
    return stats;
  }

  /** The list as plain values, to send to another thread (`PathList.from`). */
  parts(): PathListParts {
    return { paths: this.paths.join('\0'), numbers: this.numbers.slice(0, this.paths.length * 2), others: [...this.others], ordered: this.ordered };
  }

  static from(parts: PathListParts): PathList {
    const list = new PathList(parts.paths === '' ? [] : parts.paths.split('\0'));
    list.numbers = parts.numbers.length > 0 ? parts.numbers : list.numbers;
    for (const [i, print] of parts.others) list.others.set(i, print);
    list.ordered = parts.ordered;
    return list;
  }

  private push(rel: string): number {
    const i = this.paths.length;
    const last = this.paths[i - 1];
    if (last !== undefined && !(last < rel)) this.ordered = false;
    this.paths.push(rel);
    if (2 * i + 2 > this.numbers.length) {
      const grown = new Float64Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    return i;
  }
}

export interface PathListParts {
  paths: string;
  numbers: Float64Array;
  others: [index: number, print: string][];
  ordered: boolean;
}

/** One short hash of a map of `path → fingerprint`, in path order (remembered per map: they are never changed once made). */
export function digestStats(stats: Readonly<Record<string, string>>): string {
  const known = digests.get(stats);
  if (known !== undefined) return known;
  const list = new PathList();
  for (const rel of Object.keys(stats).sort()) list.add(rel, stats[rel]!);
  return rememberDigest(stats, list.digest()!);
}

/** Watching, the bundle's stats are the same map from one build to the next while nothing in it changed. */
const digests = new WeakMap<object, string>();

/** Records that `stats` has `digest`, so that `digestStats` need not hash it again. */
function rememberDigest<T extends object>(stats: T, digest: string): string {
  digests.set(stats, digest);
  return digest;
}
