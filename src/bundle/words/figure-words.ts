/**
 * A figure in words a writer can paste: "more than 3,000 km²", "an estimated 4–6 million",
 * "EUR 160 million", "nearly 100", "thousands". Money is written with its ISO 4217 code
 * before the number (`EUR 160 million`), the one convention used everywhere in the bundle.
 */
import type { Figure } from '../../model/records.js';

export type FigureQuantity = Pick<Figure, 'value' | 'min' | 'max' | 'unit' | 'qualifier' | 'text'>;

/** Hedging qualifiers placed before the number. */
const QUALIFIER_WORDS: Record<string, string> = {
  'more-than': 'more than',
  'at-least': 'at least',
  over: 'over',
  about: 'about',
  nearly: 'nearly',
  almost: 'almost',
  'up-to': 'up to',
  'less-than': 'less than',
  estimated: 'an estimated',
};

/** Qualifiers that stand for a number the source does not give. */
const VAGUE_QUANTITIES: Record<string, { word: string; of: boolean }> = {
  several: { word: 'several', of: false },
  dozens: { word: 'dozens', of: true },
  hundreds: { word: 'hundreds', of: true },
  thousands: { word: 'thousands', of: true },
};

interface UnitWords {
  /** Written after the number, with its own leading space if any. */
  suffix?: (plural: boolean) => string;
  /** Written before the number (currency codes). */
  prefix?: string;
  /** The unit on its own after "thousands of", "several". */
  bare: string;
}

const word = (singular: string, plural = `${singular}s`): UnitWords => ({
  suffix: (p) => ` ${p ? plural : singular}`,
  bare: plural,
});

const UNITS: Record<string, UnitWords> = {
  km2: { suffix: () => ' km²', bare: 'km²' },
  m2: { suffix: () => ' m²', bare: 'm²' },
  hectare: word('hectare'),
  acre: word('acre'),
  count: { bare: '' },
  year: word('year'),
  month: word('month'),
  week: word('week'),
  day: word('day'),
  hour: word('hour'),
  minute: word('minute'),
  tonne: word('tonne'),
  km: { suffix: () => ' km', bare: 'km' },
  percent: { suffix: () => '%', bare: 'per cent' },
};

const CURRENCY = /^[A-Z]{3}$/;

function unitWords(unit: string): UnitWords {
  const known = UNITS[unit];
  if (known) return known;
  if (CURRENCY.test(unit)) return { prefix: `${unit} `, bare: unit };
  return { suffix: () => ` ${unit}`, bare: unit };
}

/** Integer part with thousands separators, decimals kept as they are: `3,000`, `2.5`. */
function groupDigits(n: number): string {
  const [whole = '', fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

const SCALES = [
  { factor: 1e9, word: 'billion' },
  { factor: 1e6, word: 'million' },
];

/** The scale a number is best written in: `160 million` rather than `160,000,000`. */
function scaleOf(n: number): (typeof SCALES)[number] | undefined {
  if (!Number.isFinite(n)) return undefined;
  return SCALES.find((s) => Math.abs(n) >= s.factor && Math.abs(n) % (s.factor / 100) === 0);
}

function scaled(n: number, scale: (typeof SCALES)[number] | undefined): string {
  if (!Number.isFinite(n)) return String(n);
  if (!scale) return groupDigits(n);
  return groupDigits(Number((n / scale.factor).toFixed(2)));
}

/** A number in words: `3,000`, `4 million`, `1.25 billion`. */
export function formatNumber(n: number): string {
  const scale = scaleOf(n);
  return scale ? `${scaled(n, scale)} ${scale.word}` : scaled(n, undefined);
}

/** A range: `4–6 million` when both ends share a scale, else `500,000 to 2 million`. */
export function formatRange(min: number, max: number): string {
  const a = scaleOf(min);
  const b = scaleOf(max);
  if (a === b) return `${scaled(min, a)}–${scaled(max, b)}${a ? ` ${a.word}` : ''}`;
  return `${formatNumber(min)} to ${formatNumber(max)}`;
}

function withUnit(number: string, unit: UnitWords, plural: boolean): string {
  return `${unit.prefix ?? ''}${number}${unit.suffix ? unit.suffix(plural) : ''}`;
}

function qualifierWords(qualifier: string): string {
  return QUALIFIER_WORDS[qualifier] ?? qualifier.replace(/-/g, ' ');
}

/** The figure in words; falls back to the text as written when it states no number. */
export function figureWords(figure: FigureQuantity): string {
  const unit = unitWords(figure.unit);
  const vague = figure.qualifier === undefined ? undefined : VAGUE_QUANTITIES[figure.qualifier];
  let number: string | undefined;
  let plural = true;
  let implied: string | undefined;
  if (figure.value !== undefined) {
    number = formatNumber(figure.value);
    plural = figure.value !== 1;
  } else if (figure.min !== undefined && figure.max !== undefined) {
    number = formatRange(figure.min, figure.max);
  } else if (figure.min !== undefined) {
    number = formatNumber(figure.min);
    implied = 'at least';
  } else if (figure.max !== undefined) {
    number = formatNumber(figure.max);
    implied = 'up to';
  }
  if (number === undefined) {
    if (!vague) return figure.text;
    if (!unit.bare) return vague.word;
    return vague.of ? `${vague.word} of ${unit.bare}` : `${vague.word} ${unit.bare}`;
  }
  const quantity = withUnit(number, unit, plural);
  if (vague) return `${vague.word} (${quantity})`;
  const hedge = figure.qualifier === undefined ? implied : qualifierWords(figure.qualifier);
  return hedge ? `${hedge} ${quantity}` : quantity;
}
