/**
 * The recurring meetings of the register named as a series, in the plural: "Review Conferences
 * will be held every five years", "the annual meetings of the States Parties". A treaty's series
 * of meetings is an undertaking of its own, apart from any one meeting of it; like a bare meeting
 * it says which kind, not whose, so its key stays in its document. The first word may be lower
 * case when a later one is capitalised ("meetings of the States Parties").
 */
import { tokenize, type Token } from '../../../text/tokens.js';
import { registerEntries } from '../../../lexicon/register.js';
import type { InitiativeMention } from '../../initiatives.js';
import { isFree } from '../../spans.js';
import { documentKey } from './generic-names.js';

const MEETING_NOUNS = new Set(['meeting', 'conference', 'session']);

/** Lower-case words of every plural form of the register's meetings, longest first. */
const SERIES: readonly string[][] = (() => {
  const out: string[][] = [];
  for (const entry of registerEntries()) {
    if (entry.kind !== 'meeting') continue;
    for (const form of [entry.name, ...entry.aliases]) {
      const words = tokenize(form, 0).map((t) => t.lower);
      const noun = words.findIndex((w) => MEETING_NOUNS.has(w));
      if (noun < 0) continue;
      out.push(words.map((w, i) => (i === noun ? `${w}s` : w)));
    }
  }
  return out.sort((a, b) => b.length - a.length);
})();

/** The first words of the forms: a token that is none of them opens no series. */
const FIRST_WORDS: ReadonlySet<string> = new Set(SERIES.map((w) => w[0]!));

export interface SeriesContext {
  taken: Uint8Array;
  add: (s: number, e: number, kind: string, quoted: boolean) => InitiativeMention | undefined;
  scope?: string;
}

function seriesAt(tokens: readonly Token[], k: number): number | undefined {
  if (!FIRST_WORDS.has(tokens[k]!.lower)) return undefined;
  for (const words of SERIES) {
    if (k + words.length > tokens.length) continue;
    let ok = true;
    let caps = 0;
    for (let j = 0; j < words.length && ok; j++) {
      const t = tokens[k + j]!;
      ok = t.kind === 'word' && t.lower === words[j] && !t.poss;
      if (t.cap) caps++;
    }
    if (ok && caps > 0) return k + words.length;
  }
  return undefined;
}

/** Adds the series of meetings named in one sentence, on tokens not yet taken. */
export function findMeetingSeries(tokens: readonly Token[], ctx: SeriesContext): void {
  for (let k = 0; k < tokens.length; k++) {
    const e = seriesAt(tokens, k);
    if (e === undefined || !isFree(ctx.taken, k, e)) continue;
    const m = ctx.add(k, e, 'conference', false);
    if (!m) continue;
    m.key = documentKey(m.key, ctx.scope);
    // "meetings of the States Parties": the parties who meet are actors too
    m.actorsInside = true;
    k = e - 1;
  }
}
