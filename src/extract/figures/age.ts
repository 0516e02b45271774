/**
 * A person's age in apposition after the name, as news writes it: "Yim Sokha, 46, a mother of
 * four …", "Survivor James Lomoro, 24, who lost a leg …", "Tinashe Mupfumi (14) and his cousin …". The name is two or three capitalised
 * words; the word after the age goes on in lower case (not ", 7, and 9", a list going on).
 */
import type { Token } from '../text/tokens.js';

const MAX_AGE = 110;

/** "age of <name>" when the number at tokens `[start, end)` is an age in apposition, else undefined. */
export function ageOf(tokens: readonly Token[], start: number, end: number): string | undefined {
  if (end !== start + 1 || tokens[start]!.kind !== 'num' || !/^\d{1,3}$/.test(tokens[start]!.text)) return undefined;
  const value = Number(tokens[start]!.text);
  if (value < 5 || value > MAX_AGE) return undefined;
  // "Tinashe Mupfumi (14) and his cousin …": the age in brackets after the name
  if (tokens[start - 1]?.text === '(' && tokens[end]?.text === ')') {
    const name = nameEndingAt(tokens, start - 1);
    return name && !NOT_NAME_WORDS.test(name.split(' ').at(-1)!.toLowerCase()) ? `age of ${name}` : undefined;
  }
  if (tokens[start - 1]?.text !== ',' || tokens[end]?.text !== ',') return undefined;
  const next = tokens[end + 1];
  if (!next || next.kind !== 'word' || next.cap || /^(?:and|or|nor)$/.test(next.lower)) return undefined;
  const name = nameEndingAt(tokens, start - 1);
  return name && `age of ${name}`;
}

/** Last words of the names of places and bodies, whose number in brackets is a count, not an age: "Kandahar Province (14)". */
const NOT_NAME_WORDS = /^(?:province|provinces|district|districts|region|regions|state|states|county|city|village|villages|centre|center|centres|centers|office|offices|ministry|agency|teams?|sites?|areas?|fields?|minefields?|parties|countries|members)$/;

/** Small words a sentence may open with in capitals, no part of a name: "For Umm Hassan, …". */
const OPENING_WORDS = /^(?:for|in|at|on|by|with|to|from|and|but|the|like|as|when|says|said)$/;

/** The two or three capitalised words of a name ending just before token `end`, as written. */
function nameEndingAt(tokens: readonly Token[], end: number): string | undefined {
  let k = end - 1;
  while (k >= 0 && k > end - 5 && tokens[k]!.kind === 'word' && tokens[k]!.cap && !tokens[k]!.allCaps) k--;
  let first = k + 1;
  if (first < end && OPENING_WORDS.test(tokens[first]!.lower)) first++;
  const words = end - first;
  return words >= 2 && words <= 3 ? tokens.slice(first, end).map((t) => t.text).join(' ') : undefined;
}

/** Words that name no one after "a 46-year-old": the age qualifies a thing, not a person. */
const NOT_PEOPLE = /^(?:programme|program|project|plan|strategy|war|conflict|conflicts|treaty|convention|minefield|minefields|mine|mines|device|devices|bomb|bombs|ordnance)$/;

/**
 * "Umm Hassan, a 46-year-old widow", "a 10-year-old boy": an age written as an adjective, the
 * number at tokens `[start, end)` then "-year-old"; its measure names the person before, else
 * the noun after.
 */
export function yearOld(tokens: readonly Token[], start: number, end: number): { end: number; measure: string } | undefined {
  const dash = tokens[end];
  const old = tokens[end + 1];
  if (dash?.text !== '-' || dash.start !== tokens[end - 1]!.end || old?.lower !== 'year-old' || old.start !== dash.end) return undefined;
  const noun = tokens[end + 2];
  if (noun && noun.kind === 'word' && NOT_PEOPLE.test(noun.lower)) return undefined;
  // "Umm Hassan, a 46-year-old widow": the name in apposition before
  const k = start - 1;
  const name = /^(?:a|an)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.text === ',' ? nameEndingAt(tokens, k - 1) : undefined;
  if (name) return { end: end + 2, measure: `age of ${name}` };
  return { end: end + 2, measure: noun && noun.kind === 'word' && !noun.cap ? `age of ${noun.lower}` : 'age' };
}
