/**
 * Capitalised runs (candidate names) in a sentence's tokens, and the keys under which
 * variant spellings of one name meet: Centre/Center, Cambodia/Cambodian, hyphens,
 * possessives, "the", and small words are folded away.
 */
import { adjacent, type Token } from './tokens.js';
import { countryOfDemonym } from '../lexicon/countries.js';
import { LABEL_WORDS } from '../lexicon/numbers.js';
import { memoByString } from '../lexicon/memo.js';

export interface Run {
  /** First token and one past the last. */
  start: number;
  end: number;
}

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'da', 'del', '&']);
const ARTICLES_AFTER = new Set(['on', 'for']);

export function isCapWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.cap;
}

/**
 * Maximal runs of capitalised words, joined by small connectors ("Ministry of Economy",
 * "Bosnia and Herzegovina"); a possessive word ends its run unless a capitalised word
 * follows ("Japan's Comprehensive Package"); an ordinal may open one
 * ("5th Review Conference"); a numeral may follow a label word ("Resolution 1325").
 */
/**
 * Whether token `k` is the apostrophe of a plural possessive inside a name: glued to a
 * capitalised word in -s before it, a capitalised word after it ("Health Workers’ Organization").
 */
export function pluralApostropheAt(tokens: readonly Token[], k: number): boolean {
  const u = tokens[k];
  const plural = tokens[k - 1];
  return u !== undefined && plural !== undefined && (u.text === '\u2019' || u.text === "'") && u.start === plural.end && /s$/.test(plural.text) && isCapWord(plural) && isCapWord(tokens[k + 1]) && tokens[k + 1]!.start > u.end;
}

export function capitalisedRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const opensWithOrdinal = t.kind === 'ord' && isCapWord(tokens[i + 1]) && /\d(?:st|nd|rd|th)$/.test(t.text);
    if (!isCapWord(t) && !opensWithOrdinal) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    if (!t.poss || isCapWord(tokens[i + 1])) {
      let j = i + 1;
      while (j < tokens.length) {
        const u = tokens[j]!;
        if (isCapWord(u)) {
          end = j + 1;
          j++;
          // a possessive ends the run unless a capitalised word follows ("… for Japan's Assistance …"),
          // also after a plural's apostrophe ("Workers' Organization")
          if (u.poss && !isCapWord(tokens[j]) && !pluralApostropheAt(tokens, j)) break;
          continue;
        }
        // "Karenni Health Workers’ Organization": a plural possessive's apostrophe inside a name
        if (pluralApostropheAt(tokens, j)) {
          j++;
          continue;
        }
        // "Antony J. Blinken": a middle initial's stop, between capitalised words of a name
        const initial = tokens[j - 1]!;
        if (u.text === '.' && /^\p{Lu}$/u.test(initial.text) && u.start === initial.end && j - 2 >= start && isCapWord(tokens[j - 2]) && !LABEL_WORDS.has(tokens[j - 2]!.lower) && isCapWord(tokens[j + 1])) {
          j++;
          continue;
        }
        if (u.kind === 'num' && LABEL_WORDS.has(tokens[j - 1]!.lower) && isCapWord(tokens[j - 1])) {
          end = j + 1;
          j++;
          continue;
        }
        if (u.kind === 'word' && !u.cap && CONNECTORS.has(u.lower)) {
          // connectors, then optionally "the"/"a", then a capitalised word
          let k = j + 1;
          if (tokens[k]?.lower === 'the' || (ARTICLES_AFTER.has(u.lower) && (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an'))) k++;
          if (isCapWord(tokens[k]) && !(u.lower === 'and' && tokens[k - 1]?.lower === 'the')) {
            j = k;
            continue;
          }
          // "Conference on 10-Year Achievement": a number joined to a capitalised word after a connector
          if (tokens[k]?.kind === 'num' && tokens[k + 1]?.text === '-' && adjacent(tokens[k], tokens[k + 1]) && adjacent(tokens[k + 1], tokens[k + 2]) && isCapWord(tokens[k + 2])) {
            end = k + 3;
            j = k + 3;
            continue;
          }
        }
        break;
      }
    }
    runs.push({ start, end });
    i = end;
  }
  return runs;
}

const VARIANTS: Record<string, string> = {
  centre: 'center', centres: 'centers', organisation: 'organization', organisations: 'organizations',
  programme: 'program', programmes: 'programs', defence: 'defense', labour: 'labor', licence: 'license',
  authorisation: 'authorization', cooperation: 'cooperation', 'co-operation': 'cooperation',
};

const KEY_STOPWORDS = new Set(['the', 'of', 'for', 'and', 'to', 'on', 'in', 'a', 'an', 'at', '&']);

/** Letters without diacritics, lower-cased, typographic apostrophes unified. */
export function fold(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'").toLowerCase();
}

/** Words of a name for keying: possessives, dots and punctuation removed, hyphens split. */
export function keyWords(name: string): string[] {
  const folded = fold(name)
    .replace(/'s\b/g, '')
    .replace(/\./g, '')
    .replace(/[-\u2013\u2014/]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ');
  const out: string[] = [];
  for (const word of folded.split(/\s+/)) {
    if (word === '' || KEY_STOPWORDS.has(word)) continue;
    const variant = VARIANTS[word];
    if (variant) {
      out.push(variant);
      continue;
    }
    const country = countryOfDemonym(word);
    if (country) {
      out.push(...fold(country).split(/\s+/));
      continue;
    }
    out.push(word);
  }
  return out;
}

/** The variant-normalised key of a name: "Cambodian Mine Action Centre" and "Cambodia Mine Action Center" meet. */
export const nameKey = memoByString((name: string): string => keyWords(name).join(' '));

/** The key of a person's name, independent of word order ("KAMIKAWA Yoko" = "Yoko Kamikawa"). */
export const personKey = memoByString((name: string): string => keyWords(name).sort().join(' '));

/** Initials of the capitalised words of a name ("Cambodian Mine Action Centre" → "CMAC"). */
export function initials(name: string): string {
  let out = '';
  for (const word of name.split(/[\s-]+/)) {
    const first = word[0];
    if (first && first !== first.toLowerCase()) out += first;
  }
  return out;
}

/** A kebab-case id from a name: lower-case letters and digits separated by single hyphens, at most 100 characters. */
export function slugId(name: string): string {
  let slug = fold(name)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > 100) {
    slug = slug.slice(0, 100);
    const cut = slug.lastIndexOf('-');
    if (cut > 40) slug = slug.slice(0, cut);
    slug = slug.replace(/-+$/, '');
  }
  return slug === '' ? 'unnamed' : slug;
}

/** Collapses whitespace runs to one space and trims. */
export function collapse(text: string): string {
  if (text.indexOf('\n') < 0 && text.indexOf('  ') < 0 && text.indexOf('\t') < 0) return text.trim();
  return text.replace(/\s+/g, ' ').trim();
}

/** Title case for a word written in capitals ("KAMIKAWA" → "Kamikawa"). */
export function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
