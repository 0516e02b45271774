import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const extract = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 });
const rows = (text: string) => extract(text).pillar.map((p) => [p.initiative, p.order, p.title]);

describe('what a plan will do, listed after "will:"', () => {
  it('reads verb phrases whose objects would otherwise look like places or things', () => {
    expect(rows(['Under the Westland Demining Initiative, the partners will:', '', 'a) survey the border districts;', 'b) clear the priority minefields;', 'c) train local deminers.'].join('\n'))).toEqual([
      ['initiative:westland-demining-initiative', 1, 'Survey the border districts'],
      ['initiative:westland-demining-initiative', 2, 'Clear the priority minefields'],
      ['initiative:westland-demining-initiative', 3, 'Train local deminers'],
    ]);
  });

  it('keeps the targets it counts, and a number with a comma whole in the title', () => {
    expect(rows(['The Lakeland Mine Action Programme will:', '', '- clear 500 hectares of farmland;', '- deliver risk education to 20,000 children;', '- support 300 survivors.'].join('\n'))).toEqual([
      ['initiative:lakeland-mine-action-programme', 1, 'Clear 500 hectares of farmland'],
      ['initiative:lakeland-mine-action-programme', 2, 'Deliver risk education to 20,000 children'],
      ['initiative:lakeland-mine-action-programme', 3, 'Support 300 survivors'],
    ]);
  });

  it('reads the counted targets of a set of objectives, not results reported in numbers', () => {
    expect(rows(['Objectives of the Eastland Safe Villages Project', '', '1. 40 villages declared free of mines', '2. 12,000 people reached with risk education', '3. 90 survivors given physical rehabilitation'].join('\n'))).toEqual([
      ['initiative:eastland-safe-villages-project', 1, '40 villages declared free of mines'],
      ['initiative:eastland-safe-villages-project', 2, '12,000 people reached with risk education'],
      ['initiative:eastland-safe-villages-project', 3, '90 survivors given physical rehabilitation'],
    ]);
    expect(rows(['Key results of the Eastland Safe Villages Project', '', '1. 40 villages declared free of mines', '2. 12,000 people reached with risk education'].join('\n'))).toEqual([]);
  });

  it('still reads no set from counted things or places after a lead-in that plans nothing', () => {
    expect(rows(['The Lakeland Mine Action Programme delivered:', '', '- 500 metal detectors;', '- 30 vehicles;', '- 12 ambulances.'].join('\n'))).toEqual([]);
    expect(rows(['The Lakeland Mine Action Programme works in:', '', '- the border districts;', '- the northern provinces;', '- the capital region.'].join('\n'))).toEqual([]);
  });
});

describe('a label on a line of its own', () => {
  it('takes the line as the title, not the paragraph under it', () => {
    expect(rows(['The Lakeland Mine Action Programme', '', 'The programme has two components.', '', 'Component 1: Survey and clearance', 'The teams survey and clear land.', '', 'Component 2: Risk education', 'The teams visit schools.'].join('\n'))).toEqual([
      ['initiative:lakeland-mine-action-programme', 1, 'Survey and clearance'],
      ['initiative:lakeland-mine-action-programme', 2, 'Risk education'],
    ]);
  });
});

describe('a list in a phrase fronted before the main clause', () => {
  it('ends at the comma after the item "and" opens', () => {
    expect(rows('With a focus on clearance, risk education and victim assistance, the Westland Mine Action Plan runs until 2026.')).toEqual([
      ['initiative:westland-mine-action-plan', 1, 'Clearance'],
      ['initiative:westland-mine-action-plan', 2, 'Risk education'],
      ['initiative:westland-mine-action-plan', 3, 'Victim assistance'],
    ]);
  });
});

describe('more verbs that enumerate an undertaking’s parts', () => {
  it('reads "prioritises" and "is built around"', () => {
    expect(rows('The Westland Mine Action Plan prioritises clearance, risk education and victim assistance.').map((r) => r[2])).toEqual(['Clearance', 'Risk education', 'Victim assistance']);
    expect(rows('The Westland Mine Action Plan is built around survey, clearance and handover of land.').map((r) => r[2])).toEqual(['Survey', 'Clearance', 'Handover of land']);
  });

  it('reads no set of places or countries', () => {
    expect(rows('The Westland Mine Action Plan prioritises Kandal, Takeo and Kampot.')).toEqual([]);
    expect(rows('The Westland Mine Action Plan prioritises Cambodia, Laos and Vietnam.')).toEqual([]);
  });
});

describe('a project page’s heading over what it does', () => {
  it('opens a set under "What we do", a heading or a line alone', () => {
    expect(rows(['The Northland Mine Action Programme', '', 'What we do', '', '- Survey and clearance', '- Risk education', '- Victim assistance'].join('\n')).map((r) => r[2])).toEqual(['Survey and clearance', 'Risk education', 'Victim assistance']);
    expect(rows(['The Northland Mine Action Programme', '', '## Our work', '', '- Survey and clearance', '- Risk education', '- Victim assistance'].join('\n')).map((r) => r[2])).toEqual(['Survey and clearance', 'Risk education', 'Victim assistance']);
  });

  it('takes no single names or people under it', () => {
    expect(rows(['The Northland Mine Action Programme', '', 'Our services', '', '- Kabul', '- Herat', '- Kandahar'].join('\n'))).toEqual([]);
    expect(rows(['The Northland Mine Action Programme', '', 'What we do', '', '- Mr. John Smith, Director', '- Ms. Ana Ruiz, Deputy'].join('\n'))).toEqual([]);
  });
});
