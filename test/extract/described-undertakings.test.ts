import { describe, expect, it } from 'vitest';
import { extractCorpus, extractDocument } from '../../src/extract/index.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });
const extract = (text: string) => extractDocument(doc('a', text));
const summary = (text: string) => extract(text).initiative.map((i) => [i.name, i.kind, i.leads ?? [], i.participants ?? []]);

describe('undertakings described rather than named', () => {
  it('reads an amount given for projects, and an amount that is itself a pledge', () => {
    expect(summary('Norway announced a further EUR 4 million for new survey and clearance projects in Sri Lanka last week.')).toEqual([
      ['further EUR 4 million for new survey and clearance projects in Sri Lanka', 'package', ['actor:norway'], []],
    ]);
    expect(summary('Canada made a three-year $20 million pledge to the appeal.').map((x) => x[0])).toEqual(['three-year $20 million pledge']);
  });

  it('reads a donor-funded project with its donor as a participant', () => {
    const out = extract('Norway sent experts. The teams run a Norway-funded clearance project in Kasai province.');
    expect(out.initiative.map((i) => [i.name, i.kind, i.participants])).toEqual([
      ['Norway-funded clearance project in Kasai province', 'project', ['actor:norway']],
    ]);
  });

  it('reads partnerships named by their parties, and keeps different parties apart', () => {
    const out = extract('Norway thanked Sri Lanka. The grant builds on a long Norway-Sri Lanka partnership. It also backs the partnership between the Sri Lankan army, MAG and the HALO Trust to destroy old shells.');
    expect(out.initiative.map((i) => [i.name, i.participants])).toEqual([
      ['Norway-Sri Lanka partnership', ['actor:norway', 'actor:sri-lanka']],
      ['partnership between the Sri Lankan army, MAG and the HALO Trust', ['actor:halo-trust', 'actor:mag', 'actor:sri-lankan-army']],
    ]);
    expect(out.actor.map((a) => a.name)).toContain('HALO Trust');
  });

  it('reads a grant the title states and the text states again as one package', () => {
    const text = 'Lakeland pledges $8 million for explosives clearance in Upper Dell\n\nThe ambassador said Lakeland would allocate an additional $8 million (€6.7 million) for the detection and destruction of explosives left by the war.\n';
    const packages = extractDocument(doc('a', text)).initiative.filter((i) => i.kind === 'package');
    expect(packages).toHaveLength(1);
    expect(packages[0]!.aliases).toContain('$8 million for explosives clearance in Upper Dell');
  });

  it('reads the title after a line holding only the date, and an amount with its currency after the number', () => {
    const text = '12 September 2018\n\nLakeland pledges 46 million pounds for demining efforts\n\nLDA – the Lakeland Development Agency will release an additional £46 million towards the ongoing efforts for landmine clearance.\n';
    const packages = extractDocument(doc('a', text)).initiative.filter((i) => i.kind === 'package');
    expect(packages.map((p) => [p.name, p.aliases])).toEqual([
      ['additional £46 million towards the ongoing efforts for landmine clearance', ['46 million pounds for demining efforts', "Lakeland's 46 million pounds pledge"]],
    ]);
  });

  it('names an agreement signed "between A and B" by its parties, who take part', () => {
    const found = (text: string) => extractDocument(doc('a', text)).initiative.map((i) => i.name);
    expect(found('A memorandum of understanding was signed on Tuesday between the Lakeland Mine Action Agency (LMAA) and the Northland Relief Centre, the agency said.'))
      .toEqual(['memorandum of understanding between the Lakeland Mine Action Agency (LMAA) and the Northland Relief Centre']);
    expect(found('The agreement was made between the OSCE Centre and the Lakeland Demining Foundation.'))
      .toEqual(['agreement between the OSCE Centre and the Lakeland Demining Foundation']);
    expect(found('The agreement was welcomed by everyone.')).toEqual([]);
  });

  it('ends the parties of an agreement with the last name, before the verb that follows', () => {
    expect(summary('The agreement between the OSCE Centre and the State Emergency Service covers training of deminers.').map((x) => x[0])).toEqual([
      'agreement between the OSCE Centre and the State Emergency Service',
    ]);
  });

  it('reads the work a donor supports, the programme of a country, and a mission in a place', () => {
    expect(summary('We thank Canada for supporting HALO/MAG survey and clearance in Kasai Province.').map((x) => [x[0], x[1]])).toEqual([
      ['HALO/MAG survey and clearance in Kasai Province', 'programme'],
    ]);
    // a capitalised term of the work ("UXO", "Mine Action") is not the actor whose work it is
    expect(summary('Japan has supported UXO clearance in Laos since 1998. Canada funded Mine Action operations in Chad.')).toEqual([]);
    expect(summary('Work went on as the Chilean program moved toward completion. Peru was the third state to conclude its mine clearance program.').map((x) => x[0])).toEqual([
      'Chilean program', 'mine clearance program',
    ]);
    expect(summary('The office also supported a short-term assistance mission in the Republic of Chad.').map((x) => x[0])).toEqual([
      'short-term assistance mission in the Republic of Chad',
    ]);
    expect(summary('It was a long effort in Chad.')).toEqual([]);
  });
});

describe('who leads, funds and takes part', () => {
  it('reads funded by, implemented by, with the support of and in partnership with', () => {
    const out = extract([
      'The Northern Fields Project, funded by Norway and implemented by the HALO Trust, cleared land.',
      'With the support of Canada, the Southern Roads Project opened a road in partnership with MAG.',
      'The Lakes Programme is led by UNDP.',
    ].join(' '));
    expect(out.initiative.map((i) => [i.name, i.leads ?? [], i.participants ?? []])).toEqual([
      ['Lakes Programme', ['actor:undp'], []],
      ['Northern Fields Project', [], ['actor:halo-trust', 'actor:norway']],
      ['Southern Roads Project', [], ['actor:canada', 'actor:mag']],
    ]);
  });

  it('ends a described programme before "led by", whose bodies lead it and keep their whole names', () => {
    const out = extract('The agency is supporting a UN program for humanitarian demining led by the Food and Agriculture Organisation and the World Food Program with CHF10 million.');
    expect(out.initiative.map((i) => [i.name, i.leads ?? []])).toEqual([
      ['UN program for humanitarian demining', ['actor:food-and-agriculture-organisation', 'actor:world-food-program']],
    ]);
    expect(out.actor.map((a) => a.name)).toContain('Food and Agriculture Organisation');
  });
});

describe('owners of described undertakings', () => {
  it('keeps different owners’ programmes apart, also when drafts are merged into data', async () => {
    const { mergeIntoExisting } = await import('../../src/drafts/merge.js');
    const drafts = extract("Kenya's mine action programme grew. Uganda's mine action programme grew. Japan's Comprehensive Package and the Comprehensive Package helped.");
    expect(drafts.initiative.map((i) => i.name)).toEqual(["Japan's Comprehensive Package", "Kenya's mine action programme", "Uganda's mine action programme"]);
    const changes = mergeIntoExisting({}, { actor: drafts.actor, initiative: drafts.initiative, figure: drafts.figure, pillar: drafts.pillar }).changes;
    expect(changes.every((c) => c.kind === 'add')).toBe(true);
  });
});

describe('an amount before the words of an undertaking', () => {
  it('names the undertaking by its own words ("mine action project in Lebanon"); the funder takes part', () => {
    const text = 'The operator has completed a two-year, €2.2 million mine action project in Northland, funded by the Federal Foreign Office of Westland (FFOW).';
    expect(summary(text)).toEqual([['mine action project in Northland', 'project', [], ['actor:federal-foreign-office-of-westland']]]);
    expect(extract(text).figure.map((f) => [f.value, f.unit])).toContainEqual([2200000, 'EUR']);
  });

  it('keeps two such projects of two documents apart', () => {
    const both = extractCorpus([
      doc('a', 'Westland funds a €1 million clearance project in Northland.'),
      doc('b', 'Eastland funds a $2 million clearance project in Northland.'),
    ]).initiative.map((i) => i.sources.map((s) => s.source));
    expect(both).toEqual([['a'], ['b']]);
  });
});

describe('work done with partners, for a stated purpose', () => {
  it('names the work from its modifiers to its purpose; the partners take part', () => {
    expect(summary('Norway launched a pilot project with the Danish Refugee Council and Humanity & Inclusion to provide comprehensive assistance to mine victims.')).toEqual([
      ['pilot project with the Danish Refugee Council and Humanity & Inclusion to provide comprehensive assistance to mine victims', 'project', ['actor:norway'], ['actor:danish-refugee-council', 'actor:humanity-inclusion']],
    ]);
    expect(summary('Westland funds joint projects with UNDP and FAO in the field of humanitarian demining.').map(([name]) => name)).toEqual([
      'joint projects with UNDP and FAO in the field of humanitarian demining',
    ]);
  });

  it('needs both the partners and the purpose', () => {
    expect(summary('The project with UNDP began in May.')).toEqual([]);
    expect(summary('Westland runs three projects with HALO.')).toEqual([]);
  });
});

describe('undertakings in a list of places', () => {
  it('reads a place list that a plural place noun ends, or a list of countries', () => {
    expect(summary('Norway funds a clearance project in Upper, Middle and Lower Dell districts.').map(([name]) => name)).toEqual(['clearance project in Upper, Middle and Lower Dell districts']);
    expect(summary('Norway funds a clearance project in Laos and Cambodia.').map(([name]) => name)).toEqual(['clearance project in Laos and Cambodia']);
    expect(summary('Norway funds a clearance project in Dell and Japan said so.').map(([name]) => name)).toEqual(['clearance project in Dell']);
  });

  it('reads counted projects in a place ("two demining projects in …"), but not counted projects alone', () => {
    expect(summary('Japan will fund two demining projects in Parwan, Kapisa and Nangarhar provinces.').map(([name]) => name)).toEqual(['two demining projects in Parwan, Kapisa and Nangarhar provinces']);
    expect(summary('Japan funded two projects last year.')).toEqual([]);
  });
});

describe('a line that gives a title and then its amount', () => {
  it('"Toward a mine-free Dell Valley: $2 million over 4 years" names the project, and the bullets after it are its parts', () => {
    const text = 'The funding announced today totals $8.3 million.\n\nToward a mine-free Dell Valley: $2 million over 4 years\n\nWith its partner, the project team will clear the valley. Clearing the land will:\n\n- enable resettlement\n- provide access to a reservoir\n- give safe access to schools';
    const out = extract(text);
    expect(out.initiative.map((i) => [i.name, i.kind])).toEqual([['Toward a mine-free Dell Valley', 'project']]);
    expect(out.pillar.map((p) => [p.initiative, p.title])).toEqual([
      ['initiative:toward-a-mine-free-dell-valley', 'Enable resettlement'],
      ['initiative:toward-a-mine-free-dell-valley', 'Provide access to a reservoir'],
      ['initiative:toward-a-mine-free-dell-valley', 'Give safe access to schools'],
    ]);
  });

  it('but a sentence that goes on after the amount is no title', () => {
    expect(summary('Funding for Dell Valley: $2 million was given to the teams in May.')).toEqual([]);
  });
});

describe('an amount for something', () => {
  it('"an additional USD 4 million for a project in Dell" stays the package for it', () => {
    expect(summary('Norway gave an additional USD 4 million for a project in Dell.').map(([name, kind]) => [name, kind])).toEqual([['additional USD 4 million for a project in Dell', 'package']]);
  });
});

describe('names and agreements met in announcements', () => {
  it('reads a proper name before "initiative" at the start of a sentence, with "by <year>" inside', () => {
    expect(summary('The Mine Free Westland by 2028 initiative was presented in the capital.').map((x) => x[0])).toEqual(['Mine Free Westland by 2028 initiative']);
  });

  it('reads an agreement worth an amount, with what it is for and where, its signatories taking part', () => {
    expect(summary('The European Union and Angola signed a financing agreement worth EUR 20 million for demining in Cuando Cubango.')).toEqual([
      ['financing agreement worth EUR 20 million for demining in Cuando Cubango', 'agreement', [], ['actor:angola', 'actor:european-union']],
    ]);
  });
});

describe('a donor-funded undertaking with a two-word donor and its topic', () => {
  it('reads "South Korea-supported project on overcoming …" opening a sentence, whole', () => {
    expect(summary('Demining news\n\nSouth Korea-supported project on overcoming the consequences of post-war bombs and mines was launched in May.').map((x) => [x[0], x[1]])).toEqual([
      ['South Korea-supported project on overcoming the consequences of post-war bombs and mines', 'project'],
    ]);
  });
});

describe('agreements named by their kind in lower case', () => {
  it('reads "the memorandum of understanding (MOU)" and "an exchange of notes", each its document’s own', () => {
    const out = extractCorpus([
      doc('a', 'The operator signed the memorandum of understanding (MOU) with the ministry in Harare.'),
      doc('b', 'The two governments signed an exchange of notes and a memorandum of understanding on the grant.'),
    ]);
    expect(out.initiative.map((i) => [i.name, i.aliases ?? [], i.sources.map((s) => s.source)])).toEqual([
      ['exchange of notes', [], ['b']],
      ['memorandum of understanding', ['MOU'], ['a']],
      ['memorandum of understanding on the grant', [], ['b']],
    ]);
  });

  it('and nothing in "a record of the discussions"', () => {
    expect(summary('The minutes keep a record of the discussions held in May.')).toEqual([]);
  });
});

describe('a role’s portfolio', () => {
  it('is no policy: "Director General Policy, Public Relations and International Affairs"', () => {
    expect(summary('Also present was Brigadier General JC Mupande, Director General Policy, Public Relations and International Affairs.')).toEqual([]);
  });
});

describe('undertakings listed by what each amount is for', () => {
  it('makes each purpose after an amount a project of its own, not a part of one', () => {
    const out = extract('The two projects include over $900,000 for support with mine clearance in Stung Treng province and nearly $900,000 for demining in Banteay Meanchey.');
    expect(out.initiative.map((i) => [i.name, i.kind])).toEqual([
      ['demining in Banteay Meanchey', 'project'],
      ['support with mine clearance in Stung Treng province', 'project'],
    ]);
    expect(out.pillar).toEqual([]);
    expect(out.figure.filter((f) => f.unit === 'USD').map((f) => f.value)).toEqual([900000, 900000]);
  });

  it('needs mine-action work in every purpose, and two of them', () => {
    expect(summary('The two projects include $9,000 for roads in Kampot and $5,000 for schools in Kep.')).toEqual([]);
    expect(summary('The projects include $9,000 for demining in Kampot.').filter((i) => i[1] === 'project')).toEqual([]);
  });
});

describe('an undertaking with joined modifiers', () => {
  it('names a project by modifiers joined with "and" and glossed by an acronym', () => {
    expect(summary('FSD is implementing an improvised explosive device (IED) survey and clearance project in areas of northern Iraq.').map((i) => i[0])).toEqual([
      'improvised explosive device (IED) survey and clearance project',
    ]);
  });

  it('needs mine-action work among the joined modifiers', () => {
    expect(summary('They run a health and education project.')).toEqual([]);
    expect(summary('They run a road (RTE) repair and maintenance project.')).toEqual([]);
  });
});

describe('who signed an agreement, whose name stands beside a description, and where a run project is', () => {
  it('names a memorandum by the parties written as the subject of "signed"', () => {
    expect(summary('Title\n\nIn March, UNIFIL and the Lebanese Army signed a memorandum of understanding (MoU), renewing the partnership.').map((i) => i[0])).toEqual([
      'memorandum of understanding between UNIFIL and the Lebanese Army',
    ]);
    expect(summary('Title\n\nThe two sides signed an agreement.')).toEqual([]);
  });

  it('reads a headline that drops the determiner, after a colon too, and a bare memorandum only with its parties', () => {
    expect(summary('United to win: Croatia and Ukraine sign memorandum to collaborate on demining\n\nThe work begins in May.').map((i) => i[0])).toEqual(['memorandum between Croatia and Ukraine']);
    expect(summary('Title\n\nThe memorandum was welcomed by all.')).toEqual([]);
  });

  it('also names an agreement of two parties by the pair, and no parties cut before "for"', () => {
    const aliases = (text: string) => extractDocument(doc('a', text)).initiative.map((i) => [i.name, i.aliases ?? []]);
    expect(aliases('Title\n\nIn March, UNIFIL and the Lebanese Army signed a memorandum of understanding.')).toEqual([
      ['memorandum of understanding between UNIFIL and the Lebanese Army', ['UNIFIL\u2013Lebanese Army memorandum of understanding']],
    ]);
    expect(summary('Title\n\nThe memorandum was signed between the Center of Excellence for Mine Action and the Lakeland Centre.')).toEqual([]);
  });

  it('reads a partnership between its parties after modifiers ("a long-standing partnership between A and B")', () => {
    expect(summary('Title\n\nThe grant adds to a long-standing partnership between UNMAS and Germany to promote mine action.').map((i) => [i[0], i[3]])).toEqual([
      ['partnership between UNMAS and Germany', ['actor:germany', 'actor:unmas']],
    ]);
  });

  it('reads a second party after "and the" in an agreement with a party, its acronym making a shorter name', () => {
    const out = extractDocument(doc('a', 'Title\n\nLakeland has signed an agreement with Italy and the United Nations Development Programme (UNDP) to support demining.'));
    expect(out.initiative.map((i) => [i.name, i.aliases ?? []])).toEqual([['agreement with Italy and the United Nations Development Programme (UNDP)', ['agreement with Italy and UNDP']]]);
  });

  it('reads the name after a dateline, and keeps one record for name and description', () => {
    expect(summary('Title\n\nRIYADH: Dellwater, a regional project to clear landmines in the valley, removed 80 mines.').map((i) => i[0])).toEqual(['Dellwater']);
  });

  it('keeps the place after "implemented by <body>" as the project’s own', () => {
    expect(summary('Title\n\nWe signed the contract for the humanitarian demining project implemented by DASH in Northern Sri Lanka, made possible by aid.').map((i) => i[0])).toContain(
      'humanitarian demining project implemented by DASH in Northern Sri Lanka',
    );
  });
});

describe('one undertaking under two names of one document, and names that are bodies or members', () => {
  it('joins a title grant written with "mln" to the same grant in the text', () => {
    const text = 'Donors to provide $244 mln to Lakeland to buy special equipment for humanitarian demining\n\nA number of donor countries will provide $244 million to Lakeland for the purchase of special equipment for humanitarian demining, the minister said.\n';
    expect(extract(text).initiative.filter((i) => i.kind === 'package')).toHaveLength(1);
  });

  it('joins "The FSD project" to the project FSD was said to run, and keeps another body’s project apart', () => {
    const text = 'FSD in Iraq\n\nFSD is implementing an improvised explosive device (IED) survey and clearance project in areas of northern Iraq. The FSD project started in October 2015.\n\nSupport came from the UNDP project.\n';
    expect(summary(text).map((i) => i[0])).toEqual(['improvised explosive device (IED) survey and clearance project', 'UNDP project']);
  });

  it('takes "the United Nations Development program" for no programme, nor "Coalition forces" for a coalition', () => {
    expect(summary('Title\n\nHelp came from the United Nations Development program and from Peshmerga and Coalition forces.')).toEqual([]);
  });
});

describe('a description beside a quoted name, and a bare project placed by the country named most', () => {
  it('takes the quoted name after a comma for the description, though the name leaves its "The" out', () => {
    expect(summary('Title\n\nThe ceremony marked the end of the humanitarian mine clearance project, “The Project of Mechanical Demining Activities in Dell” supported by Lakeland.').map((i) => i[0])).toEqual([
      'Project of Mechanical Demining Activities in Dell',
    ]);
  });

  it('places a bare project by the country’s name, not by how the country was written', () => {
    expect(summary('Title\n\nThe Government of Japan funds it. The Government of Japan is a donor. The clearance project began.').map((i) => i[0])).toEqual(['clearance project in Japan']);
  });
});

describe('a name and the same name with its kind noun', () => {
  it('are one undertaking of the document ("Masam" and "the Masam project")', () => {
    const out = extract('Title\n\nRIYADH: Dellwater, a regional project to clear landmines in the valley, removed 80 mines. Lakeland, through the Dellwater project, remains dedicated to clearing mines.');
    expect(out.initiative.map((i) => [i.name, i.aliases ?? []])).toEqual([['Dellwater project', ['Dellwater', 'regional project to clear landmines in the valley']]]);
  });
});

describe('initiatives told apart by their parties', () => {
  it('reads an initiative whose modifier joins two countries ("a joint US-Canadian initiative"), not a bare one', () => {
    expect(summary('Title\n\nThe course was part of a joint US-Canadian initiative.').map((i) => i[0])).toEqual(['joint US-Canadian initiative']);
    expect(summary('Title\n\nA new initiative began.')).toEqual([]);
  });
});

describe('a country’s own programme described in lower case', () => {
  const initiatives = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 }).initiative.map((i) => [i.name, i.aliases ?? []]);

  it('takes modifiers set off by a comma, and is named for the country that has it as an alias', () => {
    expect(initiatives('Border history\n\nArmenia is one of the few countries in the region with a functioning, nationally led mine action programme.')).toEqual([
      ['nationally led mine action programme', ['Armenia mine action programme']],
    ]);
  });

  it('but not for a country that is not the subject', () => {
    expect(initiatives('Border history\n\nThe UN praised Armenia for a nationally led mine action programme.')).toEqual([
      ['nationally led mine action programme', []],
    ]);
  });
});
