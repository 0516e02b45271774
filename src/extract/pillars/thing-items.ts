/**
 * Items that name things rather than the parts of an undertaking: an organisation ("the
 * Ministry of Defence", "the provincial government"), a legal instrument ("the Convention on
 * Cluster Munitions"), a place ("Kandahar province"), a noun from a list of things that are
 * never parts ("anti-tank mines", "unexploded ordnance", "local communities"), or, in an
 * unvouched list, a bare plural noun phrase ("deminers, medics and drivers"). Parts are
 * activities ("clearance of minefields", "training local teams", "victim assistance").
 */
import { NON_PILLAR_NOUNS } from '../lexicon/set-words.js';
import { splitCountAtMost } from '../text/word-count.js';

/** Organisation heads that open a name ("Ministry of …") or end a short one ("the provincial government"). */
const BODY_HEADS = new Set(['ministry', 'ministries', 'department', 'office', 'agency', 'embassy', 'council', 'committee', 'commission', 'government', 'governments', 'army', 'police', 'secretariat', 'directorate']);
/** Place nouns after a name: "Kandahar province", "Herat District". */
const PLACE_HEADS = new Set(['province', 'district', 'village', 'region', 'city', 'town', 'municipality', 'governorate', 'county', 'commune', 'prefecture', 'oblast']);
/** Heads of the names of legal instruments: "the Convention on Cluster Munitions", "the UNESCAP Declaration". */
const INSTRUMENT_HEADS = new Set(['convention', 'conventions', 'declaration', 'treaty', 'protocol', 'charter', 'decree', 'resolution', 'covenant']);
const MAX_THING_WORDS = 7;
const MAX_INSTRUMENT_WORDS = 12;
/** Where the head of a noun phrase ends: before a preposition, a clause or a parenthesis. */
const HEAD_BREAK = /\s(?:of|for|from|in|on|at|with|by|to|and|or|who|which|that|across|through|into)\s|[,(;:\u2013\u2014]/;
const DETERMINER = /^(?:the|a|an|all|our|their|its|local|some|many|several|other)\s+/i;
/** Plurals without an -s, and -s words that are not plurals. */
const IRREGULAR_PLURALS = new Set(['women', 'men', 'children', 'people', 'staff', 'police', 'personnel', 'youth']);
const NOT_PLURAL = new Set(['logistics', 'economics', 'politics', 'ethics', 'analytics', 'news', 'series', 'means', 'mathematics', 'physics', 'electronics']);

/** The words of an item's head noun phrase ("drivers from the villages" → ["drivers"]). */
function headWords(text: string): string[] {
  const t = text.trim().replace(/^[("'\u201C]+/, '').replace(DETERMINER, '');
  return t.split(HEAD_BREAK)[0]!.trim().split(/\s+/).filter((w) => w !== '');
}

/** The name of a legal instrument, up to a dozen words: "the Convention on the Rights of Persons with Disabilities". */
function namesInstrument(text: string): boolean {
  if (!splitCountAtMost(text.trim(), MAX_INSTRUMENT_WORDS)) return false;
  const head = headWords(text);
  if (head.length === 0 || head.length > 4) return false;
  const first = head[0]!;
  const last = head[head.length - 1]!.replace(/[.,;:]+$/, '');
  return (/^\p{Lu}/u.test(first) && INSTRUMENT_HEADS.has(first.toLowerCase())) || (/^\p{Lu}/u.test(last) && INSTRUMENT_HEADS.has(last.toLowerCase()));
}

/** An organisation or a never-a-part thing: "Ministry of Health", "the provincial government", "cluster munitions". */
export function namesBodyOrThing(text: string): boolean {
  if (namesInstrument(text)) return true;
  // a thing is named by a bare noun phrase; a sentence or a paragraph is an item's description
  if (!splitCountAtMost(text.trim(), MAX_THING_WORDS)) return false;
  const head = headWords(text);
  // "strengthening national institutions", "destroying stockpiled mines": activities on things
  if (head.length === 0 || head.length > 4 || /^\p{L}+ing$/u.test(head[0]!)) return false;
  const first = head[0]!;
  if (/^\p{Lu}/u.test(first) && BODY_HEADS.has(first.toLowerCase())) return true;
  const last = head[head.length - 1]!.toLowerCase().replace(/[.,;:]+$/, '');
  if (/^\p{Lu}/u.test(first) && head.length > 1 && PLACE_HEADS.has(last)) return true;
  return BODY_HEADS.has(last) || NON_PILLAR_NOUNS.has(last);
}

/** A bare plural noun phrase ("medics", "drivers from the local villages"), not an activity ("creating jobs"). */
export function pluralHead(text: string): boolean {
  const head = headWords(text);
  if (head.length === 0 || head.length > 4 || /^\p{Ll}+ing$/u.test(head[0]!)) return false;
  const last = head[head.length - 1]!.toLowerCase().replace(/[.,;:]+$/, '');
  if (IRREGULAR_PLURALS.has(last)) return true;
  return last.length >= 4 && last.endsWith('s') && !/(?:ss|us|is|'s)$/.test(last) && !NOT_PLURAL.has(last);
}
