/** Casualty counts written the ways reports write them: split by outcome, as a subset, as a change with a placed subject. */
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extract/analyse.js';

const figures = (text: string) =>
  analyseDocument({ id: 'doc', text, bodyOffset: 0 }).figures.map((f) => [f.value ?? [f.min, f.max], f.unit, f.measure]);

describe('casualty counts', () => {
  it('split by outcome in brackets: "14 casualties (4 killed, 10 injured)"', () => {
    expect(figures('2018 – 14 casualties (4 killed, 10 injured)')).toEqual([
      [14, 'count', 'casualties'], [4, 'count', 'people killed'], [10, 'count', 'people injured'],
    ]);
  });

  it('a subset after the whole: "886 casualties, 377 of them fatal", "94 people …, 31 of them fatally"', () => {
    expect(figures('Since 1992 the centre has recorded 886 casualties, 377 of them fatal.')).toEqual([
      [886, 'count', 'casualties'], [377, 'count', 'fatal casualties'],
    ]);
    expect(figures('In 2022, 94 people were killed or injured by explosive ordnance, 31 of them fatally.')).toContainEqual([31, 'count', 'people killed']);
  });

  it('a change whose subject is placed: "casualties in Westland have fallen from 27 in 2018 to nine in 2022"', () => {
    expect(figures('Mine and ERW casualties in Westland have fallen from 27 in 2018 to nine in 2022.')).toEqual([
      [27, 'count', 'casualties'], [9, 'count', 'casualties'],
    ]);
  });

  it('but not a number before "of them" with no word of outcome, nor a participle that is no casualty', () => {
    expect(figures('Twelve teams were deployed, 4 of them in the north.')).toEqual([[12, 'count', 'teams']]);
    expect(figures('The 2018 report (4 pages, 10 annexes) was late.')).toEqual([[4, 'count', 'pages'], [10, 'count', 'annexes']]);
  });
});

describe('a person’s age in apposition', () => {
  it('is a figure in years: "Yim Sokha, 46, a mother of four"', () => {
    expect(figures('Yim Sokha, 46, a mother of four from the village, said her family farmed only two hectares.')).toEqual([
      [46, 'year', 'age of Yim Sokha'], [2, 'hectare', 'area farmed'],
    ]);
  });

  it('but not a number in a list after a name: "Articles Five, 7, and 9"', () => {
    expect(figures('The States Parties reported under Article Five, 7, and 9.').filter((f) => f[1] === 'year')).toEqual([]);
  });
});

describe('a count of none without a numeral', () => {
  it('"not a single accident occurred", "no single accident or any casualty" are 0', () => {
    expect(figures('During the two years not a single accident occurred.').filter((f) => f[0] === 0)).toEqual([[0, 'count', 'accident']]);
    expect(figures('There was no single accident or any casualty during the project.').map((f) => f.slice(0, 2))).toEqual([[0, 'count']]);
  });

  it('but "a single team" is no count', () => {
    expect(figures('A single team cleared the field.')).toEqual([]);
  });
});

describe('an age written as an adjective', () => {
  it('"a 46-year-old widow" is 46 years, the age of the person named before, else of the noun', () => {
    expect(figures('For Umm Hassan, a 46-year-old widow from the town, the fields were mined.')).toEqual([[46, 'year', 'age of Umm Hassan']]);
    expect(figures('A 10-year-old boy was injured.')).toEqual([[10, 'year', 'age of boy']]);
  });

  it('but not the age of a thing: "a 30-year-old conflict"', () => {
    expect(figures('The 30-year-old conflict left mines.')).toEqual([]);
  });
});

describe('ages in brackets and centuries', () => {
  it('"Tinashe Mupfumi (14) and his cousin Blessing Chirwa (11), both of …" are two ages', () => {
    expect(figures('Tinashe Mupfumi (14) and his cousin Blessing Chirwa (11), both of the village, were grazing cattle.')).toEqual([
      [14, 'year', 'age of Tinashe Mupfumi'], [11, 'year', 'age of Blessing Chirwa'],
    ]);
  });

  it('but a count in brackets after a place is no age: "Kandahar Province (14)"', () => {
    expect(figures('Teams worked in Kandahar Province (14) and Helmand Province (9).').filter((f) => f[1] === 'year')).toEqual([]);
  });

  it('"half a century", "a quarter of a century", "more than a century" are years', () => {
    expect(figures('The bombs have lain in the fields for half a century.')).toEqual([[50, 'year', 'period']]);
    expect(figures('After a quarter of a century of work, the land is free.')).toEqual([[25, 'year', 'period']]);
    expect(figures('The land was mined for more than a century.').map((f) => f.slice(0, 2))).toEqual([[100, 'year']]);
    expect(figures('In the 21st century, the century-old problem remains.')).toEqual([]);
  });
});
