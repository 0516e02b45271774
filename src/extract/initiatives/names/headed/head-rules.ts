/**
 * Checks on a capitalised name with an initiative head word: a `… Day` is an international
 * day, a `… Fund` not an agency, a "Press Conference" no conference of parties; a day's name
 * runs on over "in"; ", a local organisation" after a name makes it an organisation.
 */
import type { Token } from '../../../text/tokens.js';
import { isCapWord } from '../../../text/names.js';
import { AGENCY_FUND_OPENERS, DAY_WORDS, ORG_CLASS_NOUNS } from '../../../lexicon/names.js';

const MEDIA_WORDS = new Set(['press', 'news', 'media']);
/** Words that make a `… Day` a mine-action day whatever its scope: "National Mine Awareness Day". */
const MINE_DAY_WORDS = new Set(['mine', 'mines', 'landmine', 'landmines', 'demining', 'deminers']);

/** "… Day for Mine Awareness and Assistance in Mine Action": a day's name goes on over "in" and capitalised words. */
export function dayTail(tokens: readonly Token[], e: number): number {
  let end = e;
  for (let k = e; k + 1 < tokens.length && tokens[k]!.lower === 'in' && isCapWord(tokens[k + 1]); ) {
    k++;
    while (isCapWord(tokens[k]) || (tokens[k]?.lower === 'and' && isCapWord(tokens[k + 1]))) k++;
    end = k;
  }
  return end;
}

/** A `… Day` is an international day, a `… Fund` not an agency ("United Nations Children's Fund"). */
export function headFits(tokens: readonly Token[], s: number, h: number, kind: string): boolean {
  // "International Day for …", "National Mine Awareness Day"
  if (kind === 'day') return tokens.slice(s, h).some((t) => DAY_WORDS.has(t.lower) || MINE_DAY_WORDS.has(t.lower));
  // "Press Conference", "News Conference": an event for the press, not a conference of parties
  if (kind === 'conference') return h - s !== 1 || !MEDIA_WORDS.has(tokens[s]!.lower);
  if (kind !== 'fund') return true;
  return tokens[h - 1]?.lower === 'trust' || !AGENCY_FUND_OPENERS.has(tokens[s]!.lower === 'the' ? tokens[s + 1]?.lower ?? '' : tokens[s]!.lower);
}

/** ", a local organisation …" / ", the national operator" after a name. */
export function namedAsOrganisation(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[end + 1]?.lower ?? '')) return false;
  for (let j = end + 2; j < tokens.length && j <= end + 4; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (ORG_CLASS_NOUNS.has(t.lower) && !t.cap) return true;
  }
  return false;
}

export function countryOrOrgWord(t: Token): boolean {
  return t.cap;
}
