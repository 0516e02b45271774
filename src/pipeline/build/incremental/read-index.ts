/**
 * What each rendered piece (a fact sheet, a record's text in `briefing.json`) read, with the
 * reverse index: dependency key → the pieces that read it. Watching, a rebuild redoes only the
 * pieces that read a changed key (`RenderMemory`, `KeptBriefing`).
 */
export class ReadIndex {
  private readonly reads = new Map<string, readonly string[]>();
  private readonly readers = new Map<string, Set<string>>();

  /** The pieces that read `key`. */
  readersOf(key: string): Iterable<string> {
    return this.readers.get(key) ?? [];
  }

  /** `piece` now read `reads` (undefined: it is gone). */
  set(piece: string, reads: readonly string[] | undefined): void {
    for (const key of this.reads.get(piece) ?? []) this.readers.get(key)?.delete(piece);
    if (reads === undefined) {
      this.reads.delete(piece);
      return;
    }
    this.reads.set(piece, reads);
    for (const key of reads) {
      const set = this.readers.get(key);
      if (set) set.add(piece);
      else this.readers.set(key, new Set([piece]));
    }
  }

  /** Every piece with its reads. */
  entries(): IterableIterator<[string, readonly string[]]> {
    return this.reads.entries();
  }
}
