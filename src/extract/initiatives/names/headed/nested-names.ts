/**
 * A name inside a longer name: "Protocol V … of the Convention on Certain Conventional
 * Weapons", "First Review Conference of the Convention on Cluster Munitions". The tail after
 * "of/to (the)" that has an initiative head of its own is an initiative too; an acronym in
 * brackets after the whole belongs to it ("… Convention on Certain Conventional Weapons (CCW)").
 */
import type { Token } from '../../../text/tokens.js';
import { INITIATIVE_HEADS } from '../../../lexicon/names.js';

/** Kinds a nested name may have: the documents and undertakings a meeting or protocol belongs to. */
const NESTED_KINDS = new Set(['convention', 'agreement', 'initiative', 'programme', 'project', 'partnership', 'policy', 'fund']);

/** The start and kind of an initiative name ending at `e` inside the name whose head is at `h`, if any. */
export function nestedName(tokens: readonly Token[], h: number, e: number): { start: number; kind: string } | undefined {
  for (let k = h + 2; k < e; k++) {
    const u = tokens[k]!;
    const kind = u.kind === 'word' && u.cap ? INITIATIVE_HEADS.get(u.lower) : undefined;
    if (!kind || !NESTED_KINDS.has(kind)) continue;
    // back over the capitalised words before the head, to "of/to (the)"
    let s = k;
    while (s - 1 > h && tokens[s - 1]!.kind === 'word' && tokens[s - 1]!.cap) s--;
    const before = tokens[s - 1]!.lower === 'the' && !tokens[s - 1]!.cap ? tokens[s - 2] : tokens[s - 1];
    if (!before || before.cap || (before.lower !== 'of' && before.lower !== 'to')) continue;
    const caps = tokens.slice(s, e).filter((t) => t.kind === 'word' && t.cap).length;
    if (caps >= 2) return { start: s, kind };
  }
  return undefined;
}
