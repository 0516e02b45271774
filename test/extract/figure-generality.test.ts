/** Round two of figure reading: values the document labels, and the dollar of who pays (issue 10, item 5). */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { analyseDocument } from '../../src/extract/analyse.js';

const figures = (text: string) =>
  analyseDocument({ id: 'doc', text, bodyOffset: 0 }).figures.map((f) => [f.value ?? [f.min, f.max], f.unit, f.measure]);

describe('values under a label', () => {
  it('reads a table cell by its row label', () => {
    expect(figures('Targets\n\n| Indicator | Target |\n| --- | --- |\n| Households visited | 2,400 |\n| Land handed over | 0.6 km² |\n')).toEqual([
      [2400, 'count', 'households visited'],
      [0.6, 'km2', 'land handed over'],
    ]);
  });

  it('reads "Label: value" lines of a project sheet, each by its own label', () => {
    expect(figures('Sponsor: Ministry of Health\nLength: 18 months\nDirect beneficiaries: 9,500\nCost: EUR 1,200,000\n')).toEqual([
      [18, 'month', 'length'],
      [9500, 'count', 'direct beneficiaries'],
      [1200000, 'EUR', 'cost'],
    ]);
  });

  it('leaves prose with a colon as it was', () => {
    expect(figures('The result: 300 mines were destroyed in the valley.')).toEqual([[300, 'count', 'mines']]);
  });
});

describe('the dollar of a bare "$"', () => {
  it('is the dollar of the country that pays, when that country has one', () => {
    expect(figures('Over four years, Canada will provide $12 million to clearance in Laos.').map((f) => f[1])).toEqual(['year', 'CAD']);
  });

  it('is the dollar all paying countries of the document agree on, also for amounts no country is named with', () => {
    expect(figures('New Zealand will give $3 million. The programme costs $9 million in all.').map((f) => f[1])).toEqual(['NZD', 'NZD']);
  });

  it('stays USD when the payer is the United States or a country without a dollar', () => {
    expect(figures('The United States gave $7 million. Norway gave $2 million.').map((f) => f[1])).toEqual(['USD', 'USD']);
  });
});

describe('numbers and sentences as documents write them', () => {
  it('reads thousands grouped by spaces', () => {
    expect(figures('Teams destroyed some 14 500 items and 1 250 000 rounds.')).toEqual([
      [14500, 'count', 'items'],
      [1250000, 'count', 'rounds'],
    ]);
  });

  it('keeps a list item apart from the paragraph after it, and a title line from the first paragraph', () => {
    const doc = analyseDocument({ id: 'doc', text: 'Results of the survey project\n\nIt found 40 minefields.\n\n- 120 hectares returned to farmers\n\nEach team clears 25 m2 a day.\n', bodyOffset: 0 });
    expect(doc.figures.map((f) => [f.value, f.quote])).toEqual([
      [40, 'It found 40 minefields.'],
      [120, '120 hectares returned to farmers'],
      [25, 'Each team clears 25 m2 a day.'],
    ]);
  });

  it('takes no measure that opens with a conjunction', () => {
    expect(figures('The charity has worked there for two decades and hopes to stay.')).toEqual([[20, 'year', 'duration']]);
  });
});

describe('measures', () => {
  it('ends a measure before "last" or "next" and a period', () => {
    expect(figures('Teams destroyed 900 items last year and plan 40 surveys next month.')).toEqual([
      [900, 'count', 'items'],
      [40, 'count', 'surveys'],
    ]);
  });
});

describe('what a figure counts, and whom it is about', () => {
  const read = (text: string) => analyseDocument({ id: 'doc', text, bodyOffset: 0 }).figures.map((f) => [f.value, f.unit, f.measure, f.aboutKey]);

  it('reads an acronym inside the counted phrase, and the name there says whom the figure is about', () => {
    expect(read('Ambassador Jane Doe said: "Ten years of committed U.S. support have made the fields safe."')).toEqual([[10, 'year', 'committed U.S. support', 'country:United States']]);
  });

  it('reads a demonym there too, before the speaker of the sentence', () => {
    expect(read('In the capital, Minister John Roe said that thirty years of Japanese funding had cleared the hills.')).toEqual([[30, 'year', 'Japanese funding', 'country:Japan']]);
  });

  it('keeps -ing nouns of the field ("funding", "demining", "training") in the phrase', () => {
    expect(read('The country has seen 20 years of demining.').map((f) => f[2])).toEqual(['demining']);
    expect(read('It cost USD 3 million for demining training.').map((f) => f[2])).toEqual(['funding for demining training']);
  });

  it('ends the counted phrase before "and" with a verb of the field, not before "and" with a noun', () => {
    expect(read('The projects will construct 16 storage facilities and train storekeepers.').map((f) => f[2])).toEqual(['storage facilities']);
    expect(read('The country has 12 clearance and survey teams.').map((f) => f[2])).toEqual(['clearance and survey teams']);
  });

  it('measures a duration from the point it runs since, and never by "ago"', () => {
    expect(read('The centre has worked for 10 years since the creation of the national authority.').map((f) => f[2])).toEqual(['since the creation of the national authority']);
    expect(read('For 12 years since 2010 the teams cleared land.').map((f) => f[2])).toEqual(['since 2010']);
    expect(read('The war ended 39 years ago.').map((f) => f[2])).toEqual(['duration']);
  });

  it('reads no figure from a count that an acronym follows at once (a name more often than a modifier)', () => {
    expect(read('300 UN staff were deployed.')).toEqual([]);
  });
});

describe('what an amount of money is, when no noun follows it', () => {
  const read = (text: string) => analyseDocument({ id: 'doc', text, bodyOffset: 0 }).figures.map((f) => [f.measure, f.aboutKey]);

  it('names the gift by its verb, with its purpose past a date', () => {
    expect(read('The United States has contributed US$13 million since 2012 to demining in the region.')).toEqual([['contribution to demining in the region', 'country:United States']]);
    expect(read('Japan pledged USD 2 million for clearance in the east.').map((f) => f[0])).toEqual(['pledge for clearance in the east']);
    expect(read('Norway allocated NOK 40 million.').map((f) => f[0])).toEqual(['allocation']);
  });

  it('is the noun of money after "in", with the purpose after that', () => {
    expect(read('The embassy gave USD 2.5 million in funding for weapons stockpile management programs.').map((f) => f[0])).toEqual(['funding for weapons stockpile management programs']);
    expect(read('Japan announced $5 million in new humanitarian assistance to Ukraine.').map((f) => f[0])).toEqual(['new humanitarian assistance to Ukraine']);
    expect(read('It gave EUR 1 million in Angola.').map((f) => f[0])).toEqual(['funding']);
  });

  it('is the value of the thing it is worth', () => {
    expect(read('The EU signed an agreement worth EUR 1.1 million with the charity.').map((f) => f[0])).toEqual(['value of the agreement']);
  });

  it('keeps the purpose before a verb that names no gift', () => {
    expect(read('The embassy is pleased to announce USD 4 million for new clearance projects.').map((f) => f[0])).toEqual(['funding for new clearance projects']);
  });

  it('is about the subject of the reported clause, not the speaker', () => {
    expect(read('Ambassador Thomas Roe said the United States has contributed US$13 million to demining.')).toEqual([['contribution to demining', 'country:United States']]);
  });
});

describe('a count whose noun is the subject of the verb before it', () => {
  const counts = (text: string) => figures(text).filter((f) => f[1] === 'count').map((f) => [f[0], f[2]]);

  it('reads totals and changes reported after their noun', () => {
    expect(counts('Recorded injuries rose to 4,210 in 2024.')).toEqual([[4210, 'recorded injuries']]);
    expect(counts('Injuries totalled 4,210 last year, the survey found.')).toEqual([[4210, 'injuries']]);
    expect(counts('The number of survivors has reached 1,350.')).toEqual([[1350, 'survivors']]);
  });

  it('takes a year before a value as no range: both ends of the change are counts', () => {
    expect(counts('Recorded injuries fell from 4,210 in 2023 to 3,980 in 2024.')).toEqual([[4210, 'recorded injuries'], [3980, 'recorded injuries']]);
  });

  it('reads no count after a verb without a counted subject', () => {
    expect(counts('The total reached 1,200 in May.')).toEqual([]);
    expect(counts('This rose to 1,200 in May.')).toEqual([]);
  });
});

describe('values under a table column or a name', () => {
  it('take the unit in the column header, and its words when the row label is a name', () => {
    expect(figures('| District | Land released (m²) |\n| --- | --- |\n| Northfield | 120,000 |\n| Eastwood | 80,500 |\n')).toEqual([
      [120000, 'm2', 'land released'],
      [80500, 'm2', 'land released'],
    ]);
  });

  it('keep the row label when it says what is counted, and the header unit still applies', () => {
    expect(figures('| Indicator | Result (USD) |\n| --- | --- |\n| Funding for risk education | 25,000 |\n| Funding for survey | 40,000 |\n')).toEqual([
      [25000, 'USD', 'funding for risk education'],
      [40000, 'USD', 'funding for survey'],
    ]);
  });

  it('take no country as a measure: "Japan: USD 4.5 million" is funding about Japan', () => {
    expect(figures('Funding by donor:\n\n- Japan: USD 4.5 million\n- Norway: USD 2 million\n')).toEqual([
      [4500000, 'USD', 'funding'],
      [2000000, 'USD', 'funding'],
    ]);
  });
});

describe('a period after "every"', () => {
  it('is an interval, not a duration', () => {
    expect(figures('The meetings are held every two years.')).toEqual([[2, 'year', 'interval']]);
    expect(figures('The project lasted two years.')).toEqual([[2, 'year', 'duration']]);
  });
});

describe('currencies beyond the dollar, the euro and the pound', () => {
  const amounts = (text: string) => figures(text).map(([value, unit]) => [value, unit]);

  it('reads "Rs" and "Rs." as the rupee of the country the document names', () => {
    expect(amounts('Japan gave Rs. 86 million to the district. Sri Lanka thanked Japan for the grant to Sri Lanka.')).toEqual([[86000000, 'LKR']]);
    expect(amounts('The survey in Pakistan cost Rs 119,975,848.00 in all.')).toEqual([[119975848, 'PKR']]);
  });

  it('keeps an amount marked "₹" or called Indian as the Indian rupee', () => {
    expect(amounts('Sri Lanka received ₹ 5 million from its neighbour.')).toEqual([[5000000, 'INR']]);
  });

  it('reads a stop after the mark ("US$. 595,857"), "millions" and "yens"', () => {
    expect(amounts('The grant of US$. 595,857 went to Cambodia.')).toEqual([[595857, 'USD']]);
    expect(amounts('Japan gave USD 9 millions to Cambodia.')).toEqual([[9000000, 'USD']]);
    expect(amounts('Japan gave 1000 million yens to Cambodia.')).toEqual([[1000000000, 'JPY']]);
  });

  it('reads a currency sign after its amount ("9,1M €", "7,1 M€", "500.000 €"), not one opening the next amount', () => {
    expect(amounts('CROMAC signed grants with a total value of 9,1M €, where the EU portion is 7,1 M€.')).toEqual([[9100000, 'EUR'], [7100000, 'EUR']]);
    expect(amounts('The grant was 500.000 € in total.')).toEqual([[500000, 'EUR']]);
    expect(amounts('By 2021 €5 million was spent.')).toEqual([[5000000, 'EUR']]);
  });

  it('ends a sentence after a currency sign before a capital, not before the amount ("US$. 5")', () => {
    const out = extractDocument({ id: 'a', text: 'Title\n\nThe EU portion of the grant is 7,1 M€. By the end of June, Lakeland had cleared 12 km2.\n', bodyOffset: 0 });
    expect(out.figure.map((f) => f.sources[0]!.quote).sort()).toEqual(['By the end of June, Lakeland had cleared 12 km2.', 'The EU portion of the grant is 7,1 M€.']);
  });
});

describe('an amount written in two scales', () => {
  it('"USD 1 billion 70 million" is 1,070,000,000', () => {
    expect(figures('Partners pledged USD 1 billion 70 million for demining.').map(([value, unit]) => [value, unit])).toEqual([[1070000000, 'USD']]);
  });
});

describe('a currency code glued to its amount', () => {
  it('"CHF15 million", "CHF3.2 million" are Swiss francs', () => {
    expect(figures('Swiss support will amount to some CHF15 million this year, of which CHF3.2 million goes to survey.').map(([value, unit]) => [value, unit])).toEqual([[15000000, 'CHF'], [3200000, 'CHF']]);
  });
});
