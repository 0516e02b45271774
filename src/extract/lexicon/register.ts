/**
 * The register of well-known mine-action bodies, treaties and recurring meetings
 * (`register.json`), loaded once: each name and alias tokenised, indexed by its first word,
 * so a sentence is matched in one pass, longest name first.
 */
import data from './register.json' with { type: 'json' };
import { tokenize, type Token } from '../text/tokens.js';

export type RegisterKind = 'organisation' | 'treaty' | 'meeting' | 'standard';

export interface RegisterEntry {
  name: string;
  kind: RegisterKind;
  aliases: readonly string[];
}

interface Form {
  entry: RegisterEntry;
  /** Lower-cased words of the form; for acronyms the exact capitals. */
  words: string[];
  /** Which words end in a possessive ("People's"). */
  poss: boolean[];
  acronym: boolean;
}

interface RegisterFile {
  organisations: { name: string; aliases: string[] }[];
  treaties: { name: string; aliases: string[] }[];
  meetings: { name: string; aliases: string[] }[];
  /** Standards and the systems that serve them ("IMAS", "IMSMA"): never actors. */
  standards?: { name: string; aliases: string[] }[];
}

const FILE = data as RegisterFile;
const ENTRIES: RegisterEntry[] = [
  ...FILE.organisations.map((e) => ({ ...e, kind: 'organisation' as const })),
  ...FILE.treaties.map((e) => ({ ...e, kind: 'treaty' as const })),
  ...FILE.meetings.map((e) => ({ ...e, kind: 'meeting' as const })),
  ...(FILE.standards ?? []).map((e) => ({ ...e, kind: 'standard' as const })),
];

const BY_FIRST = new Map<string, Form[]>();
for (const entry of ENTRIES) {
  for (const form of [entry.name, ...entry.aliases]) {
    let tokens = tokenize(form, 0);
    if (tokens.length > 1 && tokens[0]!.lower === 'the') tokens = tokens.slice(1);
    if (tokens.length === 0) continue;
    const acronym = tokens.length === 1 && tokens[0]!.allCaps;
    const words = tokens.map((t) => (acronym ? t.base : t.lower));
    const list = BY_FIRST.get(words[0]!) ?? [];
    list.push({ entry, words, poss: tokens.map((t) => t.poss), acronym });
    BY_FIRST.set(words[0]!, list);
  }
}
const longestFirst = (a: Form, b: Form): number => b.words.length - a.words.length;
for (const list of BY_FIRST.values()) list.sort(longestFirst);
/** For a word in capitals, its acronym forms and its word forms in one list, longest first (merged once). */
const MERGED = new Map<string, Form[]>();

function formsFor(t: Token): Form[] | undefined {
  const words = BY_FIRST.get(t.lower);
  if (!t.allCaps) return words;
  const caps = BY_FIRST.get(t.base);
  if (!caps || !words) return caps ?? words;
  let list = MERGED.get(t.base);
  if (!list) MERGED.set(t.base, (list = [...caps, ...words].sort(longestFirst)));
  return list;
}

export interface RegisterMatch {
  entry: RegisterEntry;
  start: number;
  end: number;
}

/** The registered name starting at token `k` (longest first), if any. Acronyms match in capitals only. */
export function registeredAt(tokens: readonly Token[], k: number): RegisterMatch | undefined {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !t.cap) return undefined;
  const list = formsFor(t);
  if (!list) return undefined;
  for (const form of list) {
    if (form.acronym && (!t.allCaps || t.base !== form.words[0])) continue;
    let ok = true;
    for (let s = 1; s < form.words.length; s++) {
      const u = tokens[k + s];
      // a possessive inside the text must be one of the name's own ("Norwegian People's Aid"); "HALO Trust's" closes it
      if (!u || u.lower !== form.words[s] || (tokens[k + s - 1]!.poss && !form.poss[s - 1])) {
        ok = false;
        break;
      }
    }
    if (ok) return { entry: form.entry, start: k, end: k + form.words.length };
  }
  return undefined;
}

/** The acronyms among an entry's names ("UNMAS"). */
export function acronymsOf(entry: RegisterEntry): string[] {
  return [entry.name, ...entry.aliases].filter((n) => /^[A-Z][A-Z-]*[A-Z]$/.test(n));
}

/** Every entry (for tests and documentation). */
export function registerEntries(): readonly RegisterEntry[] {
  return ENTRIES;
}
