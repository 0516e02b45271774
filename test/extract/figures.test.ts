import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extract/analyse.js';
import type { Figure } from '../../src/model/records.js';

type Fig = Pick<Figure, 'value' | 'min' | 'max' | 'unit' | 'qualifier' | 'measure' | 'text'>;

function figures(text: string): Fig[] {
  return analyseDocument({ id: 'doc', text, bodyOffset: 0 }).figures.map((f) => {
    const out: Fig = { unit: f.unit, measure: f.measure, text: f.text };
    if (f.value !== undefined) out.value = f.value;
    if (f.min !== undefined) out.min = f.min;
    if (f.max !== undefined) out.max = f.max;
    if (f.qualifier) out.qualifier = f.qualifier;
    return out;
  });
}

describe('figures', () => {
  it('reads ranges with magnitudes, qualifiers and the counted noun', () => {
    expect(figures('The Center tackles an estimated 4 million to 6 million landmines and unexploded ordnance left from the war.')).toEqual([
      { min: 4e6, max: 6e6, unit: 'count', qualifier: 'estimated', measure: 'landmines and unexploded ordnance', text: 'an estimated 4 million to 6 million landmines and unexploded ordnance' },
    ]);
  });

  it('normalises area units and qualifiers', () => {
    const f = figures('The country has cleared more than 3,000 square kilometres of landmines, and about 12 km² and 40 sq km remain, over 5 hectares.');
    expect(f.map((x) => [x.value, x.unit, x.qualifier])).toEqual([
      [3000, 'km2', 'more-than'],
      [12, 'km2', 'about'],
      [40, 'km2', undefined],
      [5, 'hectare', 'over'],
    ]);
    expect(f[0]!.measure).toBe('area cleared of landmines');
  });

  it('reads money in codes, symbols and words', () => {
    const f = figures('Japan will allocate 160 million euros; the UK gave £3 million, the US gave US$2.1m and USD 12.5 million, and Japan JPY 600 million.');
    expect(f.map((x) => [x.value, x.unit])).toEqual([
      [160e6, 'EUR'],
      [3e6, 'GBP'],
      [2.1e6, 'USD'],
      [12.5e6, 'USD'],
      [600e6, 'JPY'],
    ]);
    expect(f[0]!.text).toBe('160 million euros');
  });

  it('reads numbers written as words, percentages and durations', () => {
    const f = figures('Seventy-one percent of land was cleared by Thirty trucks and a dozen teams over a five-year programme; up to 30% failed in 38 years.');
    expect(f.map((x) => [x.value, x.unit, x.qualifier])).toEqual([
      [71, 'percent', undefined],
      [30, 'count', undefined],
      [12, 'count', undefined],
      [5, 'year', undefined],
      [30, 'percent', 'up-to'],
      [38, 'year', undefined],
    ]);
    expect(f[1]!.measure).toBe('trucks');
  });

  it('reads "between … and …" ranges; a quantity with no number is no figure', () => {
    const f = figures('Deminers were deployed, with thousands sent abroad; between 20 and 30 teams and several training programs followed, helping hundreds of survivors.');
    expect(f.map((x) => [x.min, x.max, x.qualifier, x.measure])).toEqual([[20, 30, undefined, 'teams']]);
  });

  it('reads a scale letter before the currency, a four-digit count after "a total of", acronym plurals and -ly modifiers', () => {
    const f = figures('A total of 1030 mines and 200 UXO\'s were found. The EU project is valued at 35M EUR, after over 30 M EUR since 1998. It destroyed over 560,000 of these deadly explosives.');
    expect(f.map((x) => [x.value, x.unit, x.measure])).toEqual([
      [1030, 'count', 'mines'],
      [200, 'count', "UXO's"],
      [35e6, 'EUR', expect.any(String)],
      [30e6, 'EUR', expect.any(String)],
      [560000, 'count', 'explosives'],
    ]);
  });

  it('reads lengths and distances in kilometres, apart from areas', () => {
    const f = figures('The team went to the pass, more than 400 km from Dushanbe. HI cleared 1,200 kilometres of roads and 12 sq km of land.');
    expect(f.map((x) => [x.value, x.unit, x.measure])).toEqual([
      [400, 'km', 'distance'],
      [1200, 'km', 'roads'],
      [12, 'km2', expect.any(String)],
    ]);
  });

  it('skips years, dates, times, ordinals, labels and list numbers', () => {
    expect(figures('20:45 28 Nov 2023')).toEqual([]);
    expect(figures('In 2022, on July 15 and July 5-6, the 22nd meeting under Resolution 1325 and Article 5 met during 2022-2023.')).toEqual([]);
    expect(figures('**1 Japan\'s Past Assistance**\n\n1. First item here')).toEqual([]);
    expect(figures('It is one of the world leaders.')).toEqual([]);
  });

  it('keeps the figure text verbatim from the original', () => {
    const f = figures('They cleared **more than 3,000** square kilometres.');
    expect(f[0]!.text).toBe('more than 3,000** square kilometres');
  });
});
