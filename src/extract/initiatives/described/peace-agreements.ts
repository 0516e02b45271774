/**
 * Peace agreements and the statements that ended a war, named in lower case: "a historic peace
 * agreement", "the 1992 peace deal", "a revised peace deal between the FARC and the Colombian
 * government", "the war ended in a tripartite statement". Mine action follows them, and each is
 * its document's own (its key is scoped). A peace process is no agreement; a capitalised name
 * ("the Comprehensive Peace Agreement") is read by its head word.
 */
import type { Token } from '../../text/tokens.js';
import type { Described } from './described.js';
import { partiesEnd } from './partnerships.js';
import { isFree, word } from '../spans.js';
import { MONTHS } from '../../lexicon/numbers.js';

const PEACE_HEADS = new Set(['deal', 'agreement', 'accord', 'accords', 'treaty']);
/** Statements and declarations of several states that end a war: "a tripartite statement". */
const STATEMENT_HEADS = new Set(['statement', 'declaration']);
const PARTY_COUNTS = new Set(['tripartite', 'trilateral']);
/** Words before the head that tell one agreement from another: "historic", "revised", a year. */
const MODIFIERS = new Set(['historic', 'revised', 'final', 'comprehensive', 'landmark', 'new', 'interim', 'formal', 'lasting']);

export function findPeaceAgreements(tokens: readonly Token[], taken: Uint8Array): Described[] {
  const out: Described[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    const head = tokens[k + 1]!;
    if (!word(t) || t.cap || !word(head) || head.cap) continue;
    const peace = t.lower === 'peace' && PEACE_HEADS.has(head.lower);
    if (!peace && !(PARTY_COUNTS.has(t.lower) && STATEMENT_HEADS.has(head.lower))) continue;
    let s = k;
    while (s > 0 && !tokens[s - 1]!.cap && ((word(tokens[s - 1]) && MODIFIERS.has(tokens[s - 1]!.lower)) || (tokens[s - 1]!.kind === 'num' && /^\d{4}$/.test(tokens[s - 1]!.text)))) s--;
    let e = k + 2;
    const d: Described = { start: s, end: e, kind: 'agreement', aliases: [], scoped: true, actorsInside: true };
    // "… peace deal between the FARC and the Colombian government": its parties are part of its name
    if (tokens[e]?.lower === 'between') {
      let parties = partiesEnd(tokens, tokens[e + 1]?.lower === 'the' ? e + 2 : e + 1);
      // "… and the Colombian government"
      if (parties > e + 1 && /^(?:government|authorities|army)$/.test(tokens[parties]?.lower ?? '')) parties++;
      if (parties > e + 1) {
        d.participantSpan = { start: e + 1, end: parties };
        e = parties;
        d.end = e;
      }
    }
    // "a tripartite statement signed on November 10, 2020": the day it was signed tells it apart
    const dated = /^(?:signed|reached|concluded)$/.test(tokens[e]?.lower ?? '') && tokens[e + 1]?.lower === 'on' ? dateEnd(tokens, e + 2) : undefined;
    if (dated !== undefined) d.end = e = dated;
    if (!isFree(taken, s, e)) continue;
    out.push(d);
    k = e - 1;
  }
  return out;
}

/** The end of a date at `k`: "November 10, 2020", "10 November 2020"; undefined when none is there. */
function dateEnd(tokens: readonly Token[], k: number): number | undefined {
  const month = (t: Token | undefined): boolean => word(t) && t.cap && MONTHS.has(t.lower);
  const day = (t: Token | undefined): boolean => t?.kind === 'num' && /^\d{1,2}$/.test(t.text);
  const year = (t: Token | undefined): boolean => t?.kind === 'num' && /^\d{4}$/.test(t.text);
  if (month(tokens[k]) && day(tokens[k + 1])) {
    const y = tokens[k + 2]?.text === ',' ? k + 3 : k + 2;
    return year(tokens[y]) ? y + 1 : k + 2;
  }
  if (day(tokens[k]) && month(tokens[k + 1])) return year(tokens[k + 2]) ? k + 3 : k + 2;
  return undefined;
}
