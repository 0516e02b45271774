/**
 * Organisations a document introduces without a head word in their name ("Mine Free World",
 * "Clear Path International"): the "About X" line of a release's boilerplate, and a name the
 * sentence defines as a body ("X is a charity that …", "X is an international non-profit
 * organisation").
 */
import { isCapWord, nameKey } from '../../text/names.js';
import { countryOf } from '../../lexicon/countries.js';
import { ORG_CLASS_NOUNS } from '../../lexicon/names.js';
import type { ClaimBoard } from '../actor-claims.js';

/** Adjectives allowed between "is a" and the class noun ("a British humanitarian charity"). */
const MAX_ADJECTIVES = 4;

function claimName(b: ClaimBoard, s: number, e: number): void {
  for (let k = s; k < e; k++) if (b.claimed(k)) return;
  const surface = b.surface(s, e);
  if (countryOf(surface) || e - s > 7) return;
  const m = b.mention('organisation', `org:${nameKey(surface)}`, s, e, { evidence: true });
  b.claim({ kind: 'org', start: s, end: e, mention: m });
}

const MEMBER_NOUNS = new Set(['worker', 'workers', 'director', 'official', 'member', 'employee', 'manager', 'leader', 'officer', 'representative', 'volunteer', 'founder']);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', '&']);

/** Whether a line break lies between tokens `k - 1` and `k`. */
function breakBefore(b: ClaimBoard, k: number): boolean {
  return k > 0 && b.view.slice(b.tokens[k - 1]!.end, b.tokens[k]!.start).includes('\n');
}

function nameWordAt(b: ClaimBoard, k: number): boolean {
  const w = b.tokens[k];
  return w !== undefined && (isCapWord(w) || (CONNECTORS.has(w.lower) && !w.cap));
}

export function selfDescribedOrganisations(b: ClaimBoard): void {
  const t = b.tokens;
  // "About Mine Free World" standing alone on its line
  if (t[0]?.text === 'About' && isCapWord(t[1])) {
    let e = 1;
    while (e < t.length && nameWordAt(b, e) && !breakBefore(b, e)) e++;
    while (e > 1 && !isCapWord(t[e - 1])) e--;
    if (e === t.length || breakBefore(b, e) || (t[e]!.text === ':' && e + 1 === t.length)) claimName(b, 1, e);
  }
  // "Mine Free World is a charity that …": a name opening its line, defined as a body
  for (let k = 1; k + 2 < t.length; k++) {
    if (t[k]!.lower !== 'is' || !/^(?:a|an)$/.test(t[k + 1]!.lower)) continue;
    let noun = false;
    for (let j = k + 2; j < t.length && j <= k + 2 + MAX_ADJECTIVES && t[j]!.kind === 'word'; j++) {
      // "a charity that …", not "a charity worker"
      if (ORG_CLASS_NOUNS.has(t[j]!.lower) && !t[j]!.cap && !MEMBER_NOUNS.has(t[j + 1]?.lower ?? '')) noun = true;
    }
    if (!noun) return;
    let s = k;
    while (s > 0 && nameWordAt(b, s - 1) && !breakBefore(b, s)) s--;
    if (s > 0 && !breakBefore(b, s)) return;
    if (t[s]?.lower === 'the') s++;
    if (s < k && isCapWord(t[s]) && isCapWord(t[k - 1])) claimName(b, s, k);
    return;
  }
}
