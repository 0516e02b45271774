/**
 * Where a role found in a sentence stands: the role claimed at or just before a token, the
 * organisation or country it is held in ("Japanese …", "CMAC …", "of X"), and its title as
 * written ("former Minister of Defence").
 */
import { collapse } from '../text/names.js';
import { roleEndingAt, type RoleSpan } from './roles.js';
import { ClaimBoard, DETERMINERS, type ActorMention, type Claim } from './actor-claims.js';

export function roleStartingAt(b: ClaimBoard, k: number): RoleSpan | undefined {
  const c = b.owner[k];
  if (c?.kind !== 'role' || c.start !== k) return undefined;
  return { start: c.start, end: c.end };
}

export function roleEndingBefore(b: ClaimBoard, k: number): RoleSpan | undefined {
  const c = b.owner[k - 1];
  if (c?.kind === 'role') return { start: c.start, end: c.end };
  return roleEndingAt(b.tokens, k, b.claimed);
}

/** The organisation or country a role is held in: "Japanese …", "Japan's …", "CMAC …" before, "of X" after. */
export function roleOrganisation(b: ClaimBoard, r: RoleSpan): string | undefined {
  const t = b.tokens;
  const before = b.owner[r.start - 1];
  if (before && r.start - 1 >= 0) {
    if (before.kind === 'demonym') return demonymCountry(b, before);
    if ((before.kind === 'country' || before.kind === 'org' || before.kind === 'acronym') && before.mention) return primaryKey(before.mention);
  }
  let k = r.end;
  if (t[k]?.lower === 'of' || t[k]?.lower === 'at') {
    k++;
    while (t[k] && DETERMINERS.has(t[k]!.lower)) k++;
    if (b.owner[k]?.kind === 'demonym') {
      // "of the Japanese Komeito party"
      const next = b.owner[k + 1];
      if (next?.mention && (next.kind === 'org' || next.kind === 'acronym')) return primaryKey(next.mention);
      return demonymCountry(b, b.owner[k]!);
    }
    const c = b.owner[k];
    if (c?.mention && (c.kind === 'country' || c.kind === 'org' || c.kind === 'acronym')) return primaryKey(c.mention);
  }
  return undefined;
}

/** "Cambodian Prime Minister": the country a role is held in becomes an actor of its own. */
export function demonymCountry(b: ClaimBoard, c: Claim): string | undefined {
  if (!c.countryKey) return undefined;
  if (!c.mention) {
    const name = c.countryKey.slice(8);
    c.mention = b.mention('country', c.countryKey, c.start, c.end, { display: name });
    c.mention.surface = name;
  }
  return c.countryKey;
}

export function primaryKey(m: ActorMention): string {
  return m.key;
}

export function roleTitle(b: ClaimBoard, r: RoleSpan): string {
  const t = b.tokens;
  let s = r.start;
  const prev = t[s - 1];
  if (prev && !prev.cap && /^(?:former|acting|then|late|incoming|outgoing|interim)$/.test(prev.lower)) s--;
  return collapse(b.view.slice(t[s]!.start, t[r.end - 1]!.end));
}

