import { describe, expect, it } from 'vitest';
import { extractCorpus, extractDocument } from '../../src/extract/index.js';

const extract = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 });
const rows = (text: string) => extract(text).pillar.map((p) => [p.initiative, p.order, p.term, p.title]);
const titles = (text: string) => extract(text).pillar.map((p) => p.title);

describe('pillar sets by their shape', () => {
  it('reads a bulleted list after a lead-in ending in ":" and takes the set noun from it', () => {
    expect(rows([
      'The Northern Clearance Programme began in March.',
      '',
      'The main goals within the programme:',
      '',
      '- Survey of every suspected hazardous area in the north;',
      '- Training of local deminers, including women;',
      '- Handing over released land to farming families.',
    ].join('\n'))).toEqual([
      ['initiative:northern-clearance-programme', 1, 'objective', 'Survey of every suspected hazardous area in the north'],
      ['initiative:northern-clearance-programme', 2, 'objective', 'Training of local deminers'],
      ['initiative:northern-clearance-programme', 3, 'objective', 'Handing over released land to farming families'],
    ]);
  });

  it('reads a numbered list whose lead-in stands before a heading', () => {
    expect(titles([
      'The Lakeside Mine Action Project works across four districts.',
      '',
      'It covers the following priority areas:',
      '',
      '## Priority areas',
      '',
      '1. Clear contaminated farmland near the lake.',
      '2. Teach children how to recognise explosive items.',
      '3. Help survivors find work.',
    ].join('\n'))).toEqual(['Clear contaminated farmland near the lake', 'Teach children how to recognise explosive items', 'Help survivors find work']);
  });

  it('reads a list after "will include:" as components', () => {
    expect(rows([
      'The Valley Demining Project is funded for two years and will include:',
      '',
      '- Clearance of minefields around the valley schools and clinics by two national teams.',
      '- Marking of the remaining hazardous areas and teaching villagers about the risk.',
    ].join('\n')).map((r) => [r[1], r[2]])).toEqual([[1, 'component'], [2, 'component']]);
  });

  it('does not take lists of places, people or figures as pillar sets', () => {
    const places = [
      'The Coastal Mine Action Programme reached several provinces. Notable activities in each province include:',
      '',
      '- In Norland, clearance finished in May after six months of work.',
      '- Operations in Southport were handed over to the national army.',
    ].join('\n');
    expect(rows(places)).toEqual([]);
    const people = [
      'The Highland Demining Project was launched today. The speakers were:',
      '',
      '- Mr. Tom Reed, Director of the Highland Mine Action Centre;',
      '- Ms. Ana Ruiz, Governor of the province.',
    ].join('\n');
    expect(rows(people)).toEqual([]);
    const figures = [
      'The Highland Demining Project reports its results:',
      '',
      '- 3,000 mines destroyed;',
      '- 45 hectares released;',
      '- 12 villages safe.',
    ].join('\n');
    expect(rows(figures)).toEqual([]);
  });

  it('reads lists whose bullets were lost: short paragraphs after a lead-in', () => {
    expect(titles([
      'The River Basin Initiative has three objectives:',
      '',
      'Reduce the number of mine casualties.',
      '',
      'Return cleared land to productive use.',
      '',
      'Build a national authority that can run the work alone.',
      '',
      'The initiative was welcomed by the provincial council, which has asked for more teams to be sent to the upper valleys before the rains.',
    ].join('\n'))).toEqual(['Reduce the number of mine casualties', 'Return cleared land to productive use', 'Build a national authority that can run the work alone']);
  });
});

describe('pillar sets inside a sentence', () => {
  it('reads lettered markers "a) … b) …; and, c) …" and takes the set noun before them', () => {
    expect(rows('The Hill Country Project started in 2020. Its activities help families by: a) clearing grazing land; b) training village volunteers; and, c) supporting survivors with small grants.')).toEqual([
      ['initiative:hill-country-project', 1, 'component', 'Clearing grazing land'],
      ['initiative:hill-country-project', 2, 'component', 'Training village volunteers'],
      ['initiative:hill-country-project', 3, 'component', 'Supporting survivors with small grants'],
    ]);
  });

  it('reads roman markers "(i) … (ii) …"', () => {
    expect(titles('The Delta Programme has two aims: (i) safe land for farming and (ii) a trained national workforce.')).toEqual(['Safe land for farming', 'Trained national workforce']);
  });

  it('reads a set noun with a count and an en dash, and keeps parenthesised commas inside an item', () => {
    expect(titles('The Border Demining Project consists of two complementary components – clearance and the inclusion of survivors in local work.')).toEqual(['Clearance', 'Inclusion of survivors in local work']);
    expect(titles('The Plateau Mine Action Programme covers all pillars,4 including clearance (survey, marking and removal), risk education, victim assistance and advocacy.')).toEqual(['Clearance (survey, marking and removal)', 'Risk education', 'Victim assistance', 'Advocacy']);
  });

  it('reads "three types of procedures: A, B, and C" with the count before "types of"', () => {
    expect(rows('The Joint Demining Programme uses three types of clearance methods: manual, mechanical, and animal detection.').map((r) => [r[1], r[2], r[3]])).toEqual([[1, 'approach', 'Manual'], [2, 'approach', 'Mechanical'], [3, 'approach', 'Animal detection']]);
  });

  it('reads what an undertaking integrates, and what it does "not only … but also"', () => {
    expect(titles('Project HOPE was set up in 2005. HOPE is a local group that integrates survey, risk education, and survivor support into one programme of work.')).toEqual(['Survey', 'Risk education', 'Survivor support']);
    expect(titles('The Eastern Mine Action Programme started in 2010. The programme not only clears minefields but also focuses on community liaison, risk education to make sure people know the danger.')).toEqual(['Clears minefields', 'Community liaison', 'Risk education']);
  });

  it('reads "primarily through A, B, C and D" but not a list of names', () => {
    expect(titles('The Southern Demining Programme was set up in 2001. The programme has helped primarily through technical advice, staff training, fund raising and purchase of equipment.')).toEqual(['Technical advice', 'Staff training', 'Fund raising', 'Purchase of equipment']);
    expect(titles('The Southern Demining Programme was set up in 2001. The programme includes Norway, Japan and Canada.')).toEqual([]);
  });
});

describe('what a pillar set hangs on', () => {
  it('falls back to the document\'s main initiative, named in its title', () => {
    expect(rows([
      'Western Province Clearance Programme',
      '',
      'Deminers returned to work this week. Their work has three parts: survey, clearance and handover.',
    ].join('\n')).map((r) => r[0])).toEqual(Array(3).fill('initiative:western-province-clearance-programme'));
  });

  it('proposes a draft initiative from the lead-in when the document names none', () => {
    const result = extract('Our help through the regional demining programme not only removes mines but also focuses on survivor care, risk education and land release.');
    expect(result.initiative.map((i) => i.name)).toEqual(['regional demining programme']);
    expect(result.pillar.map((p) => [p.initiative, p.order])).toEqual([1, 2, 3, 4].map((n) => ['initiative:regional-demining-programme', n]));
  });

  it('numbers a second set of the same document by its own word, from 1', () => {
    const got = rows('The Green Fields Project opened in May. The project has two pillars: clearance and education. Its activities include: a) surveying villages; b) marking fields; and c) training teachers.');
    // (in id order: the components' ids sort before the pillars')
    expect(got.map((r) => [r[1], r[2]])).toEqual([[1, 'component'], [2, 'component'], [3, 'component'], [1, 'pillar'], [2, 'pillar']]);
  });

  it('numbers a second list of the same word after the first', () => {
    const got = rows('The Green Fields Project opened in May. The project has two pillars: clearance and education.\n\nIt later added two more pillars: survey and handover.');
    expect(got.map((r) => [r[1], r[2]])).toEqual([[1, 'pillar'], [2, 'pillar'], [3, 'pillar'], [4, 'pillar']]);
  });
});

describe('ordinal sequences', () => {
  it('reads "First, … Second, … And third, …"', () => {
    expect(titles([
      'The Mountain Mine Action Strategy rests on three principles.',
      '',
      'First, land is released only to standard.',
      '',
      'Second, villages choose their priorities.',
      '',
      'And third, the state pays for the work.',
    ].join('\n'))).toEqual(['Land is released only to standard', 'Villages choose their priorities', 'State pays for the work']);
  });

  it('reads labels after a qualifier: "Strategic Goal 1:"', () => {
    expect(rows('The Capital Mine Action Plan sets goals.\n\nStrategic Goal 1: Casualties fall every year.\n\nStrategic Goal 2: Land is released faster.').map((r) => [r[1], r[2], r[3]])).toEqual([[1, 'objective', 'Casualties fall every year'], [2, 'objective', 'Land is released faster']]);
  });
});

describe('more shapes', () => {
  it('reads "The first objective is to …, The second objective is to …"', () => {
    expect(titles('The Lowland Mine Action Strategy was adopted in June. The first objective is to end new casualties. The second objective is to release all farmland. The third objective is to hand the work to the state.')).toEqual(['End new casualties', 'Release all farmland', 'Hand the work to the state']);
  });

  it('reads "in the areas of A, B and C" and gerunds after "by"', () => {
    expect(titles('The Island Mine Action Programme works in the areas of survey, clearance and risk education.')).toEqual(['Survey', 'Clearance', 'Risk education']);
    expect(titles('The Island Mine Action Programme helps villages by clearing fields, teaching children and supporting survivors.')).toEqual(['Clearing fields', 'Teaching children', 'Supporting survivors']);
  });

  it('reads a semicolon list after a colon with no set noun, but not a list of people', () => {
    expect(titles('The Forest Demining Project will: clear the old front line; mark every hazardous area; and train forest guards.')).toEqual(['Clear the old front line', 'Mark every hazardous area', 'Train forest guards']);
    expect(titles('The Forest Demining Project was opened. Guests from the partner organisations were: Mr. Ole Berg, Director; Ms. Ida Lund, Governor; and Dr. Per Holm.')).toEqual([]);
  });
});

describe('pillar sets across documents', () => {
  const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });
  const corpus = (...docs: ReturnType<typeof doc>[]) => extractCorpus(docs).pillar.map((p) => [p.order, p.title, p.sources.map((s) => s.source).join(',')]);

  it('keeps a different set of the same initiative from another document, numbered by its own word', () => {
    const a = doc('a', 'The Green Fields Project has two pillars: clearance and education.');
    const b = doc('b', 'The Green Fields Project focuses on surveying villages, marking fields and training teachers.');
    // (in id order: the areas' ids sort before the pillars')
    const expected = [[1, 'Surveying villages', 'b'], [2, 'Marking fields', 'b'], [3, 'Training teachers', 'b'], [1, 'Clearance', 'a'], [2, 'Education', 'a']];
    expect(corpus(a, b)).toEqual(expected);
    expect(corpus(b, a)).toEqual(expected);
  });

  it('adds the sources of a set another document repeats', () => {
    const a = doc('a', 'The Green Fields Project has two pillars: clearance and education.');
    const b = doc('b', 'Last year the Green Fields Project kept its two pillars: clearance and education.');
    expect(corpus(a, b)).toEqual([[1, 'Clearance', 'a,b'], [2, 'Education', 'a,b']]);
  });
});

describe('bullets run into one line', () => {
  it('reads "• A • B • C" after a lead-in', () => {
    expect(titles('The Upland Mine Action Programme has three components: • survey of the upland villages • clearance of the grazing land • care for survivors')).toEqual(['Survey of the upland villages', 'Clearance of the grazing land', 'Care for survivors']);
  });
});

describe('lists that are not pillar sets', () => {
  it('does not take counted deliveries, nor paragraphs up to the next lead-in, as a set', () => {
    expect(rows([
      'The Harbour Demining Project is run by the port authority.',
      '',
      'Background:',
      '',
      'As the port authority said, several projects paid for by donors are under way.',
      '',
      'Earlier this year the fire service received:',
      '',
      '- 14 armoured diggers, bought by a donor agency for the port,',
      '- Twenty vans (as part of the harbour project).',
    ].join('\n'))).toEqual([]);
  });
});

describe('a set named in one sentence and listed in the next', () => {
  it('reads "… has four pillars. These are A, B, C and D."', () => {
    expect(rows('The Prairie Mine Action Strategy has three pillars. These are clearance, education and survivor support.').map((r) => [r[1], r[2], r[3]])).toEqual([[1, 'pillar', 'Clearance'], [2, 'pillar', 'Education'], [3, 'pillar', 'Survivor support']]);
    expect(rows('The Prairie Mine Action Strategy has many donors. They are Norway, Japan and Canada.')).toEqual([]);
  });
});
