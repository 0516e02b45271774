import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const titles = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 }).pillar.map((p) => p.title);

/** Lists that are not the parts of an undertaking, written the way the pillar shapes read their sets. */
describe('lists of donors, places, dates, ordnance and people are not pillar sets', () => {
  const notSets: [string, string][] = [
    ['donors after "funded by"', 'The Safe Land Project is funded by Japan, Norway, Germany and the United States.'],
    ['places after "works in"', 'The Safe Land Project works in Kandahar, Helmand, Herat and Kabul.'],
    ['provinces after "covers"', 'The Safe Land Project covers Battambang, Pailin and Banteay Meanchey provinces.'],
    ['people after "will support"', 'The Safe Land Project will support deminers, medics and drivers from the local villages.'],
    ['beneficiaries after "will help"', 'The Safe Land Project will help survivors, families and communities.'],
    ['ordnance after "found"', 'Teams of the Safe Land Project found anti-personnel mines, anti-tank mines, mortar rounds and cluster munitions.'],
    ['ordnance after "entails"', 'The Safe Land Project entails anti-tank mines, improvised explosive devices and unexploded bombs.'],
    ['organisations after "includes"', 'The Safe Land Project includes the United Nations Development Programme, the Halo Trust and Mines Advisory Group.'],
    ['ministries after "involves"', 'The Safe Land Project involves the Ministry of Defence, the Ministry of Health and the provincial government.'],
    ['bodies after "works with"', 'The Safe Land Project works with the police, the army and local councils.'],
    ['countries after "spans"', 'The Safe Land Project spans Laos, Cambodia and Vietnam.'],
    ['countries after "brings together"', 'The Safe Land Project brings together Japan, Norway and Germany.'],
    ['people after "brings together"', 'The Safe Land Project brings together deminers, medics and officials.'],
    ['years', 'The Safe Land Project will run in 2021, 2022 and 2023.'],
    ['dates', 'The Safe Land Project will hold meetings on 3 May, 5 June and 9 July.'],
    ['people with roles', 'The Safe Land Project was welcomed by Minister Ana Sousa, Ambassador John Reed and Governor Paul Mbeki.'],
    ['delivered equipment', 'The Safe Land Project will deliver 12 detectors, 4 vehicles and 30 protective suits.'],
    ['agencies after "will train staff from"', 'The Safe Land Project will train staff from UNDP, UNICEF and UNMAS.'],
    ['districts after a counted colon', 'The Safe Land Project includes three provinces: Kandahar, Helmand and Herat.'],
    ['donor bullets', 'Partners of the Safe Land Project:\n- Japan\n- Norway\n- Germany'],
    ['guests', 'The Safe Land Project was attended by:\n- Minister Ana Sousa\n- Ambassador John Reed\n- Governor Paul Mbeki'],
    ['results in numbers', 'The Safe Land Project in numbers:\n- 40 hectares cleared\n- 1,200 people reached\n- 12 villages'],
    ['supporting bodies', 'The Safe Land Project received support from:\n- the Ministry of Defence\n- the Ministry of Health\n- the provincial government'],
    ['ordnance bullets', 'The Safe Land Project found the following:\n- anti-tank mines\n- cluster munitions\n- unexploded ordnance'],
    ['numbered places', 'The Safe Land Project began in May.\n\n1. Kandahar province\n2. Helmand province\n3. Herat province'],
    ['numbered countries', 'The Safe Land Project began in May.\n\n1. Japan\n2. Norway\n3. Germany'],
    ['a timeline', 'The Safe Land Project\n\nJune 2021: teams arrived in the district.\n\nJuly 2021: clearance began.\n\nAugust 2021: the land was handed over.'],
    ['a set noun that is some of a kind', 'The Safe Land Project warned that more areas are likely to be added, especially roads, fields and schools.'],
    ['a set noun inside a phrase', 'The Safe Land Project will ensure that the planning and implementation of demining activities are efficient, effective and safe.'],
    ['population groups after a colon, inside a relative clause', 'The Safe Land Project fights a common foe: anti-personnel mines which kill and maim vulnerable girls, boys, women and men every day.'],
    ['people after "including"', 'In the Safe Land Project area civilians, including children, become victims and production is hampered.'],
    ['a set noun whose complement is a clause of its own', 'The Safe Land Project efforts are critical in ensuring the safety of the people, and they play a vital role in the region.'],
    ['what an amount is for', 'The Safe Land Project includes more than $3.8 million for education, training and clearance activities.'],
    ['speakers with roles', 'Speakers at the launch of the Safe Land Project:\n\nAna Sousa: Minister of Defence\n\nJohn Reed: Ambassador of Norway\n\nPaul Mbeki: Governor of the province'],
  ];
  for (const [what, text] of notSets) it(what, () => expect(titles(text)).toEqual([]));

  it('reads "brings together A, B, C and D", and "the three pillars of X are A, B and C" from after the verb', () => {
    expect(titles('The Safe Land Project brings together survey, clearance, risk education and victim assistance.'))
      .toEqual(['Survey', 'Clearance', 'Risk education', 'Victim assistance']);
    expect(titles('The three pillars of the Safe Land Project are survey, clearance and education.')).toEqual(['Survey', 'Clearance', 'Education']);
  });

  it('still reads activities on such things as parts', () => {
    expect(titles('The Safe Land Project focuses on destroying stockpiled mines, strengthening national institutions and supporting local communities.'))
      .toEqual(['Destroying stockpiled mines', 'Strengthening national institutions', 'Supporting local communities']);
    expect(titles('The Safe Land Project will clear farmland, train local deminers and teach villagers about mines.'))
      .toEqual(['Clear farmland', 'Train local deminers', 'Teach villagers about mines']);
  });
});

describe('a verb phrase that closes a relative clause', () => {
  it('"the document we are working on is important for A, B and C" is no list of what it works on', () => {
    const text = 'The Valley Mine Action Strategy is designed for ten years. The document we are currently working on is important primarily for the coordination of district offices, foreign partners, local councils, businesses and people themselves.';
    expect(titles(text)).toEqual([]);
  });
});

describe('a list of records of one kind', () => {
  it('repeats its labels ("Decree No: …" ×3), and is no set of parts', () => {
    const text = '# Valley Mine Action Plan\n\n1. References:\nThe concerned decrees:\n• Decree No: 406/PM, dated 8 November 2011\n• Decree No: 61/PM, dated 16 March 2009\n• Board Decree No: 1/VMA, dated 30 March\n• Board Decree No: 4/VMA, dated 8 January 2009';
    expect(titles(text)).toEqual([]);
  });
});
