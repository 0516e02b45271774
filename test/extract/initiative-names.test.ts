import { describe, expect, it } from 'vitest';
import { extractCorpus, extractDocument } from '../../src/extract/index.js';
import { analyseDocument } from '../../src/extract/analyse.js';
import { mainInitiative } from '../../src/extract/initiatives/main-initiative.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });
const names = (text: string) => extractDocument(doc('a', text)).initiative.map((i) => [i.name, i.kind]);

describe('initiative names beyond capitalised head words', () => {
  it('takes a title line that names an undertaking, not a headline with a verb', () => {
    expect(names('Demining partnership with Norway for Sri Lanka\n\nThe teams cleared a field near the road.')).toEqual([
      ['Demining partnership with Norway for Sri Lanka', 'partnership'],
    ]);
    expect(names('Norway signs demining agreement with Sri Lanka\n\nThe teams cleared a field near the road.')).toEqual([]);
    expect(names('The teams cleared a field near the road.\n\nA new project for the north\n\nIt went well.')).toEqual([]);
  });

  it('takes no name from a title-case headline whose verb is capitalised', () => {
    const after = '\n\nThe teams cleared a field near the road.';
    expect(names(`Westland Launches Mine Action Strategy Amid Calls for Demining${after}`)).toEqual([]);
    expect(names(`Meeting of District Demining Coordinators Held in Lakeland${after}`)).toEqual([]);
    expect(names(`Authority Presented Plan for 2024${after}`)).toEqual([]);
    expect(names(`Westland Mine Action Strategy 2024–2028${after}`)).toEqual([['Westland Mine Action Strategy 2024–2028', 'policy']]);
  });

  it('names what follows a title-case headline\'s one verb when it is a name of its own', () => {
    const after = '\n\nThe teams cleared a field near the road.';
    expect(names(`Northland Funds New Landmine Clearance Programme in Westland${after}`)).toEqual([['New Landmine Clearance Programme', 'programme']]);
    expect(names(`Westland Launches National Mine Action Strategy${after}`)).toEqual([['National Mine Action Strategy', 'policy']]);
    // "EU Funds" ends a body's name in a sentence: the noun is read as a verb only in a headline's undertaking
    expect(extractDocument(doc('a', 'The Ministry of Regional Development and EU Funds opened the meeting.')).actor.map((a) => a.name)).toEqual(['Ministry of Regional Development and EU Funds']);
  });

  it('nor from such a line further down the page', () => {
    expect(names('Westland Mine Action Plan\n\nThe teams cleared a field near the road.\n\nAuthority Office Presented Plan\n\nIt was read out.')).toEqual([
      ['Westland Mine Action Plan', 'policy'],
    ]);
  });

  it('reads a title after "entitled" whatever its last word, even when the closing quote is missing', () => {
    expect(names('The two agencies signed a three-year project entitled "Safer Roads and Fields for the Northern Districts will help farmers.')).toEqual([
      ['Safer Roads and Fields for the Northern Districts', 'project'],
    ]);
    expect(names('They launched a programme called Clean Ground Together in the spring.')).toEqual([
      ['Clean Ground Together', 'programme'],
    ]);
  });

  it('reads funds and international days, not agencies named Fund or press conferences', () => {
    expect(names('The work is paid for by the Northern Lakes Trust Fund and the Mekong Clearance Fund (MCF).')).toEqual([
      ['Mekong Clearance Fund', 'fund'],
      ['Northern Lakes Trust Fund', 'fund'],
    ]);
    expect(names('On the International Day for Mine Awareness, the United Nations Population Fund spoke. A Press Conference followed.')).toEqual([
      ['International Day for Mine Awareness', 'day'],
    ]);
  });
});

describe('the main initiative of a document', () => {
  const mentions = (text: string) => analyseDocument({ id: 'a', text, bodyOffset: 0 }).initiatives;

  it('is the one the title names, else the one named most often', () => {
    expect(mainInitiative(mentions('Demining partnership with Norway for Sri Lanka\n\nThe Lakes Programme helped. The Lakes Programme ended.'))).toBe('init:demining partnership with norway sri lanka');
    expect(mainInitiative(mentions('The Roads Project began. The Lakes Programme helped. The Lakes Programme ended.'))).toBe('init:lakes program');
    expect(mainInitiative(mentions('The teams cleared a field.'))).toBeUndefined();
  });
});

describe('agreements, phases and meetings that must stay apart', () => {
  const corpus = (...texts: string[]) => extractCorpus(texts.map((text, i) => ({ id: `d${i}`, text, bodyOffset: 0 }))).initiative;

  it('keeps generic agreements of different documents and parties apart, with their parties', () => {
    const out = corpus(
      'Japan and Cambodia signed a Memorandum of Understanding between Japan and Cambodia on survey work.',
      'Angola signed a Memorandum of Understanding with Norway. The Grant Agreement helps.',
      'The Grant Agreement was signed by Norway.',
    );
    expect(out.map((i) => [i.name, i.participants ?? [], i.sources.map((s) => s.source)])).toEqual([
      ['Grant Agreement', [], ['d1']],
      ['Grant Agreement', ['actor:norway'], ['d2']],
      ['Memorandum of Understanding', ['actor:angola', 'actor:norway'], ['d1']],
      ['Memorandum of Understanding between Japan and Cambodia', ['actor:cambodia', 'actor:japan'], ['d0']],
    ]);
  });

  it('reads phases of a named initiative and tells numbered meetings apart', () => {
    expect(corpus('Phase II of the Northern Roads Project starts in May. The Lakes Initiative Phase 2 ended.').map((i) => i.name)).toEqual([
      'Lakes Initiative Phase 2', 'Northern Roads Project', 'Phase II of the Northern Roads Project',
    ]);
    expect(corpus('They met at the First Review Conference.', 'They met at the Second Review Conference.').map((i) => i.name)).toEqual([
      'First Review Conference', 'Second Review Conference',
    ]);
  });
});

describe('names inside names, proper names before a lower-case head, and owners of strategies', () => {
  const names = (text: string) => extractDocument(doc('a', text)).initiative.map((i) => [i.name, i.aliases ?? []]);

  it('reads the convention inside a protocol or conference name, with its acronym', () => {
    expect(names('Protocol IV on Blinding Lasers of the Convention on Certain Conventional Weapons (CCW) applies.')).toEqual([
      ['Convention on Certain Conventional Weapons', ['CCW']],
      ['Protocol IV on Blinding Lasers of the Convention on Certain Conventional Weapons', []],
    ]);
  });

  it('reads "the <Proper Name> initiative" and "<Country>’s mine action strategy for <years>"', () => {
    expect(names('The Safe Fields Kenya initiative was launched in 2019.')).toEqual([['Safe Fields Kenya initiative', []]]);
    const out = extractDocument(doc('a', 'Kenya’s mine action strategy for 2020-2024 and Uganda’s mine action strategy for 2021-2025 differ.')).initiative;
    expect(out.map((i) => [i.name, i.leads])).toEqual([
      ['Kenya\'s mine action strategy for 2020-2024', ['actor:kenya']],
      ['Uganda\'s mine action strategy for 2021-2025', ['actor:uganda']],
    ]);
  });
});

describe('a quoted title right after its kind noun', () => {
  const names = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 }).initiative.map((i) => [i.name, i.kind]);

  it('is the name in whatever case it is written, and may be long', () => {
    expect(names('The agency works through its project "Consolidation of peace and stability in the north through the reduction of explosive devices and armed violence". It began in May.'))
      .toEqual([['Consolidation of peace and stability in the north through the reduction of explosive devices and armed violence', 'project']]);
  });

  it('or right before it, also long: The "…" project', () => {
    expect(names('The "Support for increasing the capacity of the Lakeland National Agency for Mine Action (LANAMA) for the safe return of former internally displaced persons" project is being launched.'))
      .toEqual([['Support for increasing the capacity of the Lakeland National Agency for Mine Action (LANAMA) for the safe return of former internally displaced persons', 'project']]);
  });

  it('or unquoted after "project for", with its acronym and place: a grant’s title', () => {
    expect(names('They signed a grant contract for the project for Work on Explosive Remnants of War (ERW) in the Republic of Westland, the Second Stage.'))
      .toEqual([['project for Work on Explosive Remnants of War (ERW) in the Republic of Westland', 'project']]);
    expect(names('The money is for the programme for Children in Need.')).toEqual([]);
  });

  it('runs a name that ends in a demonym on over the words it qualifies, up to their head', () => {
    expect(names('The pledge is part of the new Mine Action Strategy for the Australian aid program from 2010 to 2014.').map((n) => n[0])).toContain('Mine Action Strategy for the Australian aid program');
  });

  it('but a quoted phrase in lower case after a work noun is not', () => {
    expect(names('The report "Land and people in the north" was published in May.')).toEqual([]);
  });

  it('"Small Arms and Light Weapons (SALW)" is a kind of weapon, not a policy', () => {
    expect(names('The teams teach Small Arms and Light Weapons (SALW) risk education in schools.')).toEqual([]);
  });
});

describe('a quoted title after a capitalised head', () => {
  it('keeps the head and the words before it in the name, one project per title', () => {
    expect(names('Title\n\nThe centre closed Demining Project “Končulj – Singerit”, total area 198.600 sqm and Demining Project “Turijska Brda” in the municipality.')).toEqual([
      ['Demining Project “Končulj – Singerit”', 'project'],
      ['Demining Project “Turijska Brda”', 'project'],
    ]);
  });
});

describe('names of the domain and of goals', () => {
  it('reads a treaty deadline extension request, with the treaty or period before it', () => {
    expect(names('Title\n\nAs part of the Ottawa extension request, the survey began.')).toEqual([['Ottawa extension request', 'initiative']]);
    expect(names('Title\n\nWe are submitting another three-year Extension Request to the Secretariat.')).toEqual([['three-year Extension Request', 'initiative']]);
    expect(names('Title\n\nThe extension was granted on request.')).toEqual([]);
  });

  it('reads a named survey with its acronym, but not a survey method or a survey without one', () => {
    expect(names('Title\n\nThe Cluster Munition Remnant Survey (CMRS) found 20 areas.')).toEqual([['Cluster Munition Remnant Survey', 'project']]);
    expect(names('Title\n\nTeams conducted Non-Technical Survey (NTS) in the district.')).toEqual([]);
    expect(names('Title\n\nThe National Survey found mines.')).toEqual([]);
  });

  it('reads a donor and "funded" written apart before the work ("the UK funded EOD training"), not a verb before its object', () => {
    expect(names('Title\n\nThanks to the UK funded EOD training the staff received in Kosovo, the team began work.')).toEqual([['UK funded EOD training', 'project']]);
    expect(names('Title\n\nThe UK funded the training in 2010.')).toEqual([]);
  });

  it('reads a capitalised goal in quotes after "achieve a"', () => {
    expect(names('Title\n\nThe Government strives to achieve a “Mine Impact Free Dell Valley”. It is far off.')).toEqual([['Mine Impact Free Dell Valley', 'initiative']]);
  });

  it('keeps a gloss in brackets between a name and its head, but not an acronym spelling the name before it', () => {
    expect(names('Title\n\nAid goes through the Badbaado (“Protection”) Plan, which outlines support.')).toEqual([['Badbaado (“Protection”) Plan', 'policy']]);
  });
});

describe('a proper name with a plural possessive before a lower-case head', () => {
  it('reads it after its owner’s possessive ("MLI’s Survivors’ Assistance programs")', () => {
    expect(names('Title\n\nToday MLI’s Survivors’ Assistance programs help people by providing prostheses and rehabilitative treatment.')).toEqual([
      ["Survivors' Assistance programs", 'programme'],
    ]);
  });
});

describe('forums', () => {
  it('a capitalised name ending in Forum is a meeting (conference), never a person', () => {
    const out = extractDocument({ id: 'a', text: 'Lakeland announced the plan at the Lakeland-River Peace and Development Forum in the capital.', bodyOffset: 0 });
    expect(out.initiative.map((i) => [i.name, i.kind])).toEqual([['Lakeland-River Peace and Development Forum', 'conference']]);
    expect(out.actor.filter((a) => a.kind === 'person')).toEqual([]);
  });
});

describe('a name with its numeral and an acronym with the same numeral', () => {
  it('"Safe Path Forward III (SPF III)" is the plan, the acronym its alias', () => {
    const out = extractDocument({ id: 'a', text: 'The group met about the new ten-year national plan – Clear Land Ahead II (CLA II), which is in development.', bodyOffset: 0 });
    expect(out.initiative.map((i) => [i.name, i.aliases ?? []])).toEqual([['Clear Land Ahead II', ['CLA II']]]);
  });
});

describe('a body named after its field', () => {
  it('"the Ministry of Agrarian Policy and Food" is a ministry, not a policy', () => {
    const out = extractDocument({ id: 'a', text: 'The Ministry of Agrarian Policy and Food joined the work.', bodyOffset: 0 });
    expect(out.initiative).toEqual([]);
    expect(out.actor.map((a) => [a.name, a.kind])).toEqual([['Ministry of Agrarian Policy and Food', 'organisation']]);
  });

  it('"the Committee on Agrarian and Land Policy" is a committee, not a policy', () => {
    const out = extractDocument({ id: 'a', text: 'Support from partners is crucial, the Committee on Agrarian and Land Policy reports.', bodyOffset: 0 });
    expect(out.initiative).toEqual([]);
    expect(out.actor.map((a) => [a.name, a.kind])).toEqual([['Committee on Agrarian and Land Policy', 'organisation']]);
  });
});

describe('an initiative\'s former name in the same sentence', () => {
  it('is an alias of it ("formerly known as", "also known as", "(formerly …)")', () => {
    const one = (text: string) => extractDocument(doc('a', text)).initiative.map((i) => [i.name, i.aliases ?? []]);
    expect(one('The Medical Support Fund for Mine Victims, formerly known as the War Victims Medical Fund, was set up in 1996.'))
      .toEqual([['Medical Support Fund for Mine Victims', ['War Victims Medical Fund']]]);
    expect(one('The Northern Clearance Programme (formerly the Border Demining Project) ended in 2020.'))
      .toEqual([['Northern Clearance Programme', ['Border Demining Project']]]);
  });

  it('two names with other words between them stay two', () => {
    expect(names('The Northern Clearance Programme and later the Border Demining Project ended in 2020.')).toHaveLength(2);
  });
});

describe('undertakings listed by name after their plural noun and a colon', () => {
  it('are each an initiative of the kind the noun says, and no pillars', () => {
    const out = extractDocument(doc('a', 'Since 1999 the centre has run several awareness projects: the National Seminar on Mine Action; Mine Risk Awareness Education in Lakeland Province; and a Regional Seminar for Civil Society titled "Mines and Us".'));
    expect(out.initiative.filter((i) => i.kind === 'project').map((i) => i.name).sort()).toEqual([
      'Mine Risk Awareness Education in Lakeland Province', 'National Seminar on Mine Action', 'Regional Seminar for Civil Society',
    ]);
    expect(out.pillar).toEqual([]);
  });

  it('not a list of one, nor parts in lower case', () => {
    expect(names('The centre runs two projects: survey of the border; clearance of farmland.')).toEqual([]);
  });

  it('or after "include" and "namely", by capitalised titles whatever their last word, across a second plural', () => {
    const text = 'The projects include the Cluster Munitions Survey and Clearance in Eastern Lakeland and two short-term projects namely Landmine Survey & Clearance on the Dell Border and the Landmine Free Provinces of the South.';
    expect(names(text).sort()).toEqual([
      ['Cluster Munitions Survey and Clearance in Eastern Lakeland', 'project'], ['Landmine Free Provinces of the South', 'project'], ['Landmine Survey & Clearance on the Dell Border', 'project'],
    ]);
    // one title is no list of them
    expect(names('Title\n\nThe projects include Clearance Works and survey of the border.').map((n) => n[0])).not.toContain('Clearance Works');
  });
});

describe('a meeting named on over a hyphened number and up to the body it is of', () => {
  it('keeps "on 10-Year Achievement" and its years, ends before "of the <Body>", and the duration stays a figure', () => {
    const out = extractDocument(doc('a', 'Title\n\nHe spoke at the Stocktaking Conference on 10-Year Achievement (2000 – 2010) of the Lakeland Mine Action Center (LMAC).'));
    expect(out.initiative.map((i) => i.name)).toEqual(['Stocktaking Conference on 10-Year Achievement (2000 – 2010)']);
    expect(out.actor.map((a) => a.name)).toContain('Lakeland Mine Action Center');
    expect(out.figure.map((f) => [f.value, f.unit])).toContainEqual([10, 'year']);
    expect(names('Title\n\nHe spoke at the Stocktaking Conference on Achievements of the Lakeland Mine Action Center.')).toEqual([['Stocktaking Conference on Achievements', 'conference']]);
  });
});

describe('a quoted name before its kind noun', () => {
  it('is also named with the noun, unless the noun is plural', () => {
    const one = (text: string) => extractDocument(doc('a', `Title\n\n${text}`)).initiative.map((i) => [i.name, i.aliases ?? []]);
    expect(one('Thanks to the “Win-Win” policy, the war ended.')).toEqual([['Win-Win', ['Win-Win policy']]]);
    expect(one('The “Safe Fields and Roads” projects are underway.')).toEqual([['Safe Fields and Roads', []]]);
  });
});

describe('a plan described by its topic alone', () => {
  it('reads "a roadmap on removing all landmines", "a strategy for mine clearance", not a plan on other things', () => {
    expect(names('Title\n\nThey have also prepared a roadmap on removing all landmines with the help of partners.')).toEqual([['roadmap on removing all landmines', 'policy']]);
    expect(names('Title\n\nA strategy for mine clearance was adopted.')).toEqual([['strategy for mine clearance', 'policy']]);
    expect(names('Title\n\nThe plan for the future was good.')).toEqual([]);
  });
});

describe('peace agreements and statements that ended a war', () => {
  it('are agreements of their document, with their modifiers, parties and signing day', () => {
    const text = 'Title\n\nLakeland has finally reached a historic peace agreement. Mines killed civilians even after a peace deal was reached in 1992. The war ended in a tripartite statement signed on November 10, 2020, by three states. Clashes followed the revised peace deal between the FARC and the Colombian government.';
    expect(names(text).sort()).toEqual([
      ['historic peace agreement', 'agreement'], ['peace deal', 'agreement'], ['revised peace deal between the FARC and the Colombian government', 'agreement'],
      ['tripartite statement signed on November 10, 2020', 'agreement'],
    ]);
  });

  it('not a peace process, nor a statement of one party', () => {
    expect(names('Title\n\nThe peace process went on. The ministry issued a statement.')).toEqual([]);
  });
});

describe('what an undertaking is to do', () => {
  it('ends before where it does it ("at the sites of …")', () => {
    expect(names('The two countries agreed to push ahead with a joint project to remove land mines at the sites of old battles.')).toContainEqual(['joint project to remove land mines', 'project']);
  });
});

describe('a role’s portfolio', () => {
  it('is no initiative: "Vice Minister for Defence Policy and International Affairs", "Chief of Mine Action Programme"', () => {
    const text = 'Westland signs demining pact\n\nThe pact was signed by Ms. Ana Dell, Vice Minister for Defence Policy and International Affairs of Westland, and Ms. Mira Holst, Chief of Mine Action Programme, UNMAS Westland.';
    expect(names(text).filter(([, kind]) => kind !== 'agreement')).toEqual([]);
  });

  it('but a role over a named plan keeps the plan: "coordinator of the National Mine Action Strategy"', () => {
    expect(names('Westland news\n\nMs. Ana Dell, coordinator of the National Mine Action Strategy, spoke.')).toContainEqual(['National Mine Action Strategy', 'policy']);
  });
});
