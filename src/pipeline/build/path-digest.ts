import { createHash } from 'node:crypto';

/**
 * One short hash of a list of `path → fingerprint` pairs taken in path order, line by line
 * (`path\0fingerprint\n`), as the pairs come: the same digest `digestStats` gives for a map of
 * them, without making the map. `digest()` is undefined when the paths did not come in order.
 */
export class PathDigest {
  private readonly hash = createHash('sha1');
  private lines: string[] = [];
  private last: string | undefined;
  private ordered = true;

  add(rel: string, print: string): void {
    if (this.last !== undefined && !(this.last < rel)) this.ordered = false;
    this.last = rel;
    this.lines.push(`${rel}\0${print}\n`);
    if (this.lines.length === 4096) this.flush();
  }

  digest(): string | undefined {
    this.flush();
    return this.ordered ? this.hash.digest('base64url') : undefined;
  }

  private flush(): void {
    if (this.lines.length > 0) this.hash.update(this.lines.join(''));
    this.lines = [];
  }
}

/** One short hash of a map of `path → fingerprint`, in path order (remembered per map: they are never changed once made). */
export function digestStats(stats: Readonly<Record<string, string>>): string {
  const known = digests.get(stats);
  if (known !== undefined) return known;
  const paths = Object.keys(stats).sort();
  const digest = new PathDigest();
  for (const rel of paths) digest.add(rel, stats[rel]!);
  return rememberDigest(stats, digest.digest()!);
}

/** Watching, the bundle's stats are the same map from one build to the next while nothing in it changed. */
const digests = new WeakMap<object, string>();

/** Records that `stats` has `digest` (made as the map's pairs were listed in order), so that `digestStats` need not hash it again. */
export function rememberDigest<T extends object>(stats: T, digest: string): string {
  digests.set(stats, digest);
  return digest;
}

/** The map of `paths` (in order) to their fingerprints, with its digest remembered when there is one. */
export function statsOf(paths: readonly string[], prints: readonly string[], digest: string | undefined): Record<string, string> {
  const stats: Record<string, string> = {};
  for (let i = 0; i < paths.length; i++) stats[paths[i]!] = prints[i]!;
  if (digest !== undefined) rememberDigest(stats, digest);
  return stats;
}
