/**
 * What `demine build --watch` keeps between its builds: the caches of `.demine/` in memory
 * (read once, written back by `flush`), and the inputs' fingerprints, so that after a change
 * only the files the watcher names are looked at again. The result of every build is the same
 * as without it (a property test holds watched builds equal to clean ones).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { RECORD_TYPES } from '../../model/record-types.js';
import { DATA_DIR, SCHEMAS_DIR, SEEDS_DIR } from '../../model/layout.js';
import { fingerprintInputs, inputFingerprint, MAX_BUNDLE_FILE_BYTES, OUTPUTS_FILE } from './build-cache.js';
import { INCREMENTAL_FILE } from './build-incremental.js';
import { PARSED_FILE } from './build-parse-cache.js';
import { MemoryCache } from './cache-file.js';
import { CONFIG_FILE } from '../init.js';

const FLAT_DIRS = new Set([SEEDS_DIR, SCHEMAS_DIR, ...RECORD_TYPES.map((t) => `${DATA_DIR}/${t.folder}`)]);

export class BuildMemory {
  readonly cache: MemoryCache;
  private inputs: Record<string, string> | undefined;

  constructor(root: string) {
    this.cache = new MemoryCache(root);
  }

  /**
   * The fingerprints of every input: from the last build's, with only `changed` looked at
   * again when each is a file directly in a watched folder (or the config); anything else
   * (a folder, a deeper path, no list of changes) fingerprints everything again.
   */
  fingerprint(root: string, changed: readonly string[] | undefined): Record<string, string> {
    const known = this.inputs;
    const narrow = known !== undefined && changed !== undefined && changed.every((rel) => rel === CONFIG_FILE || FLAT_DIRS.has(path.posix.dirname(rel)));
    if (!narrow) return this.remember(fingerprintInputs(root));
    const next = { ...known };
    for (const rel of changed) {
      const info = statSync(path.join(root, rel), { throwIfNoEntry: false });
      if (info === undefined && rel !== CONFIG_FILE) delete next[rel];
      else if (info?.isDirectory()) return this.remember(fingerprintInputs(root));
      else next[rel] = inputFingerprint(root, rel);
    }
    return this.remember(next);
  }

  remember(inputs: Record<string, string>): Record<string, string> {
    this.inputs = inputs;
    return inputs;
  }

  /** Reads the caches a rebuild after a change needs, so that the first one does not wait for them (after a build that found nothing changed). */
  warm(): void {
    // Read now, with the same size limits as the builds read them; whether each is valid is asked then.
    const any = () => true;
    this.cache.read(OUTPUTS_FILE, any, MAX_BUNDLE_FILE_BYTES);
    this.cache.read(INCREMENTAL_FILE, any);
    this.cache.read(PARSED_FILE, any);
  }

  /** Writes what the builds of this process remember to `.demine/`, for the next process. */
  flush(): Promise<void> {
    return this.cache.flush();
  }
}
