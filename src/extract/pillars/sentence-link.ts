/**
 * The initiative a pillar set's sentence refers to near token `tok`: named before it (3),
 * referred to before it ("the package", "This": 2), else nearby (1): the sentences just before
 * in the section, the next sentence, or later in this sentence; else the document's main
 * initiative, or one proposed from the lead-in (`FallbackLink`). One pass over the sentence's
 * references, no filtered copies.
 */
import type { Ref } from '../text/refs.js';
import type { Sentence } from '../text/layout/sentences.js';
import type { InitiativeLink } from './pillar-items.js';
import type { FallbackLink } from './set-initiative.js';

/** How many sentences back in the section a named initiative still counts. */
const LOOK_BACK = 6;

function lastNamed(refs: readonly Ref[] | undefined): Ref | undefined {
  let found: Ref | undefined;
  for (const r of refs ?? []) if (r.type === 'initiative' && r.explicit) found = r;
  return found;
}

function firstNamed(refs: readonly Ref[] | undefined): Ref | undefined {
  for (const r of refs ?? []) if (r.type === 'initiative' && r.explicit) return r;
  return undefined;
}

/**
 * Sentence `p` is an item of a list whose items name initiatives one after another (a list of
 * conventions, declarations or projects): the last of them owns nothing that follows the list.
 */
function inListOfNames(refs: readonly (readonly Ref[])[], sentences: readonly Sentence[], p: number): boolean {
  if (sentences[p]!.kind !== 'item') return false;
  const neighbour = (q: number): boolean => sentences[q]?.kind === 'item' && sentences[q]!.block !== sentences[p]!.block && lastNamed(refs[q]) !== undefined;
  return neighbour(p - 1) || neighbour(p + 1);
}

export function initiativeLinkAt(
  refs: readonly (readonly Ref[])[],
  sentences: readonly Sentence[],
  fallback: FallbackLink,
  s: number,
  tok: number,
): InitiativeLink | undefined {
  let explicit: Ref | undefined;
  let implicit: Ref | undefined;
  let later: Ref | undefined;
  for (const r of refs[s] ?? []) {
    if (r.type !== 'initiative') continue;
    if (r.tok <= tok) {
      if (r.explicit) explicit = r;
      else implicit = r;
    } else if (r.explicit && later === undefined) later = r;
  }
  if (explicit) return { key: explicit.key, strength: 3 };
  if (implicit) return { key: implicit.key, strength: 2 };
  const section = sentences[s]!.section;
  for (let p = s - 1; p >= 0 && p >= s - LOOK_BACK; p--) {
    if (sentences[p]!.section !== section) break;
    const named = lastNamed(refs[p]);
    if (named && !inListOfNames(refs, sentences, p)) return { key: named.key, strength: 1 };
  }
  const next = s + 1 < sentences.length && sentences[s + 1]!.section === section ? firstNamed(refs[s + 1]) : undefined;
  if (next) return { key: next.key, strength: 1 };
  if (later) return { key: later.key, strength: 1 };
  return fallback.at(s);
}
