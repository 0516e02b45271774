/**
 * Figures in one sentence: a number or range with its qualifier, unit and measure.
 * Years used as dates, ordinals, dates, times, labels ("Resolution 1325") and list
 * numbers are skipped.
 */
import type { Figure } from '../../model/records.js';
import { adjacent, type Token } from '../text/tokens.js';
import { readNumber, times, type NumberMatch } from '../text/numbers.js';
import { amountAfterMark, currencyBefore, dotBeforeThreeDigits, moneyNumeral, moneySuffixAt, scaleBeforeCurrency, unitAt, unsupportedUnitAt } from './units.js';
import { DOLLAR_PREFIXES, isArea, isMoney, RUPEE_MARKS } from '../lexicon/units.js';
import { fallbackMeasure } from './fallback-measure.js';
import { comparedBefore, measureAt, pluralNounBefore, verbBefore } from './measure.js';
import { ageOf, yearOld } from './age.js';
import { wordFigureAt } from './word-figures.js';
import { rateAt } from './fractions.js';
import { notAQuantity, qualifierBefore } from './quantity-checks.js';
import { subjectOfCount, subsetOf } from './subject-count.js';
import { partOfWhole } from './part-of-whole.js';
import { rangeEnd, valueWithoutMagnitude } from './range-end.js';
import type { ColumnHeader } from './table-columns.js';

export { labelsOf } from './labels.js';

export interface FigureCandidate extends Pick<Figure, 'value' | 'min' | 'max' | 'unit' | 'qualifier' | 'measure'> {
  /** Token span of the figure as written (qualifier to unit, or to the counted noun). */
  start: number;
  end: number;
  /** End of the noun phrase counted, when it follows the figure ("25 years of U.S. support"). */
  measureEnd?: number;
  /** The currency was a bare "$": USD unless the document is from a country with a dollar of its own. */
  bareDollar?: boolean;
}

/** Verbs whose object, a bare number, is people: "killed 2272". */
const CASUALTY_VERBS = /^(?:killed|injured|maimed|wounded)$/;

/** Words before a number that make it no count: "every two years", "each three months". */
const DETERMINERS = new Set(['both', 'every', 'each']);

/** Every figure in a sentence's tokens. `heading` marks a heading line; `labelOf` gives the label a value stands under (`labels.ts`). */
export function figuresIn(tokens: readonly Token[], heading: boolean, labelOf?: (start: number) => string | undefined, columnOf?: (offset: number) => ColumnHeader | undefined): FigureCandidate[] {
  const out: FigureCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const worded = t.kind === 'word' ? wordFigureAt(tokens, i) : undefined;
    if (worded) {
      if (worded.figure) out.push(worded.figure);
      i = worded.next;
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
    if (t.kind === 'sym' || (t.kind === 'word' && (t.allCaps || (t.cap && (DOLLAR_PREFIXES.has(t.lower) || RUPEE_MARKS.has(t.text)))))) {
      const after = amountAfterMark(tokens, i);
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
    const figure = readFigure(tokens, number, start, currency, heading, labelOf?.(start), columnOf?.(tokens[start]!.start));
    if (figure && currency === 'USD' && tokens[start]!.text === '$') figure.bareDollar = true;
    // "10 out of 272 markers"
    const parts = !figure && !currency ? partOfWhole(tokens, number, (n) => readFigure(tokens, n, n.start, undefined, heading)) : undefined;
    if (parts) {
      out.push(...parts);
      i = parts.at(-1)!.end;
      continue;
    }
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

function readFigure(tokens: readonly Token[], number: NumberMatch, start: number, prefixCurrency: string | undefined, heading: boolean, label?: string, column?: ColumnHeader): FigureCandidate | undefined {
  if (notAQuantity(tokens, number, heading)) return undefined;
  // "a 46-year-old widow": an age
  const old = number.magnitude ? undefined : yearOld(tokens, number.start, number.end);
  if (old) return { unit: 'year', value: number.value, measure: old.measure, start, end: old.end };
  let value = number.value;
  let end = number.end;
  let unit = prefixCurrency;
  let magnitude = number.magnitude;
  // "$2.1m"
  if (prefixCurrency && !magnitude) {
    const suffix = moneySuffixAt(tokens, end);
    if (suffix !== undefined) {
      value = times(value, suffix);
      magnitude = true;
      end++;
    }
  }
  if (prefixCurrency && !magnitude) value = moneyNumeral(tokens[number.start]!.text, prefixCurrency) ?? value;
  let adjectival = false;
  if (!unit && number.embeddedUnit) {
    unit = number.embeddedUnit;
    adjectival = true;
  } else if (!unit) {
    // "35M EUR", "30 M EUR": a scale letter between the number and the currency
    const scale = magnitude ? undefined : scaleBeforeCurrency(tokens, end);
    if (scale) {
      value = times(value, scale);
      magnitude = true;
      end++;
    }
    const u = unitAt(tokens, end);
    if (u) {
      unit = u.unit;
      end = u.end;
      // "500.000 €": a dot grouping thousands, as before a currency
      if (isMoney(u.unit) && !magnitude) value = moneyNumeral(tokens[number.start]!.text, u.unit) ?? value;
    } else if (/^decades?$/.test(tokens[end]?.lower ?? '') || (tokens[end]?.text === '-' && adjacent(tokens[end - 1], tokens[end]) && tokens[end + 1]?.lower === 'decade' && adjacent(tokens[end], tokens[end + 1]))) {
      // "two decades", "the chronic 2-decade civil war"
      value *= 10;
      unit = 'year';
      end += tokens[end]!.text === '-' ? 2 : 1;
    } else if (unsupportedUnitAt(tokens, end)) {
      return undefined;
    }
    // "1 year and 6 months": one duration, in months
    if (unit === 'year' && tokens[end]?.lower === 'and') {
      const months = readNumber(tokens, end + 1);
      const u = months ? unitAt(tokens, months.end) : undefined;
      if (months && u?.unit === 'month') {
        value = value * 12 + months.value;
        unit = 'month';
        end = u.end;
      }
    }
  } else {
    // "USD 2.1 million dollars" is rare; accept a trailing code/word of the same currency
    const u = unitAt(tokens, end);
    if (u && u.unit === unit) end = u.end;
  }

  // "| Area cleared (m²) |" over a bare value: the header's unit
  if (!unit && column?.unit) unit = column.unit;
  // Range: "4 million to 6 million", "between 20 and 30", "20-30 km2".
  const before = tokens[start - 1];
  const between = before?.lower === 'between';
  let min: number | undefined;
  let max: number | undefined;
  const range = rangeEnd(tokens, end, between);
  // "from 7,073 in 2022 to 5,757": a year then a value is no range
  if (range && !(number.yearLike && range.number.yearLike) && !(number.yearLike && !unit && !range.number.yearLike)) {
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
    if (hi > lo && (!unit || !hiUnit || unit === hiUnit) && !notAQuantity(tokens, range.number, heading, true)) {
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
    // "a total of 1030 mines": "of" after "total" counts
    const totalOf = prev?.lower === 'of' && tokens[start - 2]?.lower === 'total';
    if (prev && !totalOf && /^(?:in|since|by|until|till|from|of|during|before|after|the|to|between|and|year|early|late|mid)$/.test(prev.lower)) return undefined;
  }

  // Qualifier before the number (or before "between").
  let qualifier: string | undefined;
  const q = qualifierBefore(tokens, start);
  // "under", "below", "above" hedge only numerals: "under 5 percent", not "under four pillars"
  if (q && !(/^(?:under|below|above)$/.test(tokens[q.start]!.lower) && tokens[number.start]!.kind !== 'num')) {
    qualifier = q.qualifier;
    start = q.start;
  }

  // "more than 3.500 explosive devices", "240.000 m2", "12.000 km": a dot groups thousands in a whole count, in square metres or hectares, and before "000"
  const numeral = tokens[number.start]!.text;
  if (!magnitude && dotBeforeThreeDigits(numeral) && (!unit || unit === 'm2' || unit === 'hectare' || (numeral.endsWith('000') && !isMoney(unit)))) value = Math.round(value * 1000);
  // "Yim Sokha, 46, a mother of four": an age in apposition
  const age = !unit && min === undefined ? ageOf(tokens, start, end) : undefined;
  if (age) unit = 'year';
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
  // "26 casualties in 2022, down from 310 in 2008": a count compared with one before counts the same
  if (finalUnit === 'count' && !measure && (min !== undefined || /^(?:a|per|each|every|annually)$/.test(tokens[end]?.lower ?? '') || comparedBefore(tokens, start))) {
    measure = pluralNounBefore(tokens, start);
  }
  // "have killed 2272 and injured 9233": the people a casualty verb counts
  if (finalUnit === 'count' && !measure && CASUALTY_VERBS.test(tokens[start - 1]?.lower ?? '') && !tokens[end]?.cap) measure = `people ${tokens[start - 1]!.lower}`;
  // "… killed and another 60,000 injured by …", "300 were killed and 500 wounded": the number the participle after it counts
  const passive = /^(?:were|was)$/.test(tokens[end]?.lower ?? '') ? end + 1 : /^(?:have|had)$/.test(tokens[end]?.lower ?? '') && tokens[end + 1]?.lower === 'been' ? end + 2 : end;
  // "14 casualties (4 killed, 10 injured)": a count split by outcome, in brackets or a list
  if (finalUnit === 'count' && !measure && CASUALTY_VERBS.test(tokens[passive]?.lower ?? '') && (passive > end || /^(?:and|another|further|\(|,|;)$/.test(tokens[start - 1]?.lower ?? ''))) measure = `people ${tokens[passive]!.lower}`;
  // "886 casualties, 377 of them fatal": a part of the whole counted before
  const subset = finalUnit === 'count' && !measure ? subsetOf(tokens, start, end) : undefined;
  if (subset) measure = subset;
  // "casualties rose to 5,757": the noun is the subject of the verb before
  if (finalUnit === 'count' && !measure) measure = subjectOfCount(tokens, start);
  // "| Survivors assisted | 300 |", "Duration: 24 months": the label says what the value is
  if (label) measure = label;
  if (column?.measure && (column.rowIsName || !label)) measure = column.measure;
  if (age) measure = age;
  if (finalUnit === 'count') {
    if (!measure) return undefined;
    // "UN Positions 1-32A and 6-50": numbers joined by a hyphen count something only when it is named right after them
    if (min !== undefined && tokens[number.end]?.text === '-' && tokens[number.end]!.start === tokens[number.end - 1]!.end && (!direct || direct.start !== end)) return undefined;
    // "one" is rarely a figure ("one of the leaders"); "zero" is ("zero mine victims").
    if (!magnitude && value === 1 && min === undefined) return undefined;
    if (!Number.isInteger(value) && !magnitude && min === undefined) return undefined;
    const det = tokens[start - 1];
    // "every two years" is a rate, not a count; "the two projects", "these four provinces" state one
    if (!qualifier && !magnitude && det && DETERMINERS.has(det.lower)) return undefined;
    if (tokens[number.end]?.lower === 'of' && number.words && !partOf && !subset) return undefined; // "one of", "two of them"
  }
  // "cleared more than 3,000 square kilometres of landmines": the area cleared of landmines.
  if (isArea(finalUnit)) {
    const verb = verbBefore(tokens, start);
    if (verb) measure = measure && tokens[end]?.lower === 'of' ? `area ${verb} of ${measure}` : `area ${verb}`;
  }
  // "a five-year programme": the programme's duration
  if (adjectival && measure) measure = `${measure} ${finalUnit === 'tonne' ? 'weight' : isArea(finalUnit) ? 'area' : 'duration'}`;
  if (!measure) measure = fallbackMeasure(tokens, start, end, finalUnit);
  // "400 square metres per day", "12 mines a day": a rate
  const rate = rateAt(tokens, finalUnit === 'count' ? textEnd : end);
  if (rate && !measure.endsWith(rate.text)) {
    measure = `${measure} ${rate.text}`;
    if (finalUnit === 'count' || textEnd === end) textEnd = rate.end;
  }

  const figure: FigureCandidate = { unit: finalUnit, measure, start, end: textEnd };
  if (direct && measure === direct.text) figure.measureEnd = direct.end;
  if (min !== undefined && max !== undefined) {
    figure.min = min;
    figure.max = max;
  } else {
    figure.value = value;
  }
  if (qualifier) figure.qualifier = qualifier;
  return figure;
}
