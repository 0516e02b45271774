import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extract/analyse.js';
import { readSourceDocument } from '../../src/extract/index.js';

const figures = (text: string) =>
  analyseDocument({ id: 'doc', text, bodyOffset: 0 }).figures.map((f) => [f.value ?? [f.min, f.max], f.unit, f.measure]);

describe('figures the engine used to miss', () => {
  it('reads continental number writing: decimal commas and dots that group thousands', () => {
    expect(figures('Deminers cleared 2,35 square kilometres and found more than 4.200 explosive devices; we gave US$3,5 million.')).toEqual([
      [2.35, 'km2', 'area cleared'],
      [4200, 'count', 'explosive devices'],
      [3.5e6, 'USD', 'funding'],
    ]);
  });

  it('reads a dot before three digits as grouping thousands in square metres and hectares, and before "000"', () => {
    expect(figures('Teams cleared app 240.000 m2 of farmland and 2.500 hectares of forest.')).toEqual([
      [240000, 'm2', 'area cleared of farmland'],
      [2500, 'hectare', 'forest'],
    ]);
    // square kilometres may be written to three decimals
    expect(figures('Teams cleared 1.250 km2.')).toEqual([[1.25, 'km2', 'area cleared']]);
  });

  it('reads a part of a counted whole ("10 out of 272 markers") as two counts of one thing, and a bare ratio as none', () => {
    expect(figures('The team prioritized 10 out of 272 markers.')).toEqual([[10, 'count', 'markers'], [272, 'count', 'markers']]);
    expect(figures('The survey was completed in 90 out of the 400 districts.').sort()).toEqual([[400, 'count', 'districts'], [90, 'count', 'districts']]);
    expect(figures('Two out of three are children.')).toEqual([]);
    expect(figures('Two out of three casualties are men.')).toEqual([[66.7, 'percent', 'share of casualties']]);
  });

  it('reads a range written with a hyphen ("3-5 years"), not a date ("July 5-6")', () => {
    expect(figures('The teams plan to clear the settlements within 3-5 years.')).toEqual([[[3, 5], 'year', 'duration']]);
    expect(figures('It costs 3-5 million dollars.').map((f) => f.slice(0, 2))).toEqual([[[3000000, 5000000], 'USD']]);
    expect(figures('On July 5-6 the team met.')).toEqual([]);
    expect(figures('Land was cleared at two sites (UN Positions 1-32A and 6-50) in the south.').filter((f) => Array.isArray(f[0]))).toEqual([]);
    expect(figures('About 20-30 deminers work there.').map((f) => f.slice(0, 2))).toEqual([[[20, 30], 'count']]);
  });

  it('reads a share of what was named before ("nearly half are children", "half of whom"), not "the first half"', () => {
    expect(figures('Every hour someone is killed by a landmine, and almost half are children.')).toEqual([[50, 'percent', 'share']]);
    expect(figures('Many people were hurt, nearly half of whom are children.')).toEqual([[50, 'percent', 'share']]);
    expect(figures('The first half was dull.')).toEqual([]);
  });

  it('counts the people a casualty verb names by a bare number, and a whole after a possessive', () => {
    expect(figures('Since 1990, landmines have killed 2272 and injured 9233.').sort()).toEqual([[2272, 'count', 'people killed'], [9233, 'count', 'people injured']]);
    expect(figures("Although 10 out of Burma's 14 States are mine contaminated, the east is worst.")).toEqual([[10, 'count', 'States'], [14, 'count', 'States']]);
  });

  it('reads a hyphened number of decades as years ("the chronic 2-decade civil war")', () => {
    expect(figures('Lakeland ended the chronic 2-decade civil war.')).toEqual([[20, 'year', 'civil war']]);
  });

  it('counts the people a casualty participle after a bare number names ("another 60,000 injured", "300 were killed")', () => {
    expect(figures('About 40,000 people have been killed and another 60,000 injured by bombs.').sort()).toContainEqual([60000, 'count', 'people injured']);
    expect(figures('Some 300 were killed and 500 wounded.').sort()).toEqual([[300, 'count', 'people killed'], [500, 'count', 'people wounded']]);
  });

  it('counts after "the" and "these" ("the six remaining minefields", "these four provinces"), not after "every"', () => {
    expect(figures('Teams will now clear the six remaining minefields in the district.')).toEqual([[6, 'count', 'remaining minefields']]);
    expect(figures('Operations continue in these four southern provinces.')).toEqual([[4, 'count', 'southern provinces']]);
    expect(figures('One medic serves every two teams.')).toEqual([]);
  });

  it('reads a number of hundreds or more opening a sentence as a count, whatever the case after it', () => {
    expect(figures('1,357 Landmine survivors have received medical assistance.')).toEqual([[1357, 'count', 'Landmine survivors']]);
    expect(figures('3 Clearance teams')).toEqual([]);
  });

  it('reads acres, hours and minutes: "174,000 acres", "every 90 minutes", "a two-hour meeting"', () => {
    expect(figures('The area of 70,437.9 hectares (174,000 acres) was cleared.')).toEqual([[70437.9, 'hectare', 'area'], [174000, 'acre', 'area']]);
    expect(figures('Someone is injured every 90 minutes.')).toEqual([[90, 'minute', 'interval']]);
    expect(figures('The two-hour meeting ended.')).toEqual([[2, 'hour', 'meeting duration']]);
  });

  it('ignores a footnote number glued to a magnitude', () => {
    expect(figures('The centre received US$12 million7 in funding.')).toEqual([[12e6, 'USD', 'funding received']]);
  });

  it('reads "2 years and 3 months" as one duration', () => {
    expect(figures('After 2 years and 3 months, the work was done.')).toEqual([[27, 'month', 'duration']]);
  });

  it('reads currencies named in words, weights written into an adjective, and counts before a quoted word', () => {
    expect(figures('The budget is 12 million Kuna. Teams use eight-ton machines to clear four \u201cpriority\u201d minefields.')).toEqual([
      [12e6, 'HRK', 'funding'],
      [8, 'tonne', 'machines weight'],
      [4, 'count', 'priority minefields'],
    ]);
  });
});

describe('the currency of a bare "$"', () => {
  const text = 'Canada funds mine action. Canada gave $4 million to clearance. Canada will continue. Canadian teams work with Colombia.';

  it('is the dollar of a country the document names far more than any other', () => {
    expect(figures(text)).toEqual([[4e6, 'CAD', 'funding to clearance']]);
  });

  it('is USD when no country dominates, and whatever the text writes when it writes a code', () => {
    expect(figures('Canada and the United States gave $4 million and CAD 2 million.').map((f) => f[1])).toEqual(['USD', 'CAD']);
  });

  it('follows the publisher or url of the front matter', () => {
    const doc = readSourceDocument('d', '---\ntitle: Grants\nurl: https://www.example.gov.au/news/grants\n---\nThe programme gave $2 million to surveys.\n');
    expect(analyseDocument(doc).figures.map((f) => f.unit)).toEqual(['AUD']);
    const byPublisher = readSourceDocument('d', '---\npublisher: New Zealand Ministry of Foreign Affairs\n---\nIt gave $2 million.\n');
    expect(analyseDocument(byPublisher).figures.map((f) => f.unit)).toEqual(['NZD']);
  });

  it('follows a publisher line near the top of the page ("From: …"), and reads "$8.3 million" as exactly 8,300,000', () => {
    const doc = readSourceDocument('d', 'Support for mine action\n\nFrom: Global Affairs Canada\n\nBackgrounder\n\nThe funding announced today totals $8.3 million and will support mine action.\n');
    expect(analyseDocument(doc).figures.map((f) => [f.value, f.unit])).toEqual([[8300000, 'CAD']]);
    const dated = readSourceDocument('d', 'Support for mine action\n\nFrom 2010 to 2020 the fund gave $8.3 million to clearance.\n');
    expect(analyseDocument(dated).figures.map((f) => f.unit)).toEqual(['USD']);
  });
});

describe('shares and rates', () => {
  it('reads fractions as shares of what follows, and not periods or large numbers', () => {
    expect(figures('A third of the land is mined. Half of the minefields and two-thirds of the roads were cleared in the first half of the year, helping a quarter of a million people.').filter((f) => f[1] === 'percent')).toEqual([
      [33.3, 'percent', 'share of land'],
      [50, 'percent', 'share of minefields'],
      [66.7, 'percent', 'share of roads'],
    ]);
  });

  it('names the rate of a figure in its measure', () => {
    expect(figures('Each team clears 400 square metres per day and finds 12 mines a day.')).toEqual([
      [400, 'm2', 'area per day'],
      [12, 'count', 'mines per day'],
    ]);
  });
});

describe('amounts and changes written in other ways', () => {
  it('reads a scale joined to its number by a hyphen, and a dot grouping the thousands of an amount', () => {
    expect(figures('The 40-million dollar one-year project will be implemented over five phases.').filter((f) => f[1] === 'USD')).toEqual([
      [40e6, 'USD', 'one-year project'],
    ]);
    expect(figures('The grant of USD 175.903 will fund risk education.').map((f) => [f[0], f[1]])).toEqual([[175903, 'USD']]);
    expect(figures('The fee of JOD 1.250 was paid.').map((f) => [f[0], f[1]])).toEqual([[1.25, 'JOD']]);
  });

  it('reads "one in three casualties" as a share, not a count of three', () => {
    expect(figures('About one in three casualties is a child.')).toEqual([[33.3, 'percent', 'share of casualties']]);
  });

  it('reads both ends of a change "from X in 1993 to Y in 2023" as counts of the subject', () => {
    expect(figures('Annual casualties have decreased considerably, from 2,069 in 1993 to fewer than 30 in 2023.')).toEqual([
      [2069, 'count', 'annual casualties'],
      [30, 'count', 'annual casualties'],
    ]);
  });

  it('reads a count compared with an earlier one ("down from 310") as a count of the same noun', () => {
    expect(figures('The authority reported 26 casualties in 2022, down from 310 in 2008.')).toEqual([
      [26, 'count', 'casualties'],
      [310, 'count', 'casualties'],
    ]);
    expect(figures('Teams found 40 mines this year compared with 95 last year.')).toEqual([
      [40, 'count', 'mines'],
      [95, 'count', 'mines'],
    ]);
  });

  it('reads "handed over 45 hectares" as exactly 45, the "over" a particle of the verb', () => {
    const qualifiers = (text: string) => analyseDocument({ id: 'doc', text, bodyOffset: 0 }).figures.map((f) => [f.value, f.qualifier ?? 'exact']);
    expect(qualifiers('The army handed over 45 hectares of land to the village.')).toEqual([[45, 'exact']]);
    expect(qualifiers('Teams have cleared over 45 hectares of land.')).toEqual([[45, 'over']]);
  });
});

