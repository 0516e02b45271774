import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const pillars = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 }).pillar;
const titles = (text: string) => pillars(text).map((p) => p.title);

/** Shapes met on real pages of publishers the engine was not tuned to, in sentences of our own. */
describe('a page saved from the web', () => {
  it('opens with its address: the title is the line after it', () => {
    const text = 'https://example.org/news/2024/river-valley\n\nRiver Valley Demining\n\nThe work has four parts:\n\n- Survey\n- Clearance\n- Risk education\n- Handover';
    const found = pillars(text);
    expect(found.map((p) => p.title)).toEqual(['Survey', 'Clearance', 'Risk education', 'Handover']);
    expect(new Set(found.map((p) => p.initiative))).toEqual(new Set(['initiative:river-valley-demining']));
  });

  it('opens with "Source:" and an address', () => {
    const text = 'Source: www.example.org/hill-roads\n\n# Hill Roads Clearance\n\nThe work has three parts:\n\n- Survey\n- Clearance\n- Handover';
    expect(new Set(pillars(text).map((p) => p.initiative))).toEqual(new Set(['initiative:hill-roads-clearance']));
  });
});

describe('numbered paragraphs of a press release', () => {
  const release = '# Experts sent to the Northern Clearance Programme\n\nMay 2024\n\n'
    + '1. In order to speed up the Northern Clearance Programme, the Government of Norland has decided to send two experts to work with the team which is now working there.\n'
    + '2. The two experts to be sent are Mr. Able and Mr. Baker of the Norland Mine Service. They will leave on 12 May and will be engaged in clearing work for about one month.\n'
    + '3. This is the first occasion for experts from Norland to be involved in such work, and Norland will make a visible contribution to it.';
  it('are not a pillar set', () => expect(titles(release)).toEqual([]));

  it('a numbered list of parts, or of planned work under a lead-in naming the set, still is', () => {
    expect(titles('# Northern Clearance Programme\n\n1. Survey of the border villages\n2. Clearance of farmland\n3. Risk education in schools'))
      .toEqual(['Survey of the border villages', 'Clearance of farmland', 'Risk education in schools']);
    expect(titles('The Northern Clearance Programme has three objectives:\n\n1. The teams will survey every village on the border with the help of local guides and officials.\n2. The teams will clear all farmland that the survey finds to be contaminated by mines.\n3. The teams will teach children in every school how to stay safe from mines and bombs.'))
      .toHaveLength(3);
  });
});

describe('items marked "1)."', () => {
  it('are numbered items like "1)" and "1."', () => {
    expect(titles('# Valley Roads Project\n\nThe project has three components:\n\n1). Survey of the valley roads\n2). Clearance of the road verges\n3). Handover of the roads to the district'))
      .toEqual(['Survey of the valley roads', 'Clearance of the road verges', 'Handover of the roads to the district']);
    expect(titles('# Valley Roads Project\n\nThe project has two components:\n\na). Survey of the valley roads\nb). Clearance of the road verges'))
      .toEqual(['Survey of the valley roads', 'Clearance of the road verges']);
  });

  it('each may carry its own bullets, written flush under it', () => {
    const text = '# Valley Roads Plan\n\nThe plan has two goals:\n\n1). Clear every road verge in the valley by 2030.\nActions.\n• Survey the verges\n• Train the village teams\n2). Teach every child in the valley to keep safe from mines.\nActions.\n• Visit the schools';
    const found = pillars(text).filter((p) => p.term === 'objective');
    expect(found.map((p) => p.order)).toEqual([1, 2]);
    expect(found[0]!.title).toMatch(/^Clear every road verge/);
  });

  it('also when the bullets are the letter "o" of a word processor\'s list', () => {
    const text = '# Valley Roads Plan\n\nThe plan has two goals:\n\n1). Clear every road verge in the valley by 2030.\no Survey the verges\no Train the village teams\n2). Teach every child in the valley to keep safe from mines.\no Visit the schools';
    expect(pillars(text).filter((p) => p.term === 'objective').map((p) => p.order)).toEqual([1, 2]);
  });
});

describe('lists of other things', () => {
  it("a document's contents are not its parts", () => {
    expect(titles('# Hill Roads Clearance Plan\n\nContents of the plan\n1. Introduction\n2. Vision\n3. Survey and clearance\n4. Annexes')).toEqual([]);
  });

  it('a table of contents with page numbers is not a set', () => {
    expect(titles('# Field Handbook\n\nTABLE OF CONTENTS\n\n1. FIELD WORK: HISTORY, MANDATE 4\n1.1. Early years 4\n\n2. LINES OF REPORTING 9\n2.1. Reports to the board 9')).toEqual([]);
    expect(titles('# Hill Roads Clearance Plan\n\nThe plan has two phases:\n\n1. Survey of the roads in Phase 1\n2. Clearance of the verges in Phase 2'))
      .toEqual(['Survey of the roads in Phase 1', 'Clearance of the verges in Phase 2']);
  });

  it('legal instruments are not parts, even with long names', () => {
    expect(titles('# Hill Roads Clearance Plan\n\nThe plan rests on these texts:\n\n- The Convention on the Rights of Persons with Disabilities\n- The Treaty of Hill Roads on the Protection of Farmers\n- The Regional Declaration on Safe Roads'))
      .toEqual([]);
  });

  it('regions listing their countries are not parts', () => {
    expect(titles('# Hill Roads Fund\n\nTo date, the projects of the fund have covered:\n\n- Southern Africa: Angola, Zimbabwe, Mozambique;\n- Central Asia: Tajikistan, Kyrgyzstan;\n- South Caucasus: Armenia, Azerbaijan, Georgia;\n- West Africa: Senegal, Mali and Niger.'))
      .toEqual([]);
  });

  it('bullets do not run on into a numbered heading and the list under it', () => {
    const text = '# Hill Roads Clearance Plan\n\nThe tasks of the plan:\n• Survey of the roads\n• Clearance of the verges\n• Handover to the villages\n3. Targets and actions.\n1) Reduce accidents on the roads to none by 2030.';
    expect(titles(text)).toEqual(['Survey of the roads', 'Clearance of the verges', 'Handover to the villages']);
  });
});

describe('inline sets bounded by the sentence around them', () => {
  it('a list set off by dashes ends at the closing dash', () => {
    expect(titles('# River Valley Demining\n\nThe support of the fund covers all key aspects – survey, clearance, risk education and victim assistance – and has reached many villages.'))
      .toEqual(['Survey', 'Clearance', 'Risk education', 'Victim assistance']);
    expect(titles('# River Valley Demining\n\nThe project has three pillars – survey, clearance and handover – which guide its teams.'))
      .toEqual(['Survey', 'Clearance', 'Handover']);
  });

  it('"namely" after a set noun opens the whole set, which ends before a clause ("…, in order to …")', () => {
    expect(titles('# River Valley Demining\n\nThe plan formalised the existing activities, namely Survey, Clearance and Risk Education, in order to make them more effective.'))
      .toEqual(['Survey', 'Clearance', 'Risk Education']);
  });
});

describe('lists after a verb', () => {
  it('"…, including A, B and C": the examples are the list, not the noun phrase before them', () => {
    expect(titles('# River Valley Demining\n\nThe work of the teams includes tasks that lead to the release of land, including survey, marking, clearance and handover of the fields.'))
      .toEqual(['Survey', 'Marking', 'Clearance', 'Handover of the fields']);
  });

  it('a clause with its own subject and verb is not an item', () => {
    expect(titles('# River Valley Demining\n\nThrough mine clearance, the aim is to restore the safety, prosperity and health of the valley by reducing the threat of mines.'))
      .toEqual([]);
  });

  it('a participle with its preposition after a noun phrase opens a clause, not an item', () => {
    expect(titles('# River Valley Demining\n\nThe centre provides advice to nine provinces, working on the training of local and national staff through short, practical courses.'))
      .toEqual([]);
  });
});

describe('a list set off by semicolons after a verb', () => {
  it('"which incorporates A; B; C; and D" with long items', () => {
    expect(titles('# River Valley Demining\n\nThe plan sets out a single response, which incorporates survey and marking of the fields; clearance of the farms, roads and schools; help for the survivors of accidents; and teaching children in every village how to keep away from mines and other explosive remnants.'))
      .toEqual(['Survey and marking of the fields', 'Clearance of the farms', 'Help for the survivors of accidents', 'Teaching children in every village how']);
  });
});

describe('a set in a document that names no initiative and has no title', () => {
  it("hangs on the lead-in's subject", () => {
    const found = pillars('Valley support covers four key areas – survey, clearance, risk education and victim assistance – across the region.\n\nMore work is planned for next year.');
    expect(found.map((p) => p.title)).toEqual(['Survey', 'Clearance', 'Risk education', 'Victim assistance']);
    expect(new Set(found.map((p) => p.initiative))).toEqual(new Set(['initiative:valley-support']));
  });

  it('not on a pronoun or the publisher', () => {
    expect(pillars('It covers four key areas – survey, clearance, risk education and victim assistance – across the region.')).toEqual([]);
  });
});

describe('the last item of an inline list', () => {
  it('ends at the list\'s "and", not at a later one in the rest of the sentence', () => {
    expect(titles('# River Valley Demining\n\nThe teams use a simple method that includes survey, marking, clearance and handover as part of their daily work to keep families safe in the valley and to return the fields to farmers and herders.'))
      .toEqual(['Survey', 'Marking', 'Clearance', 'Handover']);
  });

  it('an undertaking described by its approach is what the set hangs on when nothing else is named', () => {
    const found = pillars('When it works in the valley, the centre uses a community approach that includes liaison, survey, clearance and handover.');
    expect(new Set(found.map((p) => p.initiative))).toEqual(new Set(['initiative:community-approach']));
  });
});

describe('the initiative a set hangs on', () => {
  it('is not the last name of a list of conventions above it', () => {
    const text = '# Hill Roads Clearance Plan 2021 – 2030\n\nThe plan rests on:\n• The Convention on Cluster Munitions\n• The Regional Declaration on Safe Roads\n\nTargets.\n1. Clear every road verge in the hills by 2030.\n2. Teach every child in the hills to keep safe from mines.';
    const found = pillars(text);
    expect(found).toHaveLength(2);
    expect(new Set(found.map((p) => p.initiative))).toEqual(new Set(['initiative:hill-roads-clearance-plan-2021-2030']));
  });

  it('is still a project named in the prose just before', () => {
    const text = '# News\n\nThe River Valley Project began in May. It has two parts:\n\n1. Survey of the river banks\n2. Clearance of the fields';
    expect(new Set(pillars(text).map((p) => p.initiative))).toEqual(new Set(['initiative:river-valley-project']));
  });
});

describe('an item title that opens with a word and a comma', () => {
  it('keeps the coordinated words ("Planning, running and checking …"), yet ends at a clause', () => {
    const text = '# Hill Roads Clearance Plan\n\nThe plan has three components:\n\n- Planning, running and checking the road surveys\n- Clearance, which the village teams carry out\n- Handover of the roads to the district';
    expect(titles(text)).toEqual(['Planning, running and checking the road surveys', 'Clearance', 'Handover of the roads to the district']);
  });
});

describe('a long item title', () => {
  it('is not cut at an "and" between two words that qualify one noun', () => {
    const plan = '# Survivor Care Plan\n\nThe plan has three objectives:\n\n'
      + '1. Ensure that the medical and social care needs of every survivor are met in full.\n'
      + '2. Improve access to schooling and work for survivors and for their families.\n'
      + '3. Strengthen the collection and sharing of data on casualties in every district.';
    expect(titles(plan)[0]).toBe('Ensure that the medical and social care needs');
  });

  it('is still cut at an "and" after a noun', () => {
    const plan = '# Survivor Care Plan\n\nThe plan has two objectives:\n\n'
      + '1. Provide training for nurses and doctors of every district hospital in the country.\n'
      + '2. Provide wheelchairs for survivors and carers of every district in the country.';
    expect(titles(plan)).toEqual(['Provide training for nurses', 'Provide wheelchairs for survivors']);
  });
});

describe('an undertaking referred to with its years', () => {
  it('"the 2016-2020 project" stands for the project named before, and takes its verb-phrase parts', () => {
    const text = 'The Valley Roads Project began in 2016. The 2016-2020 project aims to survey the roads, clear the verges, teach the villages and help the survivors.';
    const found = pillars(text);
    expect(found.map((p) => p.title)).toEqual(['Survey the roads', 'Clear the verges', 'Teach the villages', 'Help the survivors']);
    expect(new Set(found.map((p) => p.initiative))).toEqual(new Set(['initiative:valley-roads-project']));
  });
});

describe('a set in brackets after its set noun', () => {
  it('"the Valley Programme manages all mine action activities (demining, risk education, victim assistance and advocacy)"', () => {
    const found = pillars('# Valley Mine Action Programme\n\nThe programme manages all mine action activities (demining, mine risk education (MRE), victim assistance and advocacy) in the valley.');
    expect(found.map((p) => p.title)).toEqual(['Demining', 'Mine risk education (MRE)', 'Victim assistance', 'Advocacy']);
    expect(found.map((p) => p.term)).toEqual(['component', 'component', 'component', 'component']);
  });

  it('"a comprehensive approach (A, B, C, and D)", with capitalised items that name mine-action work', () => {
    expect(titles('The Valley Roads Project takes a comprehensive approach (Mine Risk Education, Humanitarian Demining, Victim Assistance, and Advocacy) to the roads.'))
      .toEqual(['Mine Risk Education', 'Humanitarian Demining', 'Victim Assistance', 'Advocacy']);
  });

  it('but not a bracketed list of places or of people', () => {
    expect(titles('The Valley Roads Project works in three priority areas (Kabul, Herat and Kandahar).')).toEqual([]);
    expect(titles('The Valley Roads Project takes a differential approach (indigenous, peasant and afro-descendant) to the villages.')).toEqual([]);
  });
});

describe('titled parts numbered inside one paragraph', () => {
  it('reads "1)Title: text … 2)Title: text" as one set, in order, even with no space after the marker', () => {
    const text = 'Lakeland Demining Project\n\nThe project started in June. 1)Providing information on the presence of mines: The threat is not mapped. Teams survey the north. '
      + '2)Releasing deserted areas for return: A cease fire was reached. 3)Releasing land for development: Roads will be rebuilt.';
    expect(pillars(text).map((p) => [p.order, p.title])).toEqual([
      [1, 'Providing information on the presence of mines'],
      [2, 'Releasing deserted areas for return'],
      [3, 'Releasing land for development'],
    ]);
  });

  it('takes no set from numbered sentences without titles, or from a numbering that does not count up', () => {
    expect(titles('The project started in June. 1) Teams surveyed the north and found mines. 2) Teams cleared the fields near the road.')).toEqual([]);
    expect(titles('The project started in June. 1) Survey: teams surveyed the north. 3) Clearance: teams cleared the fields.')).toEqual([]);
  });
});

describe('what an undertaking aims to promote', () => {
  it('is its set of objectives when the sentence names the undertaking', () => {
    const text = 'The day marked the launch of the Lakeland National Mine Action Strategy for 2024-28, which aims to promote accountability, coherence, and a unified strategic direction among all parties.';
    expect(pillars(text).map((p) => [p.initiative, p.term, p.title])).toEqual([
      ['initiative:lakeland-national-mine-action-strategy-for-2024-28', 'objective', 'Accountability'],
      ['initiative:lakeland-national-mine-action-strategy-for-2024-28', 'objective', 'Coherence'],
      ['initiative:lakeland-national-mine-action-strategy-for-2024-28', 'objective', 'Unified strategic direction among all parties'],
    ]);
  });

  it('is no set in a speech that names no undertaking', () => {
    expect(titles('We came together today to promote peace, stability and development in the region.')).toEqual([]);
    expect(titles('Our country aims to promote peace, stability and development in the region.')).toEqual([]);
  });
});

describe('what an unnamed undertaking aims to do', () => {
  it('reads verb phrases whose words join nouns with "and", one of them long, under "the 2016-2020 project aims to"', () => {
    const text = 'The agency will offer aid to the centre.\n\nManaged by the ministry, the 2016-2020 project aims to improve the management capacity of the centre, '
      + 'clear bombs and mines on a site of 8,000ha in the central provinces of Lake North and Lake South, raise public awareness of bombs and mines and help victims re-integrate into the community.';
    expect(titles(text)).toEqual([
      'Improve the management capacity of the centre', 'Clear bombs and mines', 'Raise public awareness of bombs and mines', 'Help victims re-integrate into the community',
    ]);
  });

  it('still needs an undertaking as the subject', () => {
    expect(titles('The minister aims to improve the roads, clear bombs and mines near the schools, raise awareness and help victims.')).toEqual([]);
  });
});

describe('"focuses not only on A and B, but also on C"', () => {
  it('reads the parts before and after "but also" as one set', () => {
    expect(titles('The Westland Action Plan focuses not only on implementing the relevant conventions and support for the clearance of contaminated areas, but also on innovative approaches.')).toEqual([
      'Implementing the relevant conventions', 'Support for the clearance of contaminated areas', 'Innovative approaches',
    ]);
    expect(titles('The Westland Action Plan focuses not only on clearance.')).toEqual([]);
  });
});

describe('lists whose markers were lost but whose lines were kept', () => {
  it('reads short lines after a lead-in ending in ":", on the paragraph’s first line or before it', () => {
    expect(titles('Lakeland Clearance Project\n\nKey results:\nLand released to farmers\nDeminers trained\nChildren taught about mines')).toEqual([
      'Land released to farmers', 'Deminers trained', 'Children taught about mines',
    ]);
    expect(titles('Lakeland Clearance Project\n\nThe project focuses on the following areas:\n\nLand release\nRisk education\nVictim assistance')).toEqual([
      'Land release', 'Risk education', 'Victim assistance',
    ]);
  });

  it('reads no lines of prose wrapped across lines', () => {
    expect(titles('Lakeland Clearance Project\n\nIn May the minister said:\nTeams cleared land in the north of the district over the long rainy season this year\nSurvivors were helped by the staff of the provincial hospital in the capital city')).toEqual([]);
  });
});

describe('numbered report sections and inline numbered objectives', () => {
  it('takes "1. Introduction" / text / "2. Goals" / text for sections, not parts', () => {
    expect(titles('Lakeland Mine Action Strategy\n\n1. Introduction\n\nThe strategy was adopted in 2020.\n\n2. Goals\n\nThe teams work in the north.')).toEqual([]);
  });

  it('leaves the marker and the "to" out of an inline item’s title', () => {
    expect(titles('Lakeland Clearance Project\n\nThe project has three objectives: 1. to clear priority minefields, 2. to train national deminers, 3. to educate children about mines.')).toEqual([
      'Clear priority minefields', 'Train national deminers', 'Educate children about mines',
    ]);
  });
});

describe('outcomes that name what they change', () => {
  it('reads "safer communities, productive land and stronger national institutions" as outcomes', () => {
    expect(titles('Lakeland Programme\n\nThe expected outcomes are safer communities, productive land and stronger national institutions.')).toEqual([
      'Safer communities', 'Productive land', 'Stronger national institutions',
    ]);
    expect(titles('Lakeland Programme\n\nThe programme will support deminers, medics and drivers.')).toEqual([]);
  });
});

describe('the owner of a set an unnamed plan or programme has', () => {
  const owners = (text: string) => {
    const out = extractDocument({ id: 'a', text, bodyOffset: 0 });
    return [...new Set(out.pillar.map((p) => out.initiative.find((i) => `initiative:${i.id}` === p.initiative)?.name))];
  };

  it('is "CMAC’s five-year plan", not the project named before it', () => {
    expect(owners('Japan funds CMAC\n\nJapan signed the Grant Aid for the Project for Mine Clearance in Cambodia. CMAC’s five-year plan focuses on survey, clearance and risk education.')).toEqual(['CMAC\'s five-year plan']);
  });

  it('is never a page title of news; the subject that has the parts is', () => {
    expect(owners('Demining news\n\nThe HALO Trust began work in Lakeland. HALO’s programme there has two components: survey and clearance.')).toEqual(['HALO\'s programme']);
  });
});

describe('parts numbered "1. … 2. …" inside a paragraph, taken for full stops', () => {
  it('reads the sentence after each number as a part, in order', () => {
    const text = 'Westland Mine Action Plan\n\nThe plan outlines three strategic objectives for the committee: 1. Clear all known mines from the north by May 2012 2. Remove all ERW from the farmland by December 2012 3. Deliver risk education to all communities living in danger. The director said the work continues.';
    expect(pillars(text).map((p) => [p.order, p.title])).toEqual([
      [1, 'Clear all known mines from the north by May 2012'],
      [2, 'Remove all ERW from the farmland by December 2012'],
      [3, 'Deliver risk education to all communities living in danger'],
    ]);
  });
});

describe('capitalised parts after "including", and gerund lists', () => {
  it('reads capitalised items when most name mine-action work, after a bracketed acronym', () => {
    expect(titles('Westland Mine Action Programme\n\nThe committee coordinates all programmes related to Explosive Remnants of War (ERW) including Mine Clearance, Risk Education, Victim Assistance and Resources Mobilization.')).toEqual([
      'Mine Clearance', 'Risk Education', 'Victim Assistance', 'Resources Mobilization',
    ]);
    expect(titles('Westland Mine Action Programme\n\nThe committee works with partners including Japan, Norway, Germany and Canada.')).toEqual([]);
  });

  it('reads "by diminishing social, economical and environmental impacts" as one phrase', () => {
    expect(titles('Westland Mine Action Programme\n\nThe programme enhances peace by diminishing social, economical and environmental impacts of landmines.')).toEqual([]);
    expect(titles('Westland Mine Action Programme\n\nThe programme works by clearing land, teaching children and training deminers.')).toEqual(['Clearing land', 'Teaching children', 'Training deminers']);
  });
});

describe('a set noun opening the sentence, with long gerund parts', () => {
  it('reads "Tasks include devising A, refining B, building C and developing D", split at the "and" a gerund follows', () => {
    expect(titles('Westland Plan\n\nTasks include devising legal documents on the management of activities to address bomb and mine consequences, refining relevant policies, building infrastructure for the national bomb and mine action centre and developing training areas for deminers.')).toEqual([
      'Devising legal documents on the management of activities', 'Refining relevant policies', 'Building infrastructure for the national bomb and mine action centre', 'Developing training areas for deminers',
    ]);
  });
});

describe('an acronym no one defined that spells an initiative named before', () => {
  it('names that initiative: the set its lead-in gives hangs on it', () => {
    const out = extractDocument({ id: 'a', text: 'Westland news\n\nThe committee launched its National Mine Action Plan in 2010. It also signed the Ottawa Convention. The NMAP 2010-2015 outlines three objectives: survey, clearance and risk education.', bodyOffset: 0 });
    expect([...new Set(out.pillar.map((p) => p.initiative))]).toEqual(['initiative:national-mine-action-plan']);
  });
});

describe('an inline enumeration that a hard line break opens', () => {
  it('reads "(i) A; (ii) B; and (iii)" starting a line as markers inside the sentence, not a list item', () => {
    const text = 'The work is part of the "Safe Fields" programme, which has three components:\n(i) survey of farmland; (ii) risk education for returnees; and (iii)\ncapacity building for the regional centres.';
    expect(titles(text)).toEqual(['Survey of farmland', 'Risk education for returnees', 'Capacity building for the regional centres']);
  });

  it('keeps a line that opens with a marker and holds no next one a list item', () => {
    const text = 'The programme has two components:\n\n(a) survey of farmland\n(b) risk education for returnees';
    expect(titles(text)).toEqual(['Survey of farmland', 'Risk education for returnees']);
  });
});

describe('a set noun qualified by a participle before its verb', () => {
  it('reads "The activities implemented by five organisations include A, B, and C"', () => {
    const text = 'Westland launched a new clearance programme. The activities implemented by five organisations include clearance operations of cluster munitions in the south and mine clearance in the centre and north, awareness campaigns on the dangers of mines, and support to victims.';
    expect(titles(text)).toEqual(['Clearance operations of cluster munitions', 'Awareness campaigns on the dangers of mines', 'Support to victims']);
  });
});

describe('what an undertaking does, in the present', () => {
  it('reads "It trains A, supplies B, and provides C" and "The project clears A, trains B and teaches C"', () => {
    expect(titles('Westland Clearance Project\n\nThe Westland Clearance Project has 32 teams. It trains local deminers, supplies them with modern equipment, and provides care for victims.')).toEqual([
      'Trains local deminers', 'Supplies them with modern equipment', 'Provides care for victims',
    ]);
    expect(titles('Westland Clearance Project\n\nThe project clears farmland, trains deminers and teaches villagers about mines.')).toEqual(['Clears farmland', 'Trains deminers', 'Teaches villagers about mines']);
  });

  it('reads no set from verbs in the present whose subject is not the undertaking', () => {
    expect(titles('Westland Clearance Project\n\nThe war leaves mines, kills farmers and destroys homes. Each team clears land, trains deminers and teaches villagers.')).toEqual([]);
  });
});

describe('one semicolon among the commas of a list', () => {
  it('separates items as the commas do', () => {
    expect(titles('The Study\n\nThe recommendations cover all stages of risk education including: casualty data collection; needs assessment, risk profiling, community liaison, monitoring and evaluation, and coordination arrangements.')).toEqual([
      'Casualty data collection', 'Needs assessment', 'Risk profiling', 'Community liaison', 'Monitoring and evaluation', 'Coordination arrangements',
    ]);
  });
});

describe('the pillars of mine action listed in a sentence of any shape', () => {
  it('reads them after the words that lead in to the first one', () => {
    expect(titles('The Ottawa Convention\n\nWe have made important headway in destroying stockpiled anti-personnel mines, clearing mined areas and providing victim assistance.')).toEqual([
      'Destroying stockpiled anti-personnel mines', 'Clearing mined areas', 'Providing victim assistance',
    ]);
    expect(titles('The Ottawa Convention\n\nWe must meet our obligations; to achieve the destruction of stockpiled mines, the clearance of mine-contaminated land, provide mine risk education and assistance to mine victims and strengthen national capacities.')).toEqual([
      'Destruction of stockpiled mines', 'Clearance of mine-contaminated land', 'Provide mine risk education', 'Assistance to mine victims', 'Strengthen national capacities',
    ]);
    expect(titles('The Dell Initiative\n\nThe initiative works in the field of demining, mine security awareness, as well as providing assistance to landmine victims, since 2003.')).toEqual([
      'Demining', 'Mine security awareness', 'Providing assistance to landmine victims',
    ]);
  });

  it('needs three different pillars among the pieces', () => {
    expect(titles('The Dell Initiative\n\nThe teams cleared roads, cleared fields and cleared schools.')).toEqual([]);
    expect(titles('The Dell Initiative\n\nThe teams cleared 20 fields, survivors received 30 grants, and 12 awareness sessions were held.')).toEqual([]);
  });
});

describe('examples after "among them"', () => {
  it('are the parts of the undertaking the set noun belongs to', () => {
    const text = 'Lakeland gets help\n\nLakeland will receive help to strengthen the landmine clearance programme. The Union will support Lakeland on a number of aspects among them resource mobilisation, equipment, technical support and advocacy.\n';
    expect(titles(text)).toEqual(['Resource mobilisation', 'Equipment', 'Technical support', 'Advocacy']);
  });

  it('not of things that have no parts', () => {
    expect(titles('Lakeland gets help\n\nMany countries attended, among them Norway, Japan and Canada.\n')).toEqual([]);
  });
});
