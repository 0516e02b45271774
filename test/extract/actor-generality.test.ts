/** Round two of actor finding: mechanisms that follow the shape of the text (issue 10, item 4). */
import { describe, expect, it } from 'vitest';
import { extractCorpus, extractDocument } from '../../src/extract/index.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });
const names = (text: string) => extractDocument(doc('a', text)).actor.map((a) => [a.name, a.kind, a.aliases ?? []]);

describe('acronyms a document defines', () => {
  it('reads "DRC" as the organisation the document defined it for, not as the country', () => {
    expect(names('The Danish Refugee Council (DRC) opened an office. DRC will deploy six teams next year.')).toEqual([
      ['Danish Refugee Council', 'organisation', ['DRC']],
    ]);
  });
});

describe('countries named only to place something else', () => {
  it('drops a country that follows a place name and a comma', () => {
    expect(names('The school was based in Quetta, Pakistan.')).toEqual([]);
  });

  it('drops a country that a place borders, with its short form in brackets', () => {
    expect(names('Two villages neighbouring the Democratic Republic of Congo (DRC) were cleared by the HALO Trust.')).toEqual([
      ['HALO Trust', 'organisation', []],
    ]);
  });

  it('keeps a country named elsewhere in the document as a party, and lists of countries', () => {
    expect(names('Land was cleared in Peru, Chile and Bolivia. Teams met at Tacna, Peru. Peru funded the survey.')).toEqual([
      ['Bolivia', 'country', []],
      ['Chile', 'country', []],
      ['Peru', 'country', []],
    ]);
  });
});

describe('names that stop where the text says they stop', () => {
  it('does not run an organisation on into the next "Label:" line', () => {
    expect(names('Donor: Government of Norway\nImplementing partner: Mines Advisory Group')).toEqual([
      ['Mines Advisory Group', 'organisation', []],
      ['Norway', 'country', ['Government of Norway']],
    ]);
  });

  it('takes no event or text for an organisation ("Press Conference", "Press Release")', () => {
    expect(names('Press Release\n\nA Press Conference was held by the National Demining Office.')).toEqual([
      ['National Demining Office', 'organisation', []],
    ]);
  });
});

describe('bylines', () => {
  it('reads "Reporting by" and "Editing by" as people', () => {
    expect(names('Fields reopen in the east.\n\nReporting by Lena Sorensen; Editing by Paul Okafor')).toEqual([
      ['Lena Sorensen', 'person', []],
      ['Paul Okafor', 'person', []],
    ]);
  });
});

describe('titles before names', () => {
  it('reads "Head of Mission Name" as a role and a person, not as an organisation', () => {
    expect(names('Head of Mission Clara Novak visited the minefield.')).toEqual([['Clara Novak', 'person', []]]);
  });

  it('ends a name at the end of a short letterhead line', () => {
    expect(names('Media Note\nOffice of the Spokesperson\nOttawa\n\nThe minister spoke today.')).toEqual([
      ['Office of the Spokesperson', 'organisation', []],
    ]);
  });
});

describe('bodies every state has under the same name', () => {
  it('keeps the ministries of two countries apart across documents', () => {
    const out = extractCorpus([
      doc('a', 'The Thai Ministry of Defence cleared the border. Thailand thanked the deminers.'),
      doc('b', 'Ukraine asked for help. The Ministry of Defence said that Ukraine needs more deminers.'),
    ]);
    expect(out.actor.filter((a) => a.kind === 'organisation').map((a) => [a.id, a.name, a.sources.map((s) => s.source)])).toEqual([
      ['ministry-of-defence', 'Ministry of Defence', ['b']],
      ['thai-ministry-of-defence', 'Thai Ministry of Defence', ['a']],
    ]);
  });

  it('joins the mentions of one country\'s ministry across documents', () => {
    const out = extractCorpus([
      doc('a', 'Thailand said the Ministry of Interior will lead. Thailand is ready.'),
      doc('b', 'The Thai Ministry of Interior opened an office.'),
    ]);
    expect(out.actor.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.sources.map((s) => s.source)])).toEqual([
      ['Ministry of Interior', ['a', 'b']],
    ]);
  });

  it('still joins a body to the one longer name that gives it a country, whatever its document is about', () => {
    const out = extractCorpus([
      doc('a', 'Laos cleared the road. Laos thanked the Department of State for its grant.'),
      doc('b', 'The United States Department of State funds surveys.'),
    ]);
    expect(out.actor.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.sources.map((s) => s.source)])).toEqual([
      ['Department of State', ['a', 'b']],
    ]);
  });

  it('names a body with the demonym the text writes before it, its bare name an alias', () => {
    expect(names('In June 2016, the Senegalese Ministry of Foreign Affairs funded the survey.')).toEqual([
      ['Senegalese Ministry of Foreign Affairs', 'organisation', ['Ministry of Foreign Affairs']],
    ]);
  });

  it('reads a ministry whose name lists several portfolios, not a list of names after it', () => {
    expect(names('ZIMAC works with the Ministry of Public Service, Labour and Social Welfare on victim assistance.').map((x) => x[0])).toEqual([
      'Ministry of Public Service, Labour and Social Welfare',
    ]);
    expect(names('The Ministry of Health, UNICEF and WHO met in May.').map((x) => x[0])).toEqual(['Ministry of Health', 'UNICEF', 'WHO']);
    expect(names('The Ministry of Labor, Employment, Veterans and Social Affairs of the Republic of Serbia supports victims.').map((x) => x[0])).toEqual([
      'Ministry of Labor, Employment, Veterans and Social Affairs of the Republic of Serbia',
    ]);
    expect(names('The Ministry of Defence, Japan and Norway signed the plan.').map((x) => x[0])).toEqual(['Japan', 'Ministry of Defence', 'Norway']);
  });

  it('keeps "of <country>" after a ministry\'s name', () => {
    expect(names('The Ministry of Foreign Affairs of Japan contributed funds.')).toEqual([
      ['Ministry of Foreign Affairs of Japan', 'organisation', []],
    ]);
  });
});

describe('organisations the document introduces', () => {
  it('reads the name of an "About X" line and of "X is a charity that …" as an organisation', () => {
    expect(names('Teams returned.\n\nAbout Safe Fields Now\nSafe Fields Now is a British charity that clears mines.')).toEqual([
      ['Safe Fields Now', 'organisation', []],
    ]);
  });

  it('does not take a person described by a job for an organisation', () => {
    expect(names('Anna Berg is a charity worker.')).toEqual([]);
  });
});

describe('a role held in a body before a name in apposition', () => {
  it('reads "The Prime Minister of Norway, Name" as the person with the role', () => {
    const out = extractDocument(doc('a', 'The Prime Minister of Norway, Erna Vik, opened the meeting.'));
    expect(out.actor.map((a) => [a.name, a.roles?.map((r) => [r.title, r.organisation])])).toEqual([
      ['Erna Vik', [['Prime Minister', 'actor:norway']]],
      ['Norway', undefined],
    ]);
  });
});

describe('the register: donors, operators and standards', () => {
  it('joins a donor agency and its short name, reads an operator without a head word, and never takes a standard for an actor', () => {
    expect(names('The Swedish International Development Cooperation Agency funds Clear Path International, which follows IMAS. Sida said so.')).toEqual([
      ['Clear Path International', 'organisation', []],
      ['Swedish International Development Cooperation Agency', 'organisation', ['Sida']],
    ]);
  });
});

describe('names in a letterhead', () => {
  it('ends a person\'s name at the end of the speaker\'s line', () => {
    const out = extractDocument(doc('a', 'Opening remarks\n\nDeputy Minister Ana Lopes\nQuito\nMay 2, 2024\n\nThank you all for coming.'));
    expect(out.actor.map((a) => [a.name, a.kind, a.roles?.map((r) => r.title)])).toEqual([['Ana Lopes', 'person', ['Deputy Minister']]]);
  });
});

describe('roles in brackets', () => {
  it('reads a role in brackets after a name in a list of participants', () => {
    const out = extractDocument(doc('a', 'Participants: Omar Nasser (Director, Lakeside Demining Agency) and others.'));
    expect(out.actor.filter((a) => a.kind === 'person').map((a) => [a.name, a.roles?.map((r) => r.title)])).toEqual([['Omar Nasser', ['Director']]]);
  });
});

describe('a person named after a body or a programme', () => {
  const actors = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 }).actor.map((a) => [a.name, a.kind]);

  it('is not read into the body’s or the programme’s name', () => {
    expect(actors('Director of the Northland Mine Action Authority Jane Brown opened the meeting.')).toEqual([
      ['Jane Brown', 'person'],
      ['Northland Mine Action Authority', 'organisation'],
    ]);
    expect(actors('Speaking at the event, Chief of Mine Action Programme Paul Heslop thanked donors.')).toEqual([['Paul Heslop', 'person']]);
  });

  it('is read after "the head of the … Programme,"', () => {
    expect(actors('The head of the Mine Action Programme, Paul Heslop, thanked donors.')).toEqual([['Paul Heslop', 'person']]);
  });

  it('leaves a body with its country or another head word whole', () => {
    expect(actors('The Northland Mine Action Authority Cambodia Office opened.').map((a) => a[0])).toEqual(['Northland Mine Action Authority Cambodia Office']);
  });
});

describe('a dotted acronym without its last stop', () => {
  it('"U.S Embassy" is the embassy of the U.S, not an "S Embassy"', () => {
    const found = names('The U.S Embassy in Norland announced new funding for the clearance of farmland.').map((n) => n[0]);
    expect(found).toContain('U.S Embassy in Norland');
    expect(found.some((n) => /^S\b/.test(String(n)))).toBe(false);
  });
});

describe('short forms met on project announcements', () => {
  it('an acronym that leaves out the country word its name opens with is still its acronym', () => {
    expect(names('The Lao National Regulatory Authority (NRA) thanked Japan. The NRA will lead the survey.')).toEqual([
      ['Japan', 'country', []],
      ['Lao National Regulatory Authority', 'organisation', ['NRA']],
    ]);
  });

  it('letters glued to a currency sign ("US$3.5 million", "NZ$ 2 million") are the currency, not an actor', () => {
    expect(names('Japan provided a grant of US$3.5 million. New Zealand added NZ$ 2 million.')).toEqual([
      ['Japan', 'country', []],
      ['New Zealand', 'country', []],
    ]);
  });

  it('a country that opens a sentence after "The" is not also called "The …"', () => {
    expect(names('The United States will help. The UK said so.')).toEqual([
      ['United Kingdom', 'country', ['UK']],
      ['United States', 'country', []],
    ]);
  });
});

describe('words of a role or a place that are no person', () => {
  const people = (text: string) => names(text).filter(([, kind]) => kind === 'person').map(([name]) => name);

  it('a word of a role title before its head ("Field Reporting Officer", "Standing Vice Chairman")', () => {
    expect(people('The deed was signed by Ms. Ann Lake, Director / Field Reporting Officer of SAFE.')).toEqual(['Ann Lake']);
    expect(people('Mr. Tom Hill, Deputy Minister and Standing Vice Chairman of the Lakeland Authority, spoke.')).toEqual(['Tom Hill']);
  });

  it('what belongs to a role ("the Ambassador’s Residence")', () => {
    expect(people('The contract was signed at the Ambassador’s Residence in the capital.')).toEqual([]);
  });

  it('a body\'s acronym before its premises ("CMAC Headquarters")', () => {
    expect(people('The teams met at LMAC Headquarters, where Mr. Tom Hill, Director of LMAC, spoke.')).toEqual(['Tom Hill']);
  });
});

describe('names listed before the plural noun of their class', () => {
  it('"Alpha Tech, Al-Noor, Eagle Eye Companies": each name is an organisation, the class noun none\'s', () => {
    expect(names('The meeting was attended by Alpha Tech, Al-Noor, Eagle Eye Companies and the district police.').map(([name]) => name)).toEqual(
      expect.arrayContaining(['Al-Noor', 'Alpha Tech', 'Eagle Eye']),
    );
    expect(names('Work was done by the Alpha, Beta and Gamma companies.')).toEqual([
      ['Alpha', 'organisation', []], ['Beta', 'organisation', []], ['Gamma', 'organisation', []],
    ]);
  });

  it('places before "local companies" stay places', () => {
    expect(names('Mines were cleared in Angola, Laos and Cambodia by local companies.').map(([, kind]) => kind)).toEqual(['country', 'country', 'country']);
  });
});

describe('a role for a country, then the name in apposition', () => {
  it('"MAG’s country director for Lebanon, Sylvain Lefort" is a person with that role', () => {
    expect(names('MAG’s country director for Lebanon, Sylvain Lefort, signed the agreement.').filter(([, kind]) => kind === 'person')).toEqual([['Sylvain Lefort', 'person', []]]);
  });
});

describe('a country whose own name holds an "of"', () => {
  it('"Embassy of the United States of America" is read whole; the government of it is the country', () => {
    expect(names('The Embassy of the United States of America funded the survey.')).toEqual([['Embassy of the United States of America', 'organisation', []]]);
    expect(names('The Government of the United States of America funded the survey.')).toEqual([['United States', 'country', ['Government of the United States of America']]]);
  });
});

describe('well-known bodies of the register in other spellings', () => {
  it('"the Food and Agriculture Organisation", "the World Food Program", "UXO Lao", "UNMISS"', () => {
    expect(names('Aid goes through the Food and Agriculture Organisation and the World Food Program. UXO Lao cleared the land and UNMISS helped.').map(([name]) => name)).toEqual(
      expect.arrayContaining(['Food and Agriculture Organisation', 'World Food Program', 'UXO Lao', 'UNMISS']),
    );
  });

  it('"the Organization for Security and Cooperation in Europe" without its hyphen', () => {
    expect(names('The Organization for Security and Cooperation in Europe supports the centre.')).toEqual([
      ['Organization for Security and Cooperation in Europe', 'organisation', []],
    ]);
  });
});

describe('terms of the work spelled by their acronyms', () => {
  it('"Victim Assistance (VA)" and "Mine Detection Dogs (MDD)" are neither bodies nor policies', () => {
    const out = extractDocument(doc('a', 'The centre manages Victim Assistance (VA) and trains Mine Detection Dogs (MDD) for the teams.'));
    expect(out.actor).toEqual([]);
    expect(out.initiative).toEqual([]);
  });
});

describe('a role held in a body with its acronym, then the name', () => {
  it('"Director of the Lakeland Mine Action Centre (LMAC) Tom Hill" holds that role; "revealed" is a verb of saying', () => {
    const out = extractDocument(doc('a', 'Director of the Lakeland Mine Action Centre (LMAC) Tom Hill revealed that the teams had grown.'));
    expect(out.actor.filter((a) => a.kind === 'person').map((a) => [a.name, a.roles?.[0]?.title, a.roles?.[0]?.organisation])).toEqual([
      ['Tom Hill', 'Director', 'actor:lakeland-mine-action-centre'],
    ]);
  });
});

describe('bodies that initiative heads and acronyms used to claim', () => {
  const summary = (text: string) => {
    const out = extractDocument(doc('a', text));
    return { initiatives: out.initiative.map((i) => i.name), actors: out.actor.map((a) => a.name) };
  };

  it('reads a body with its acronym as a body, not as a policy; an agenda of joined words stays one', () => {
    expect(summary('Handicap International (HI) expanded its activities in Senegal.')).toEqual({ initiatives: [], actors: ['Handicap International', 'Senegal'] });
    expect(summary('The plan follows the Women, Peace, and Security (WPS) agenda.').initiatives).toEqual(['Women, Peace, and Security']);
  });

  it('reads a body of the register whose last word is a meeting noun as the body', () => {
    expect(summary('He appealed to all members of the Conference on Disarmament to join.')).toEqual({ initiatives: [], actors: ['Conference on Disarmament'] });
  });

  it('takes a United Nations mission for no undertaking; an assistance mission stays one', () => {
    expect(summary('The UN mission in Somalia issued a statement on mines.').initiatives).toEqual([]);
    expect(summary('The OAS sent a short-term assistance mission in the Republic of Suriname.').initiatives).toEqual(['short-term assistance mission in the Republic of Suriname']);
  });
});

describe('the United Nations by its short name', () => {
  const people = (text: string) => extractDocument(doc('a', text)).actor.filter((a) => a.kind === 'person').map((a) => [a.name, a.roles?.map((r) => [r.title, r.organisation])]);

  it('holds the role of a person in apposition: "Ines Choma, the UN’s Deputy Special Representative"', () => {
    expect(people('Speaking at the opening, Ines Choma, the UN’s Deputy Special Representative, referenced the data.')).toEqual([
      ['Ines Choma', [['Deputy Special Representative', 'actor:un']]],
    ]);
  });

  it('leaves a registered name to the longer body whose capitalised word opens it', () => {
    const names = (text: string) => extractDocument(doc('a', text)).actor.map((a) => a.name);
    expect(names('He thanked the Interim Implementation Support Unit for its work.')).toEqual(['Interim Implementation Support Unit']);
    expect(names('He thanked the Implementation Support Unit for its work.')).toEqual(['Implementation Support Unit']);
  });

  it('does not cut a longer body named after it', () => {
    const names = extractDocument(doc('a', 'The United Nations Office of Humanitarian Affairs coordinated the work.')).actor.map((a) => a.name);
    expect(names).toEqual(['United Nations Office of Humanitarian Affairs']);
  });
});

describe('an embassy and the place it is in', () => {
  it('names an embassy with its city or country, and the country still counts as named', () => {
    const actors = (text: string) => extractDocument(doc('a', text)).actor.map((a) => [a.name, a.kind]);
    expect(actors('The Embassy of Japan in Dushanbe funded the machine.')).toEqual([['Embassy of Japan in Dushanbe', 'organisation']]);
    expect(actors('The grant was signed at the Japanese Embassy in Phnom Penh on Monday.')).toEqual([['Japanese Embassy in Phnom Penh', 'organisation']]);
    expect(actors('Mr. Hattori Takanori, First Secretary at the Embassy of Japan in Thailand, attended.').map((a) => a[0])).toEqual([
      'Embassy of Japan in Thailand', 'Hattori Takanori', 'Thailand',
    ]);
  });
});

describe('roles and states as news writes them', () => {
  const people = (text: string) => extractDocument(doc('a', text)).actor.filter((a) => a.kind === 'person').map((a) => [a.name, a.roles?.map((r) => [r.title, r.organisation])]);

  it('reads "CEO" as a role, before or after the name, and leaves a body’s article to the body', () => {
    expect(people('The HALO Trust’s CEO James Cowan said the work will continue.')).toEqual([['James Cowan', [['CEO', 'actor:halo-trust']]]]);
    expect(people('James Cowan, CEO of The HALO Trust, visited Laos.')).toEqual([['James Cowan', [['CEO', 'actor:halo-trust']]]]);
    expect(people('James Cowan, Director of The HALO Trust, visited Laos.')).toEqual([['James Cowan', [['Director', 'actor:halo-trust']]]]);
  });

  it('reads "the Swiss government" as Switzerland, the giver of what it pledged', () => {
    const out = extractDocument(doc('a', 'The Swiss government pledged CHF 100 million for demining.'));
    expect(out.actor.map((a) => [a.name, a.kind, a.aliases ?? []])).toEqual([['Switzerland', 'country', ['Swiss government']]]);
    expect(out.initiative.map((i) => i.participants)).toEqual([['actor:switzerland']]);
    expect(extractDocument(doc('a', 'Cambodian deminers cleared the field.')).actor).toEqual([]);
  });
});

describe('a name with a middle initial in a title line', () => {
  it('keeps the initial inside the name, and the meeting after it apart', () => {
    const out = extractDocument(doc('a', 'Remarks by Secretary Antony J. Blinken on International Mine Awareness Day\n\nToday we mark the day.'));
    expect(out.actor.map((a) => [a.name, a.roles?.map((r) => r.title)])).toEqual([['Antony J. Blinken', ['Secretary']]]);
    expect(out.initiative.map((i) => i.name)).toEqual(['International Mine Awareness Day']);
  });
});

describe('the government of a place below a country', () => {
  it('is a body when a level word names it, with or without a place word', () => {
    const names = (text: string) => extractDocument(doc('a', text)).actor.map((a) => a.name);
    expect(names('The provincial government of Tete and the district administration of Moatize welcomed the teams.')).toEqual([
      'district administration of Moatize', 'provincial government of Tete',
    ]);
    expect(names('The government of Lakeshire welcomed the teams.')).toEqual([]);
  });
});

describe('given names that are also common words', () => {
  it('keeps "An" inside a Vietnamese name, and "Comrade" is an honorific, not a body', () => {
    const people = (text: string) => extractDocument(doc('a', text)).actor.map((a) => [a.name, a.kind]);
    expect(people('Nguyen Van An said the work continues.')).toEqual([['Nguyen Van An', 'person']]);
    expect(people('Comrade Le Thanh An opened the meeting.')).toEqual([['Le Thanh An', 'person']]);
  });
});

describe('names around roles, registered bodies and headlines', () => {
  const actors = (text: string) => extractDocument(doc('a', text)).actor.map((a) => [a.name, a.kind, a.roles?.map((r) => r.title) ?? []]);

  it('keeps "and Social Welfare" in the title when the title ends there', () => {
    expect(actors('Dr. Khampheng Saysompheng, Minister of Labour and Social Welfare, acknowledged the support.')).toEqual([
      ['Khampheng Saysompheng', 'person', ['Minister of Labour and Social Welfare']],
    ]);
  });

  it('reads a registered body’s own centre whole when the body has an acronym in its name', () => {
    expect(actors('UXO Lao welcomed the minister to UXO Lao Training Center at Elay Village.').map((a) => a[0])).toEqual(['UXO Lao', 'UXO Lao Training Center']);
  });

  it('takes no person from a headline’s past verb or from a decree', () => {
    expect(actors('Strategic Plan\nPresented by the Director General\n\nThe plan was read.').filter((a) => a[1] === 'person')).toEqual([]);
    expect(actors('The NRA Decree was issued in 2015.').filter((a) => a[1] === 'person')).toEqual([]);
  });
});

describe('a country named with "and" before a body', () => {
  it('ends before the "and" that opens the body’s name', () => {
    const names = extractDocument(doc('a', 'The work was done in Bosnia and Herzegovina and Regional Centre for Underwater Demining supported it.')).actor.map((a) => a.name);
    expect(names).toEqual(['Bosnia and Herzegovina', 'Regional Centre for Underwater Demining']);
  });
});

describe('a region opening a role’s title', () => {
  it('reads "Tess Tewelde, Africa Head of Mine Action for APOPO" as a person with that role', () => {
    const people = extractDocument(doc('a', 'Tess Tewelde, Africa Head of Mine Action for APOPO signed the memorandum.')).actor.filter((a) => a.kind === 'person');
    expect(people.map((p) => [p.name, p.roles?.map((r) => r.title)])).toEqual([['Tess Tewelde', ['Africa Head of Mine Action']]]);
  });
});

describe('initials before a surname, after a title', () => {
  it('are the person’s, not an organisation’s acronym', () => {
    const people = (text: string) => extractDocument(doc('a', text)).actor.map((a) => [a.name, a.kind]);
    expect(people('President ED Mnangagwa opened the meeting.')).toEqual([['ED Mnangagwa', 'person']]);
    expect(people('Also present was Brigadier General JC Mupande.')).toEqual([['JC Mupande', 'person']]);
  });
});

describe('words that are no one', () => {
  it('reads "Ambassador Extraordinary and Plenipotentiary" as a title, not a person named Extraordinary', () => {
    const text = 'The ceremony was attended by H.E. Kenji Tanaka, Ambassador Extraordinary and Plenipotentiary of Japan to Westland, and Mr. Nick Smart.';
    expect(names(text).map(([name]) => name).sort()).toEqual(['Japan', 'Kenji Tanaka', 'Nick Smart']);
  });

  it('ends a body before a headline verb: "Government of Japan Continues to Support …"', () => {
    expect(names('Government of Japan Continues to Support HALO Trust in Westland\n\nThe grant was signed.').map(([name]) => name).sort()).toEqual(['HALO Trust', 'Japan']);
  });

  it('takes weapons and their remnants spelled by an acronym for things, not bodies', () => {
    expect(names('Teams destroyed 10,410 Conventional Weapons (CW) items and cleared Explosive Remnants of War (ERW).')).toEqual([]);
  });
});

describe('companies', () => {
  it('are named after a class noun in apposition and by a legal suffix', () => {
    expect(names('The Croatian company DOK-ING and the Danish company Hydrema agreed to start production.').map(([name]) => name)).toEqual(['DOK-ING', 'Hydrema']);
    expect(names('Phoenix Clearance Limited, (PCL), at the request of the authority conducted a project.').map(([name]) => name)).toEqual(['Phoenix Clearance Limited']);
  });
});

describe('a second "of" in a body\'s name', () => {
  it('goes on after a head or before the work itself, and stops before anything else but a country', () => {
    expect(names('The Directorate of Coordination and Integration of Mine Action, as a governmental institution, works.').map(([name]) => name)).toEqual(['Directorate of Coordination and Integration of Mine Action']);
    expect(names('The Department of State Office of Weapons Removal and Abatement funded it.').map(([name]) => name)).toEqual(['Department of State Office of Weapons Removal and Abatement']);
    expect(names('The Ministry of Defence of the Republic said so.').map(([name]) => name)).toEqual(['Ministry of Defence']);
  });
});

describe('names with the Arabic article', () => {
  it('keep "al-" and "el-" before a capital as part of the name, and leave "all-out" alone', () => {
    expect(names('Iraqi Prime Minister Haider al-Abadi declared the Islamic State defeated.').map(([name]) => name).sort()).toEqual(['Haider al-Abadi', 'Iraq']);
    expect(names('The all-out effort went on.')).toEqual([]);
  });
});
