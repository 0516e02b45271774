/**
 * "the Ministries of Defense and Interior":
 * one plural head over several bodies. Each is a body of its own ("Ministry of Defense",
 * "Ministry of Interior"), kept apart by country like any body every state has.
 */
import type { ClaimBoard } from '../actor-claims.js';
import { nameKey } from '../../text/names.js';
import { governmentCountryBefore, isGenericGovernmentBody } from './government-bodies.js';

const PLURAL_HEADS: ReadonlyMap<string, string> = new Map([['ministries', 'Ministry']]);

/** Claims `[s, e)` as the bodies a plural head at `h` names, when it reads "<Heads> of A(, B) and C". */
export function claimJointBodies(b: ClaimBoard, s: number, h: number, e: number): boolean {
  const t = b.tokens;
  const singular = PLURAL_HEADS.get(t[h]!.lower);
  if (!singular || t[h + 1]?.lower !== 'of') return false;
  const parts: [number, number][] = [];
  let from = h + 2;
  for (let k = from; k <= e; k++) {
    if (k < e && t[k]!.lower !== 'and' && t[k]!.text !== ',') continue;
    if (k > from) parts.push([from, k]);
    from = k + 1;
  }
  if (parts.length < 2) return false;
  parts.forEach(([ps, pe], i) => {
    const display = `${singular} of ${b.surface(ps, pe)}`;
    const m = b.mention('organisation', `org:${nameKey(display)}`, i === 0 ? s : ps, pe, { display, head: nameKey(singular) });
    m.surface = display;
    if (isGenericGovernmentBody(display)) m.country = governmentCountryBefore(b, s);
    b.claim({ kind: 'org', start: i === 0 ? s : ps, end: pe, mention: m });
  });
  return true;
}
