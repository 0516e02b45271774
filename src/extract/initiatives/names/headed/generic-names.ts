/**
 * Names that say what kind of document or undertaking something is but not which one:
 * "Memorandum of Understanding", "Grant Agreement", "Action Plan", "National Strategy",
 * "National Mine Action Strategy 2021-2025", "Strategic Plan for 2024-2028".
 * Such a name followed by its parties takes them in ("Memorandum of Understanding between
 * Japan and Cambodia"), so that agreements of different parties stay apart; without parties,
 * it stands only for the one of its own document.
 */
import type { Token } from '../../../text/tokens.js';
import { nameKey } from '../../../text/names.js';
import { partiesEnd } from '../../described/partnerships.js';
import { clauseEnd } from '../../described/described-initiatives.js';

const GENERIC_WORDS = new Set(`
  memorandum memoranda understanding agreement agreements grant grants framework cooperation partnership contract
  letter intent exchange notes loan financing implementation project projects programme program plan action strategy
  national joint bilateral technical service services host country declaration protocol arrangement mou accord
  country-level general basic new strategic operational annual work multi-year sector sectoral mine action
  humanitarian demining clearance trust fund
`.trim().split(/\s+/));
/** A year or a span of years: "2024", "2024-2028". */
const YEARS = /^(?:19|20)\d\d(?:[-\u2013](?:19|20)?\d\d)?$/;
const SMALL = new Set(['of', 'for', 'and', 'the', 'on', 'a', 'an', 'to', 'in']);

/** Whether every word of `name` only says what kind of thing it is. */
export function isGenericName(name: string): boolean {
  const words = name.toLowerCase().split(/[\s]+/).filter((w) => w !== '' && !SMALL.has(w) && !YEARS.test(w));
  return words.length > 0 && words.length <= 5 && words.every((w) => GENERIC_WORDS.has(w));
}

/** The end of "<generic name> between A and B" from the name's end `e`, or `e` when no parties follow. */
export function genericWithParties(tokens: readonly Token[], e: number): number {
  if (tokens[e]?.lower !== 'between') return e;
  const end = partiesEnd(tokens, e + 1);
  return end > e + 1 ? end : e;
}

/**
 * The end of "<generic name> on <topic>" from the name's end `e`: "a Memorandum of Understanding
 * on demining cooperation" is another memorandum than one "on victim assistance".
 */
export function genericWithTopic(tokens: readonly Token[], e: number): number {
  const on = tokens[e];
  const first = tokens[e + 1];
  if (!on || on.cap || (on.lower !== 'on' && on.lower !== 'for' && on.lower !== 'regarding')) return e;
  if (!first || first.kind !== 'word' || first.cap || /^(?:the|a|an|its|their|this|these)$/.test(first.lower)) return e;
  const end = clauseEnd(tokens, e + 1, 6);
  return end > e + 1 ? end : e;
}

/** The key of a generic name, kept to one document (`scope`). */
export function scopedKey(key: string, name: string, scope: string | undefined): string {
  return scope !== undefined && isGenericName(name) ? `${key} @${nameKey(scope)}` : key;
}

/** The key of a description anyone may have ("the demining programme"), always kept to its document. */
export function documentKey(key: string, scope: string | undefined): string {
  return scope !== undefined && !key.includes(' @') ? `${key} @${nameKey(scope)}` : key;
}
