/**
 * Watching (`RenderMemory`): `manifest.json` kept as one line per bundle file in path order, so
 * that a rebuild changes the lines of the files it rendered, adds and removes the others, and
 * joins them (`manifestFromLines`, which a whole build's manifest is made by too), instead of
 * sorting and serialising every path again.
 */
import type { BundleContext } from '../../../bundle/context.js';
import { byCodeUnits, MANIFEST_FILE, manifestFromLines, manifestLine } from '../../../bundle/pages/manifest.js';

/** Where `rel` stands (or would stand) in the sorted `paths`. */
function indexOf(paths: readonly string[], rel: string): number {
  let low = 0;
  let high = paths.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (paths[mid]! < rel) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The new hashes of some files (undefined: gone), as a build would make them the kept ones. */
export type ManifestPatch = Map<string, string | undefined>;

export class KeptManifest {
  private paths: string[] = [];
  private lines = new Map<string, string>();

  /** The manifest after `patch` (every other file as kept); changes nothing here. */
  render(ctx: BundleContext, patch: ManifestPatch): string {
    const added = [...patch].filter(([rel, hex]) => hex !== undefined && !this.lines.has(rel)).map(([rel]) => rel);
    const gone = [...patch].some(([rel, hex]) => hex === undefined && this.lines.has(rel));
    let paths = this.paths;
    if (added.length > 0 || gone) {
      paths = paths.filter((rel) => patch.get(rel) !== undefined || !patch.has(rel));
      for (const rel of added.sort(byCodeUnits)) paths.splice(indexOf(paths, rel), 0, rel);
    }
    const line = (rel: string): string => {
      const hex = patch.get(rel);
      return hex !== undefined ? manifestLine(rel, hex) : this.lines.get(rel)!;
    };
    return manifestFromLines(ctx, paths.map(line));
  }

  /** Makes the files of `patch` as it says; with `all`, the outputs of a whole build replace what was kept. */
  apply(patch: ManifestPatch, all?: Readonly<Record<string, string>>): void {
    if (all) {
      this.paths = Object.keys(all).filter((rel) => rel !== MANIFEST_FILE).sort(byCodeUnits);
      this.lines = new Map(this.paths.map((rel) => [rel, manifestLine(rel, all[rel]!)]));
      return;
    }
    for (const [rel, hex] of patch) {
      const at = indexOf(this.paths, rel);
      const present = this.paths[at] === rel;
      if (hex === undefined) {
        if (present) this.paths.splice(at, 1);
        this.lines.delete(rel);
        continue;
      }
      if (!present) this.paths.splice(at, 0, rel);
      this.lines.set(rel, manifestLine(rel, hex));
    }
  }
}
