/**
 * A project the text names only by its work ("the clearance project", "HALO's UXO project") is
 * told apart by where it is: "clearance project in Iraq". The place is the one the document's
 * title ends with ("EU pledges additional $8 million for explosives clearance in Iraq"), else
 * the country the document names most. One's own ("its mine clearance program", "Peru's
 * programme") is told apart by its owner instead. A name that holds a place already, or more than the
 * work and its head word, or one of a wider reach ("the global mine action programme"), is
 * left as it is.
 */
import type { Token } from '../text/tokens.js';
import type { InitiativeMention } from './initiatives.js';
import { isMineActionWord } from '../lexicon/mine-action-words.js';

/** Lower-case words that end a place's name: "Zaire province", "Kashatagh region". */
const PLACE_WORDS = new Set(['province', 'region', 'district', 'county', 'governorate', 'state', 'oblast', 'department', 'municipality']);
const INNER = new Set(['and', 'of', 'the']);
const HEADS = new Set(['project', 'programme', 'program']);
const MAX_WORDS = 4;
/** Possessive words before an initiative that make it someone's own. */
const OWNERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Words of a reach wider than one place: "the global mine action programme" is in no one country. */
const WIDE = new Set(['global', 'international', 'regional', 'worldwide', 'multinational']);

/** The place a title ends with after "in": "… in Solomon Islands", "… in Zaire province"; undefined when none. */
export function titlePlace(tokens: readonly Token[], text: (start: number, end: number) => string): string | undefined {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]!.kind === 'punct') end--;
  for (let k = end - 2; k >= 0 && k >= end - 6; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !t.cap && t.lower === 'in') {
      const rest = tokens.slice(k + 1, end);
      const fits = rest.every((u) => u.kind === 'word' && (u.cap || PLACE_WORDS.has(u.lower) || INNER.has(u.lower))) && rest[0]!.cap;
      return fits ? text(k + 1, end) : undefined;
    }
  }
  return undefined;
}

/** Whether `name` is only the work and a project head: "clearance project", "UXO project", "mine clearance programme". */
export function isBareWork(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > MAX_WORDS || !HEADS.has(words[words.length - 1]!)) return false;
  const work = words.slice(0, -1);
  if (work.some((w) => WIDE.has(w))) return false;
  return work.every((w) => /^[a-z][a-z-]*$/.test(w) || /^[A-Z]{2,6}$/.test(w)) && work.some((w) => isMineActionWord(w.toLowerCase()));
}

/** Whether the initiative at `tok` has its owner just before it: "its …", "Peru's …". */
export function ownerBefore(tokens: readonly Token[], tok: number): boolean {
  const before = tokens[tok - 1];
  return before !== undefined && (OWNERS.has(before.lower) || before.poss);
}

/** Names each bare work project (not `own`) after `place`: "clearance project" → "clearance project in Iraq". */
export function placeBareWork(mentions: readonly InitiativeMention[], own: (m: InitiativeMention) => boolean, place: string | undefined): void {
  if (!place) return;
  for (const m of mentions) if (!own(m) && isBareWork(m.name)) m.name = `${m.name} in ${place}`;
}
