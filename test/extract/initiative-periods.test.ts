import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });
const names = (text: string) => extractDocument(doc('a', text)).initiative.map((i) => [i.name, i.kind]);

describe('the period a plan is for belongs to its name', () => {
  it('keeps a span of years written with a short second year', () => {
    expect(names('Lakeland’s Mine Action Strategy 2023–26 was adopted on Friday.')).toEqual([["Lakeland's Mine Action Strategy 2023–26", 'policy']]);
  });

  it('keeps years after a capitalised tail, after "for" and "to"', () => {
    expect(names('The council adopted the Clearance Strategy of the Northern Provinces 2024-2027.')).toEqual([['Clearance Strategy of the Northern Provinces 2024-2027', 'policy']]);
    expect(names('It follows the Action Plan on Mine Action for 2023 to 2026.')).toEqual([['Action Plan on Mine Action for 2023 to 2026', 'policy']]);
    expect(names('They wrote the Survey Plan for the period 2020-2022 in spring.')).toEqual([['Survey Plan for the period 2020-2022', 'policy']]);
  });

  it('keeps years after a plan described in lower case', () => {
    expect(names("The Lakeland Republic's mine action strategy 2023-2026 has four goals.")).toEqual([["Lakeland Republic's mine action strategy 2023-2026", 'policy']]);
    expect(names('Since May, the national mine action strategy 2021–2025 guides the work.')).toEqual([['national mine action strategy 2021–2025', 'policy']]);
  });

  it('leaves a year that dates an event out of a treaty or a day', () => {
    expect(names('Lakeland joined the Convention on Cluster Munitions 2010 list.')).toEqual([['Convention on Cluster Munitions', 'convention']]);
  });
});

describe('a plan described in lower case by its topic', () => {
  it('reads an action plan on mine action, with its period', () => {
    expect(names('The council adopted an action plan on mine action for 2023-2026.')).toEqual([['action plan on mine action for 2023-2026', 'policy']]);
  });

  it('does not take the words before a determiner into the description', () => {
    expect(names('The council adopted an action plan on demining.')).toEqual([['action plan on demining', 'policy']]);
  });

  it('takes no bare plan without a topic, a place or a period', () => {
    expect(names("The war forces the country's mine-action plan to change.")).toEqual([]);
  });
});

describe("a country's own undertaking described in lower case", () => {
  it('keeps the country in the name of a mine-action undertaking', () => {
    expect(names('Since 1993 the U.S. conventional weapons destruction program has grown.')).toEqual([['U.S. conventional weapons destruction program', 'programme']]);
  });

  it('takes no country before a head without a mine-action word', () => {
    expect(names('The U.S. school meals programme grew.')).toEqual([]);
  });
});
