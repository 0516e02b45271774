import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const extract = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 });
const rows = (text: string) => extract(text).pillar.map((p) => [p.initiative, p.order, p.term, p.title]);
const titles = (text: string) => extract(text).pillar.map((p) => p.title);

describe('pillar sets by the structure of the text', () => {
  it('hangs a set on the title line when the document names no initiative', () => {
    const doc = extract([
      'New support for mine action in Norland',
      '',
      'The embassy announced new funding today. The funding will support the following activities:',
      '- Non-technical survey of suspected areas',
      '- Clearance of confirmed minefields',
    ].join('\n'));
    expect(doc.initiative.map((i) => i.name)).toEqual(['New support for mine action in Norland']);
    expect(doc.pillar.map((p) => [p.initiative, p.order, p.title])).toEqual([
      ['initiative:new-support-for-mine-action-in-norland', 1, 'Non-technical survey of suspected areas'],
      ['initiative:new-support-for-mine-action-in-norland', 2, 'Clearance of confirmed minefields'],
    ]);
  });

  it('reads "(a) … (b) … and (c) …" opened right after a verb', () => {
    expect(titles('The Safe Fields Project will (a) train forty local deminers, (b) clear farmland, and (c) hand the land back to families.'))
      .toEqual(['Train forty local deminers', 'Clear farmland', 'Hand the land back to families']);
  });

  it('reads "The first strand supports … The second strand funds …" and "The second is to …"', () => {
    expect(rows('The Border Partnership has two strands. The first strand supports clearance in the border regions. The second strand funds rehabilitation centres.'))
      .toEqual([
        ['initiative:border-partnership', 1, 'component', 'Supports clearance in the border regions'],
        ['initiative:border-partnership', 2, 'component', 'Funds rehabilitation centres'],
      ]);
    expect(titles('The Hill Project has two aims. The first is to clear the hills. The second is to train the villagers.'))
      .toEqual(['Clear the hills', 'Train the villagers']);
  });

  it('reads labels that are the subject of their sentence: "Phase 1 will …"', () => {
    expect(rows([
      'The Harbour Clearance Project will run in two phases.',
      '',
      'Phase 1 will survey the harbour bed and mark hazardous areas.',
      '',
      'Phase 2 will remove the ordnance found.',
    ].join('\n'))).toEqual([
      ['initiative:harbour-clearance-project', 1, 'phase', 'Survey the harbour bed and mark hazardous areas'],
      ['initiative:harbour-clearance-project', 2, 'phase', 'Remove the ordnance found'],
    ]);
    expect(rows('The Harbour Clearance Project began in May. Phase 1 of the survey ended in June. Phase 2 of the survey starts soon.')).toEqual([]);
  });

  it('reads numbered items each followed by a paragraph, with no lead-in', () => {
    const doc = extract([
      'Northland Mine Action Programme',
      '',
      '1. Survey',
      '',
      'Teams visit villages to locate hazardous areas.',
      '',
      '2. Clearance',
      '',
      'Manual teams clear the confirmed areas.',
    ].join('\n'));
    expect(doc.pillar.map((p) => [p.order, p.title, p.text])).toEqual([
      [1, 'Survey', 'Survey Teams visit villages to locate hazardous areas'],
      [2, 'Clearance', 'Clearance Manual teams clear the confirmed areas'],
    ]);
  });

  it('does not read a numbered list of places or dates as a set', () => {
    expect(rows([
      'The Northland Mine Action Programme worked in these places:',
      '',
      '1. In Eastport, clearance ended in May.',
      '2. In Westvale, the army took over.',
    ].join('\n'))).toEqual([]);
  });

  it('opens a verb\'s list at a colon after a count: "focuses on three things: A, B and C"', () => {
    expect(titles('The Lake Project focuses on three things: clearing the shore, training survey teams and supporting victims.'))
      .toEqual(['Clearing the shore', 'Training survey teams', 'Supporting victims']);
  });

  it('reads "involves A, B and C"', () => {
    expect(titles('The Lake Project involves survey, clearance and explosive ordnance risk education.'))
      .toEqual(['Survey', 'Clearance', 'Explosive ordnance risk education']);
  });

  it('reads a set noun as the subject: "The aims of the X are to A, to B and to C"', () => {
    expect(rows('The aims of the Greenfield Project are to reduce casualties, to return land to farmers and to build national capacity.'))
      .toEqual([
        ['initiative:greenfield-project', 1, 'objective', 'Reduce casualties'],
        ['initiative:greenfield-project', 2, 'objective', 'Return land to farmers'],
        ['initiative:greenfield-project', 3, 'objective', 'Build national capacity'],
      ]);
    expect(rows('The activities of the Greenfield Project are planned to be performed soon, including a survey.')).toEqual([]);
  });

  it('reads the list written before its set noun: "A, B and C are the three pillars of X"', () => {
    expect(rows('Clearance, risk education and victim assistance are the three pillars of the Greenfield Project.'))
      .toEqual([
        ['initiative:greenfield-project', 1, 'pillar', 'Clearance'],
        ['initiative:greenfield-project', 2, 'pillar', 'Risk education'],
        ['initiative:greenfield-project', 3, 'pillar', 'Victim assistance'],
      ]);
  });

  it('reads paragraphs that each open with a short title and a colon or dash', () => {
    expect(rows([
      'The Greenfield Project works in three ways.',
      '',
      'Survey and clearance: teams find and remove mines from farmland.',
      '',
      'Risk education \u2013 volunteers visit schools and markets.',
      '',
      'Victim assistance: survivors receive medical care.',
    ].join('\n'))).toEqual([
      ['initiative:greenfield-project', 1, 'approach', 'Survey and clearance'],
      ['initiative:greenfield-project', 2, 'approach', 'Risk education'],
      ['initiative:greenfield-project', 3, 'approach', 'Victim assistance'],
    ]);
    expect(rows('The Greenfield Project began.\n\nContact: Jane Doe, press officer.\n\nPhoto: a deminer at work.\n\nDate: 12 May.')).toEqual([]);
  });

  it('reads sub-headings after a lead-in naming a set, and not an article\'s sections', () => {
    expect(extract([
      'The Greenfield Project has two components.',
      '',
      'Survey and clearance',
      '',
      'Teams find and remove mines from farmland.',
      '',
      'Risk education',
      '',
      'Volunteers visit schools and markets.',
    ].join('\n')).pillar.map((p) => [p.order, p.title, p.text])).toEqual([
      [1, 'Survey and clearance', 'Survey and clearance Teams find and remove mines from farmland'],
      [2, 'Risk education', 'Risk education Volunteers visit schools and markets'],
    ]);
    expect(rows('The Greenfield Project began in May.\n\nBackground\n\nThe war left many mines.\n\nNext steps\n\nThe teams will move north.')).toEqual([]);
  });

  it('reads "Under the first pillar, …", "The first of these is to …" and "Firstly the …"', () => {
    expect(titles('The Greenfield Project has two pillars. Under the first pillar, teams will clear farmland. Under the second pillar, educators will visit schools.'))
      .toEqual(['Teams will clear farmland', 'Educators will visit schools']);
    expect(titles('The Greenfield Project has two goals. The first of these is to clear the roads. The second of these is to teach the children.'))
      .toEqual(['Clear the roads', 'Teach the children']);
    expect(titles('The Greenfield Project started. Firstly the teams will survey the passes. Secondly the teams will clear the tracks.'))
      .toEqual(['Teams will survey the passes', 'Teams will clear the tracks']);
  });

  it('reads bullets written "o " by a converted document', () => {
    expect(titles('The Greenfield Project covers:\n\no Survey of the passes\no Clearance of the tracks'))
      .toEqual(['Survey of the passes', 'Clearance of the tracks']);
  });

  it('reads short paragraphs under a title line naming the set', () => {
    expect(rows([
      'The Greenfield Project started in May.',
      '',
      'Project objectives',
      '',
      'Clear all known minefields in the district.',
      '',
      'Provide risk education to every school.',
    ].join('\n'))).toEqual([
      ['initiative:greenfield-project', 1, 'objective', 'Clear all known minefields in the district'],
      ['initiative:greenfield-project', 2, 'objective', 'Provide risk education to every school'],
    ]);
  });

  it('reads what the initiative will do as a list of verb phrases, only when it is the subject', () => {
    expect(rows('The Greenfield Project will strengthen the national authority, clear the main roads and teach villagers about mines.'))
      .toEqual([
        ['initiative:greenfield-project', 1, 'component', 'Strengthen the national authority'],
        ['initiative:greenfield-project', 2, 'component', 'Clear the main roads'],
        ['initiative:greenfield-project', 3, 'component', 'Teach villagers about mines'],
      ]);
    expect(rows('The Greenfield Project began. The minister will visit Eastport, open the school and meet the teams.')).toEqual([]);
  });

  it('reads parallel parts after a colon inside a sentence, and not a quotation', () => {
    expect(titles('The Greenfield Project started. Work under the grant: survey, clearance and handover of land.'))
      .toEqual(['Survey', 'Clearance', 'Handover of land']);
    expect(titles('The Greenfield Project started. The minister said: clearance, education, and patience.')).toEqual([]);
  });

  it('keeps amounts given with their purpose as parts of a funding package', () => {
    expect(titles([
      'The Greenfield Package was announced today. It includes:',
      '',
      '- USD 2.5 million for clearance in the north;',
      '- USD 1 million for risk education.',
    ].join('\n'))).toEqual(['USD 2.5 million for clearance in the north', 'USD 1 million for risk education']);
  });

  it('reads "will support A, B and C", "through A, B and C" and "works on A, B and C", not "the support of A, B and C"', () => {
    expect(titles('The Greenfield Project will support survey, clearance and risk education in the north.'))
      .toEqual(['Survey', 'Clearance', 'Risk education']);
    expect(titles('The Greenfield Project helps communities through survey, clearance and risk education.'))
      .toEqual(['Survey', 'Clearance', 'Risk education']);
    expect(titles('The Greenfield Project works on survey, clearance and victim assistance.'))
      .toEqual(['Survey', 'Clearance', 'Victim assistance']);
    expect(titles('The Greenfield Project goes on with the support of donors, partners and friends.')).toEqual([]);
  });

  it('ends an inline list where its quotation ends, and opens one at ", which are"', () => {
    expect(titles('\u201CThe Greenfield Project has three priorities: clearing farmland, teaching children and helping survivors,\u201D she said.'))
      .toEqual(['Clearing farmland', 'Teaching children', 'Helping survivors']);
    expect(titles('The Greenfield Project pursues three objectives, which are reducing casualties, releasing land and building capacity.'))
      .toEqual(['Reducing casualties', 'Releasing land', 'Building capacity']);
  });

  it('takes longer paragraphs as items when the lead-in names its set', () => {
    const long = 'Teams survey every village in the district and mark the areas they suspect. They talk to farmers, teachers and elders. They write down what they hear. Then they plan the clearance.';
    expect(titles(['The Greenfield Project has two components:', '', long, '', long.replace('Teams survey', 'Deminers clear')].join('\n')))
      .toEqual(['Teams survey every village in the district', 'Deminers clear every village in the district']);
  });

  it('reads "During Phase 1, …", "Phase 1 (2019\u20132021): …" and "The first phase of the project focused on …"', () => {
    expect(extract('The Greenfield Project runs in two phases. During Phase 1, teams will survey the district. During Phase 2, they will clear the confirmed areas.')
      .pillar.map((p) => [p.order, p.term, p.text])).toEqual([
      [1, 'phase', 'teams will survey the district'],
      [2, 'phase', 'they will clear the confirmed areas'],
    ]);
    expect(titles('The Greenfield Project began.\n\nPhase 1 (2019\u20132021): survey of the district.\n\nPhase 2 (2022\u20132024): clearance of the confirmed areas.'))
      .toEqual(['Survey of the district', 'Clearance of the confirmed areas']);
    expect(titles('The Greenfield Project began. The first phase of the project focused on survey. The second phase of the project will focus on clearance.'))
      .toEqual(['Focused on survey', 'Will focus on clearance']);
  });

  it('reads bullets that complete an open lead-in ("… has focused on")', () => {
    expect(titles('The Greenfield Project started in 2015.\n\nSince then its support has focused on\n\n- survey of the district;\n- clearance of farmland.'))
      .toEqual(['Survey of the district', 'Clearance of farmland']);
  });

  it('takes verb lists of longer phrases, with figures inside them, but not phrases opening with a preposition', () => {
    expect(titles('The Greenfield Project focuses on improving the living conditions of mine survivors, clearing 40 hectares of farmland near the school and training local teams.'))
      .toEqual(['Improving the living conditions of mine survivors', 'Clearing 40 hectares of farmland near the school', 'Training local teams']);
    expect(titles('Three areas were included in the Greenfield Project and a total of 8,000 men, women and children will benefit.')).toEqual([]);
  });

  it('does not take clauses, mixed phrases or a list of facts as a set, and keeps "increased awareness of …"', () => {
    expect(titles('The Greenfield Project began. In providing these services, it is also essential to involve a wide range of partners, making use of the skills of the private sector and the knowledge of academia.')).toEqual([]);
    expect(titles('The Greenfield Project began.\n\nKey facts:\n\n- Roughly 600 hectares were cleared in the north last year.\n- The national centre coordinates the work in every province.')).toEqual([]);
    expect(titles('The Greenfield Project has three pillars; increased awareness of the danger of mines; improved access to farmland; and expanded national capacity.'))
      .toEqual(['Increased awareness of the danger of mines', 'Improved access to farmland', 'Expanded national capacity']);
  });
});

describe('labelled lines under a lead-in of the same paragraph', () => {
  it('hang on the undertaking the lead-in refers to, not on one named before a heading above', async () => {
    const { extractDocument } = await import('../../src/extract/index.js');
    const text = 'The Westland Mine Action Strategy 2023–2028 sets out how Westland meets its obligations under the Anti-Personnel Mine Ban Convention.\n\nFive goals\n\nThe strategy is built around five strategic goals:\nGoal 1: Land release – survey and clear land.\nGoal 2: Risk education – reduce death and injury.\nGoal 3: Victim assistance – help survivors.\n';
    const p = extractDocument({ id: 'a', text, bodyOffset: 0 }).pillar;
    expect(p.map((x) => [x.initiative, x.title])).toEqual([
      ['initiative:westland-mine-action-strategy-2023-2028', 'Land release'], ['initiative:westland-mine-action-strategy-2023-2028', 'Risk education'], ['initiative:westland-mine-action-strategy-2023-2028', 'Victim assistance'],
    ]);
  });
});
