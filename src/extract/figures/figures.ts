/**
 * Figures in one sentence: a number or range with its qualifier, unit and measure.
 * Years used as dates, ordinals, dates, times, labels ("Resolution 1325") and list
 * numbers are skipped.
 */
import type { Figure } from '../../model/records.js';
import type { Token } from '../text/tokens.js';
import { adjacent } from '../text/tokens.js';
import { readNumber, type NumberMatch } from '../text/numbers.js';
import { currencyBefore, moneySuffixAt, unitAt, unsupportedUnitAt } from './units.js';
import { CURRENCY_CODES, isArea, isDuration, isMoney } from '../lexicon/units.js';
import { measureAt, pluralNounBefore, verbBefore } from './measure.js';
import { decadeFigure, vagueFigure } from './vague-figures.js';
import { LABEL_WORDS, MONTHS, QUALIFIERS, VAGUE_QUANTITIES } from '../lexicon/numbers.js';

export interface FigureCandidate extends Pick<Figure, 'value' | 'min' | 'max' | 'unit' | 'qualifier' | 'measure'> {
  /** Token span of the figure as written (qualifier to unit, or to the counted noun). */
  start: number;
  end: number;
}

const DETERMINERS = new Set(['the', 'these', 'those', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'both', 'every', 'each']);
const QUALIFIER_BY_FIRST = new Map<string, (readonly [string[], string])[]>();
for (const q of QUALIFIERS) {
  const last = q[0][q[0].length - 1]!;
  const list = QUALIFIER_BY_FIRST.get(last) ?? [];
  list.push(q);
  QUALIFIER_BY_FIRST.set(last, list);
}
for (const list of QUALIFIER_BY_FIRST.values()) list.sort((a, b) => b[0].length - a[0].length);

/** The qualifier ending just before token `i`: its schema value and first token. */
function qualifierBefore(tokens: readonly Token[], i: number): { qualifier: string; start: number } | undefined {
  const last = tokens[i - 1];
  if (!last || last.kind !== 'word') return undefined;
  const list = QUALIFIER_BY_FIRST.get(last.lower);
  if (!list) return undefined;
  for (const [seq, qualifier] of list) {
    const from = i - seq.length;
    if (from < 0) continue;
    let ok = true;
    for (let s = 0; s < seq.length; s++) {
      if (tokens[from + s]!.lower !== seq[s]) {
        ok = false;
        break;
      }
    }
    if (ok) return { qualifier, start: from };
  }
  return undefined;
}

function isMonth(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && MONTHS.has(t.lower.replace(/\.$/, '')) && (t.cap || t.lower.length > 3);
}

/** Whether the number at `n` is part of a date, a time, a label or a list marker rather than a quantity. */
function notAQuantity(tokens: readonly Token[], n: NumberMatch, heading: boolean): boolean {
  const first = tokens[n.start]!;
  const prev = tokens[n.start - 1];
  const next = tokens[n.end];
  // "two out of three": a ratio
  if (prev?.lower === 'of' && tokens[n.start - 2]?.lower === 'out') return true;
  if (first.kind === 'num') {
    // times and scores: 20:45, 3:1
    if (next && next.text === ':' && adjacent(first, next) && tokens[n.end + 1]?.kind === 'num' && adjacent(next, tokens[n.end + 1])) return true;
    if (prev && prev.text === ':' && adjacent(prev, first) && tokens[n.start - 2]?.kind === 'num') return true;
    // dates: July 15, 15 July, 28 Nov 2023, 2024-07-06, 15/07/2024
    if (isMonth(prev) || isMonth(next) || (next?.text === 'of' && isMonth(tokens[n.end + 1]))) return true;
    if (prev && (prev.text === '/' || prev.text === '.') && adjacent(prev, first) && tokens[n.start - 2]?.kind === 'num') return true;
    if (next && (next.text === '/' || (next.text === '-' && n.yearLike)) && adjacent(first, next) && tokens[n.end + 1]?.kind === 'num' && n.yearLike) return true;
    // the second half of a range whose first half was not a quantity ("July 5-6")
    if (prev && (prev.text === '-' || prev.text === '\u2013') && adjacent(prev, first) && tokens[n.start - 2]?.kind === 'num') return true;
    // labels: Resolution 1325, No. 5, Phase 2, SDG 16, #3
    if (prev && prev.kind === 'word' && prev.cap && !CURRENCY_CODES.has(prev.text) && (LABEL_WORDS.has(prev.lower) || (prev.allCaps && prev.text.length <= 6))) return true;
    if (prev && prev.text === '.' && tokens[n.start - 2]?.lower === 'no') return true;
    if (prev && prev.text === '#') return true;
    // list numbers and section numbers at the start of a line or heading
    if (n.start === 0 && !n.magnitude) {
      if (next && (next.text === '.' || next.text === ')') && adjacent(first, next)) return true;
      if (heading) return true;
      if (next && next.kind === 'word' && next.cap && !next.allCaps && unitAt(tokens, n.end) === undefined) return true;
    }
  }
  return false;
}

/** A second number after "to", "-", "–" or "and" (after "between"), sharing magnitude and unit. */
function rangeEnd(tokens: readonly Token[], at: number, between: boolean): { number: NumberMatch; currency?: string; next: number } | undefined {
  const link = tokens[at];
  if (!link) return undefined;
  const ok = between ? link.lower === 'and' : link.lower === 'to' || link.text === '-' || link.text === '\u2013';
  if (!ok) return undefined;
  let k = at + 1;
  const currency = currencyBefore(tokens, k + 1);
  let unitFromPrefix: string | undefined;
  if (currency && currency.start === k) {
    unitFromPrefix = currency.unit;
    k = currency.end;
  }
  const number = readNumber(tokens, k);
  if (!number) return undefined;
  const out: { number: NumberMatch; currency?: string; next: number } = { number, next: number.end };
  if (unitFromPrefix) out.currency = unitFromPrefix;
  return out;
}

/** Every figure in a sentence's tokens. `heading` marks a heading line. */
export function figuresIn(tokens: readonly Token[], heading: boolean): FigureCandidate[] {
  const out: FigureCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // Value-less quantities: "thousands of deminers", "with thousands deployed".
    if (t.kind === 'word' && VAGUE_QUANTITIES.has(t.lower)) {
      const vague = vagueFigure(tokens, i);
      if (vague) {
        out.push(vague);
        i = Math.max(i + 1, vague.end);
        continue;
      }
    }
    if (t.kind === 'word' && t.lower === 'decade') {
      const decade = decadeFigure(tokens, i);
      if (decade) out.push(decade);
      i++;
      continue;
    }
    if (t.kind !== 'num' && t.kind !== 'word' && t.kind !== 'sym') {
      i++;
      continue;
    }
    // A currency prefix: "US$", "€", "USD".
    let currency: string | undefined;
    let start = i;
    let k = i;
    if (t.kind === 'sym' || (t.kind === 'word' && t.allCaps)) {
      const after = tokens[i + 1]?.kind === 'num' ? i + 1 : t.kind === 'word' && tokens[i + 1]?.kind === 'sym' && tokens[i + 2]?.kind === 'num' ? i + 2 : -1;
      if (after > 0) {
        const c = currencyBefore(tokens, after);
        if (c && c.start === i) {
          currency = c.unit;
          k = after;
        }
      }
      if (!currency) {
        i++;
        continue;
      }
    }
    const number = readNumber(tokens, k);
    if (!number) {
      i++;
      continue;
    }
    const figure = readFigure(tokens, number, start, currency, heading);
    if (figure) {
      out.push(figure);
      i = Math.max(figure.end, number.end);
      start = i;
    } else {
      i = Math.max(i + 1, number.end);
    }
  }
  return out;
}

function readFigure(tokens: readonly Token[], number: NumberMatch, start: number, prefixCurrency: string | undefined, heading: boolean): FigureCandidate | undefined {
  if (notAQuantity(tokens, number, heading)) return undefined;
  let value = number.value;
  let end = number.end;
  let unit = prefixCurrency;
  let magnitude = number.magnitude;
  // "$2.1m"
  if (prefixCurrency && !magnitude) {
    const suffix = moneySuffixAt(tokens, end);
    if (suffix !== undefined) {
      value *= suffix;
      magnitude = true;
      end++;
    }
  }
  let adjectival = false;
  if (!unit && number.embeddedUnit) {
    unit = number.embeddedUnit;
    adjectival = true;
  } else if (!unit) {
    const u = unitAt(tokens, end);
    if (u) {
      unit = u.unit;
      end = u.end;
    } else if (tokens[end]?.lower === 'decades' || tokens[end]?.lower === 'decade') {
      value *= 10;
      unit = 'year';
      end++;
    } else if (unsupportedUnitAt(tokens, end)) {
      return undefined;
    }
  } else {
    // "USD 2.1 million dollars" is rare; accept a trailing code/word of the same currency
    const u = unitAt(tokens, end);
    if (u && u.unit === unit) end = u.end;
  }

  // Range: "4 million to 6 million", "between 20 and 30", "20-30 km2".
  const before = tokens[start - 1];
  const between = before?.lower === 'between';
  let min: number | undefined;
  let max: number | undefined;
  const range = rangeEnd(tokens, end, between);
  if (range && !(number.yearLike && range.number.yearLike)) {
    const hi = range.number.value;
    let rangeEndAt = range.next;
    let hiUnit = range.currency;
    if (!hiUnit) {
      const u = unitAt(tokens, rangeEndAt);
      if (u) {
        hiUnit = u.unit;
        rangeEndAt = u.end;
      }
    }
    let lo = value;
    if (!magnitude && range.number.magnitude) {
      // "4 to 6 million": the magnitude applies to both ends.
      const scale = range.number.value / valueWithoutMagnitude(tokens, range.number);
      if (Number.isFinite(scale) && scale > 1) lo *= scale;
    }
    if (hi > lo && (!unit || !hiUnit || unit === hiUnit) && !notAQuantity(tokens, range.number, heading)) {
      min = lo;
      max = hi;
      unit = unit ?? hiUnit;
      end = rangeEndAt;
      if (between) start = start - 1;
    }
  }

  if (min === undefined && number.yearLike && !unit) {
    // A four-digit year is a quantity only when a plural noun follows: "2000 deminers".
    const next = tokens[end];
    if (!next || next.kind !== 'word' || next.cap || !next.lower.endsWith('s') || /^(?:was|is|has|as|its|this|his|thus)$/.test(next.lower)) return undefined;
    const prev = tokens[start - 1];
    if (prev && /^(?:in|since|by|until|till|from|of|during|before|after|the|to|between|and|year|early|late|mid)$/.test(prev.lower)) return undefined;
  }

  // Qualifier before the number (or before "between").
  let qualifier: string | undefined;
  const q = qualifierBefore(tokens, start);
  // "under", "below", "above" hedge only numerals: "under 5 percent", not "under four pillars"
  if (q && !(/^(?:under|below|above)$/.test(tokens[q.start]!.lower) && tokens[number.start]!.kind !== 'num')) {
    qualifier = q.qualifier;
    start = q.start;
  }

  const finalUnit = unit ?? 'count';
  // Measure.
  let measure: string | undefined;
  let textEnd = end;
  const direct = measureAt(tokens, end, true);
  measure = direct?.text;
  if (finalUnit === 'count' && direct && direct.start === end) textEnd = direct.end;
  // "nine of the country's 17 provinces": the noun after the second number
  let partOf = false;
  if (finalUnit === 'count' && tokens[end]?.lower === 'of') {
    let k = end + 1;
    while (tokens[k] && (/^(?:the|its|their|our|these|those)$/.test(tokens[k]!.lower) || tokens[k]!.poss)) k++;
    const whole = readNumber(tokens, k);
    if (whole) {
      const noun = measureAt(tokens, whole.end, false);
      if (noun) {
        measure = noun.text;
        partOf = true;
      }
    }
  }
  // "between 40 and 60 a year": the noun is the one counted before
  if (finalUnit === 'count' && !measure && (min !== undefined || /^(?:a|per|each|every|annually)$/.test(tokens[end]?.lower ?? ''))) {
    measure = pluralNounBefore(tokens, start);
  }
  if (finalUnit === 'count') {
    if (!measure) return undefined;
    // "one" is rarely a figure ("one of the leaders"); "zero" is ("zero mine victims").
    if (!magnitude && value === 1 && min === undefined) return undefined;
    if (!Number.isInteger(value) && !magnitude && min === undefined) return undefined;
    const det = tokens[start - 1];
    if (!qualifier && !magnitude && det && DETERMINERS.has(det.lower)) return undefined;
    if (tokens[number.end]?.lower === 'of' && number.words && !partOf) return undefined; // "one of", "two of them"
  }
  // "cleared more than 3,000 square kilometres of landmines": the area cleared of landmines.
  if (isArea(finalUnit)) {
    const verb = verbBefore(tokens, start);
    if (verb) measure = measure && tokens[end]?.lower === 'of' ? `area ${verb} of ${measure}` : `area ${verb}`;
  }
  // "a five-year programme": the programme's duration
  if (adjectival && measure) measure = `${measure} duration`;
  if (!measure) measure = fallbackMeasure(tokens, start, end, finalUnit);

  const figure: FigureCandidate = { unit: finalUnit, measure, start, end: textEnd };
  if (min !== undefined && max !== undefined) {
    figure.min = min;
    figure.max = max;
  } else {
    figure.value = value;
  }
  if (qualifier) figure.qualifier = qualifier;
  return figure;
}

/** The value of a number match without its magnitude word ("6 million" → 6). */
function valueWithoutMagnitude(tokens: readonly Token[], n: NumberMatch): number {
  const first = tokens[n.start]!;
  if (first.kind === 'num') {
    const v = Number(first.text.replace(/,/g, ''));
    return Number.isFinite(v) && v !== 0 ? v : n.value;
  }
  return n.value;
}

/** "… to support Ukraine's economic recovery projects", "… for clearance in Angola": a purpose after the figure. */
function purposeAfter(tokens: readonly Token[], end: number): string | undefined {
  const link = tokens[end];
  if (!link || (link.lower !== 'to' && link.lower !== 'for')) return undefined;
  const words: string[] = [link.lower];
  for (let k = end + 1; k < tokens.length && words.length < 8; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.kind !== 'num') break;
    if (/^(?:and|but|which|who|while|as|that|in|by|with|from|under|over)$/.test(t.lower) && words.length > 2) break;
    words.push(t.text);
  }
  return words.length > 1 ? words.join(' ') : undefined;
}

function fallbackMeasure(tokens: readonly Token[], start: number, end: number, unit: string): string {
  const verb = verbBefore(tokens, start);
  const purpose = purposeAfter(tokens, end);
  if (isArea(unit)) return verb ? `area ${verb}` : 'area';
  if (isMoney(unit)) return purpose ? `funding ${purpose}` : verb && !/^(?:funded|financed|paid|given)$/.test(verb) ? `funding ${verb}` : 'funding';
  if (unit === 'percent') return 'share';
  if (isDuration(unit)) return 'duration';
  return pluralNounBefore(tokens, start) ?? 'count';
}
