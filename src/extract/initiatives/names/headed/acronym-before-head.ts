/**
 * A name whose head word comes after its bracketed acronym: "the Humanitarian Mine Action
 * (HMA) Program", "the Mine Risk Education (MRE) programme", "the Humanitarian Demining
 * Research and Development (R&D) Program". The name is its capitalised words and the head,
 * without the bracket; the acronym is an alias when its letters are the name's initials.
 * The words run back to the acronym's initials when they match, else over plain capitalised
 * words, never over a body ("Department of Defense", "Mine Action Centre (MAC) project").
 */
import type { Token } from '../../../text/tokens.js';
import { initials, isCapWord } from '../../../text/names.js';
import { INITIATIVE_HEADS, LEADING_NOISE, ORG_HEADS, ROLE_HEADS } from '../../../lexicon/names.js';
import { countryOf } from '../../../lexicon/countries.js';
import { isFree } from '../../spans.js';

export interface AcronymHeaded {
  /** First token of the name. */
  start: number;
  /** The bracket opening the acronym. */
  open: number;
  /** The head word after the bracket. */
  head: number;
  kind: string;
  /** The acronym, when it stands for the name. */
  acronym?: string;
}

const INNER = new Set(['and', 'of', 'for', '&']);
const MAX_WORDS = 8;

function plain(t: Token | undefined): boolean {
  return isCapWord(t) && !t!.poss && !ORG_HEADS.has(t!.lower) && !ROLE_HEADS.has(t!.lower) && !LEADING_NOISE.has(t!.lower) && countryOf(t!.base) === undefined;
}

/** The start of the capitalised words ending just before `open`, or `open` when none. */
function wordsBefore(tokens: readonly Token[], open: number, acronym: string, taken: Uint8Array): number {
  let s = open;
  let best = -1;
  while (s - 1 >= 0 && open - s < MAX_WORDS && !taken[s - 1]) {
    const p = tokens[s - 1]!;
    if (plain(p)) s--;
    else if (p.kind === 'word' && !p.cap && INNER.has(p.lower) && plain(tokens[s - 2])) s--;
    else break;
    if (plain(tokens[s]) && initials(tokens.slice(s, open).filter((t) => plain(t)).map((t) => t.text).join(' ')) === acronym) best = s;
  }
  if (best >= 0) return best;
  // a body before the words ("Department of Defense Humanitarian …") ends them at the first plain word after it
  while (s < open && !plain(tokens[s])) s++;
  return s;
}

/** Names with their head after a bracketed acronym, in one sentence. */
export function findAcronymBeforeHead(tokens: readonly Token[], taken: Uint8Array): AcronymHeaded[] {
  const out: AcronymHeaded[] = [];
  for (let k = 1; k + 3 < tokens.length; k++) {
    if (tokens[k]!.text !== '(') continue;
    let close = k + 1;
    while (close < k + 4 && close < tokens.length && tokens[close]!.text !== ')') close++;
    const head = tokens[close + 1];
    if (tokens[close]?.text !== ')' || !head || head.kind !== 'word' || head.poss) continue;
    const kind = INITIATIVE_HEADS.get(head.lower);
    if (!kind || kind === 'day' || kind === 'group') continue;
    const inner = tokens.slice(k + 1, close);
    if (inner.length === 0 || !inner.some((t) => t.allCaps) || inner.some((t) => t.kind === 'word' && !t.allCaps && !t.cap && t.text !== '&')) continue;
    const acronym = inner.map((t) => t.text).join('');
    const start = wordsBefore(tokens, k, acronym, taken);
    if (start >= k || k - start < 2 || !isFree(taken, start, close + 2)) continue;
    const words = tokens.slice(start, k).filter((t) => plain(t)).map((t) => t.text).join(' ');
    const entry: AcronymHeaded = { start, open: k, head: close + 1, kind };
    if (/^[A-Z]{2,8}$/.test(acronym) && initials(words) === acronym) entry.acronym = acronym;
    out.push(entry);
    k = close + 1;
  }
  return out;
}

/** A cheap test: a bracket in the sentence. */
export function sentenceMayHaveAcronym(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.text === '(') return true;
  return false;
}
