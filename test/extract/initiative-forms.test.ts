import { describe, expect, it } from 'vitest';
import { extractCorpus, extractDocument } from '../../src/extract/index.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });
const names = (text: string) => extractDocument(doc('a', text)).initiative.map((i) => [i.name, i.kind]);
const records = (text: string) => extractDocument(doc('a', text)).initiative;

describe('how far a capitalised name with a head word reaches', () => {
  it('goes back over "in" and "to" to the capitalised words before it', () => {
    expect(names('Lisbon backs the Safe Schools in Borderlands Initiative this year.')).toEqual([['Safe Schools in Borderlands Initiative', 'initiative']]);
    expect(names('The Return to Safe Fields Project began in May.')).toEqual([['Return to Safe Fields Project', 'project']]);
  });

  it('does not take a country before "in" or "to" into the name', () => {
    expect(names('Teams from Norway in Mekong Delta Project areas worked hard.')).toEqual([['Mekong Delta Project', 'project']]);
  });

  it('goes on over a small number and over "in" before words of the domain, not before a place', () => {
    expect(records('Donors pay into the Lakeside Trust Fund for Assistance in Mine Action (LTF) and the Northern Clearance Programme 2 (NCP2).').map((r) => [r.name, r.aliases ?? []])).toEqual([
      ['Lakeside Trust Fund for Assistance in Mine Action', ['LTF']],
      ['Northern Clearance Programme 2', ['NCP2']],
    ]);
    expect(names('The Northern Clearance Programme in Angola grew.')).toEqual([['Northern Clearance Programme', 'programme']]);
  });

  it('names an initiative without the possessive that follows it', () => {
    expect(names("We support the Lakeside Peace Accord's second phase.")).toEqual([['Lakeside Peace Accord', 'agreement']]);
  });
});

describe('proper names before a lower-case head', () => {
  it('reads names with small words or numbers inside, after "the" or an owner', () => {
    expect(names('She leads the Girls in Clearance project and its Fields for Families campaign.')).toEqual([
      ['Fields for Families campaign', 'initiative'],
      ['Girls in Clearance project', 'project'],
    ]);
    expect(names('They joined the Safe Valley 2030 initiative.')).toEqual([['Safe Valley 2030 initiative', 'initiative']]);
  });

  it('leaves an organisation or a country before the head alone', () => {
    expect(names('She visited the Office of Mine Clearance project site.')).toEqual([]);
  });
});

describe('a description followed by its name', () => {
  it('is one initiative, the name', () => {
    expect(names('The EU-funded project "Roads Without Mines" started in 2022.')).toEqual([['Roads Without Mines', 'project']]);
  });
});

describe('treaties of the register', () => {
  it('reads acronyms and short names and joins every form of one treaty', () => {
    const out = extractCorpus([
      doc('a', 'States Parties to the APMBC met in Geneva.'),
      doc('b', 'Kiribati joined the Ottawa Treaty and the Convention on Cluster Munitions (CCM).'),
    ]).initiative.map((r) => [r.name, [...(r.aliases ?? [])].sort(), r.sources.map((s) => s.source)]);
    expect(out).toEqual([
      ['Convention on Cluster Munitions', ['CCM'], ['b']],
      ['Ottawa Treaty', ['APMBC'], ['a', 'b']],
    ]);
  });
});

describe('undertakings of the domain described in lower case', () => {
  it('reads a new one after "a", with its place', () => {
    expect(names('Last year the ministry opened a mine risk education project in Upper Dell.')).toEqual([['mine risk education project in Upper Dell', 'project']]);
  });

  it('joins one after "the" to the initiative of its kind named before it, as a source and not as an alias', () => {
    const out = records('The Valley Clearance Programme started in 2020. The demining programme has cleared two fields.');
    expect(out.map((r) => [r.name, r.aliases ?? []])).toEqual([['Valley Clearance Programme', []]]);
    expect(out[0]!.sources.map((s) => s.quote).join(' ')).toContain('Valley Clearance Programme');
  });

  it('keeps the descriptions of two documents apart', () => {
    const out = extractCorpus([doc('a', 'Farmers praised the demining programme.'), doc('b', 'Teachers praised the demining programme.')]).initiative;
    expect(out.map((r) => r.sources.map((s) => s.source))).toEqual([['a'], ['b']]);
  });
});

describe('generic names and the period a plan is for', () => {
  it('reads the period after "for" and keeps a generic plan to its document', () => {
    const out = extractCorpus([
      doc('a', 'The authority adopted its Strategic Plan for 2024-2028 in May.'),
      doc('b', 'The ministry adopted a Strategic Plan for 2024-2028 too.'),
    ]).initiative.map((r) => [r.name, r.sources.map((s) => s.source)]);
    expect(out).toEqual([
      ['Strategic Plan for 2024-2028', ['a']],
      ['Strategic Plan for 2024-2028', ['b']],
    ]);
  });

  it('keeps a short generic name with the longer name it begins in its document', () => {
    const out = extractCorpus([doc('a', 'The Mine Action Programme of the Lakes Region grew. The Mine Action Programme hired staff.')]).initiative;
    expect(out.map((r) => [r.name, r.aliases ?? []])).toEqual([['Mine Action Programme of the Lakes Region', ['Mine Action Programme']]]);
  });
});

describe('an owner before a proper name and a lower-case head', () => {
  it('reads "our Weapons Destruction program" and a name given after a comma', () => {
    expect(names('Since 2015 our Weapons Destruction program has worked here.')).toEqual([['Weapons Destruction program', 'programme']]);
    expect(names('Under its national strategy, "Safe Homes First", the ministry clears farmland.')).toEqual([['Safe Homes First', 'policy']]);
  });
});

describe('amounts that size an undertaking', () => {
  it('reads "a five-year, USD 20 million programme" with what it is for, and who funds it', () => {
    const out = records('A five-year, USD 20 million programme funded by Norway will clear farmland. They began a $4 million project to clear roads in Upper Dell.');
    expect(out.map((r) => [r.name, r.kind, r.participants ?? []])).toEqual([
      ['$4 million project to clear roads in Upper Dell', 'project', []],
      ['five-year, USD 20 million programme', 'programme', ['actor:norway']],
    ]);
  });
});

describe('a document named only by its title', () => {
  it('takes the title as the project when the body speaks of "the project" before naming one', () => {
    const out = records('Safe Roads for the Lake Districts\n\nThe project clears roads between villages. It began in 2021.');
    expect(out.map((r) => [r.name, r.kind, r.sources[0]!.quote])).toEqual([['Safe Roads for the Lake Districts', 'project', 'Safe Roads for the Lake Districts']]);
  });

  it('leaves a headline with a verb, and a title when the body names its project, alone', () => {
    expect(names('Norway Clears Roads in the Lake Districts\n\nThe project began in 2021.')).toEqual([]);
    expect(names('Safe Roads for the Lake Districts\n\nThe Lake Roads Project began in 2021. The project clears roads.')).toEqual([['Lake Roads Project', 'project']]);
  });
});

describe("an owner's mine-action programme", () => {
  it('reads any mine-action words before the noun, and leaves a lower-case owner out of the name', () => {
    expect(names("Kiribati's explosive ordnance risk education programme reached schools.")).toEqual([
      ["Kiribati's explosive ordnance risk education programme", 'programme'],
    ]);
    expect(names("The country's demining programme grew.")).toEqual([['demining programme', 'programme']]);
  });
});

describe('titles whatever their last word', () => {
  it('reads a quoted title after a launching word, but not a report or a speech', () => {
    expect(names('In 2019 the ministry launched “Safe Ground for Every Child” in six provinces.')).toEqual([['Safe Ground for Every Child', 'initiative']]);
    expect(names('Under “Operation Clean Valley”, engineers cleared 40 fields.')).toEqual([['Operation Clean Valley', 'initiative']]);
    expect(names('They launched the report “Landmine Impact in the North” in May.')).toEqual([]);
    expect(names('“We are proud of our deminers,” said the director.')).toEqual([]);
  });

  it('reads a capitalised name after a lower-case initiative noun, not an organisation or a country', () => {
    expect(names('Teachers joined the programme Safe Schools Together last spring.')).toEqual([['Safe Schools Together', 'programme']]);
    expect(names('The project Mines Advisory Group runs is small. The project Upper Dell Province began.')).toEqual([]);
  });
});

describe('agreements and partnerships with a party', () => {
  it('reads "an agreement with X" and "a memorandum of understanding with X", the party taking part', () => {
    const out = records('In May the ministry signed a memorandum of understanding with Mines Advisory Group and a new partnership with Japan.');
    expect(out.map((r) => [r.name, r.kind, r.participants ?? []])).toEqual([
      ['memorandum of understanding with Mines Advisory Group', 'agreement', ['actor:mines-advisory-group']],
      ['partnership with Japan', 'partnership', ['actor:japan']],
    ]);
  });

  it('joins an agreement the title named, and stops before an amount', () => {
    const out = records('Clearance agreement with the Lakes Union for Dell\n\nNPA signed an agreement with the Lakes Union for EUR 1 million in May.');
    expect(out.map((r) => [r.name, r.aliases ?? []])).toEqual([['Clearance agreement with the Lakes Union for Dell', []]]);
  });
});

describe('an agreement described after another agreement named in the body', () => {
  it('stays apart from it', () => {
    const out = records('The Lakeside Accord was signed in 1998. In 2020 Dell signed an agreement with the Lakes Union.');
    expect(out.map((r) => r.name)).toEqual(['agreement with the Lakes Union', 'Lakeside Accord']);
  });
});

describe('bodies set up jointly', () => {
  it('reads a binational unit as a partnership, takes an acronym given with a note, and joins a shortened name', () => {
    const out = records('The two states created the Binational Lake Clearance Unit (BLCU, per its local acronym). The Binational Clearance Unit works on the shore.');
    expect(out.map((r) => [r.name, r.kind, r.aliases ?? []])).toEqual([['Binational Lake Clearance Unit', 'partnership', ['BLCU', 'Binational Clearance Unit']]]);
  });

  it('keeps the unit an organisation too', () => {
    const actors = extractDocument(doc('a', 'The two states created the Binational Lake Clearance Unit in 1999.')).actor.map((a) => a.name);
    expect(actors).toContain('Binational Lake Clearance Unit');
  });
});

describe('quoted names with a phase, and mine-action days', () => {
  it('keeps "(Phase 4)" whole and drops an opening "The"', () => {
    expect(names('Dell and Lakes signed grant aid for "The Project for Better Equipment for Clearance Teams (Phase 4)" in May.')).toEqual([
      ['Project for Better Equipment for Clearance Teams (Phase 4)', 'project'],
    ]);
  });

  it('reads a national mine-action day, not any day', () => {
    expect(names('Dell marked National Mine Awareness Day on 24 February. National Heroes Day is in June.')).toEqual([['National Mine Awareness Day', 'day']]);
  });
});

describe('who takes part', () => {
  it('reads "with funding from X" and "with financial support from X"', () => {
    const out = records('The Lake Roads Project, implemented by Mines Advisory Group with funding from Norway, cleared 20 fields. The Hill Paths Project runs with financial support from Japan.');
    expect(out.map((r) => [r.name, r.participants ?? []])).toEqual([
      ['Hill Paths Project', ['actor:japan']],
      ['Lake Roads Project', ['actor:mines-advisory-group', 'actor:norway']],
    ]);
  });
});

describe('the main initiative of a document named by its title', () => {
  it('is the title the body calls "the project", and its sets hang on it', () => {
    const out = extractDocument(doc('a', 'Safe Roads for the Lake Districts\n\nThe project clears roads between villages.\n\nIts work has three pillars: survey of roads, clearance of verges, and teaching drivers about risk.'));
    expect(out.initiative.map((i) => i.name)).toEqual(['Safe Roads for the Lake Districts']);
    expect(out.pillar.map((p) => p.initiative)).toEqual(['initiative:safe-roads-for-the-lake-districts', 'initiative:safe-roads-for-the-lake-districts', 'initiative:safe-roads-for-the-lake-districts']);
  });
});

describe('names given by the words around them', () => {
  const found = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 }).initiative.map((r) => [r.name, r.kind, r.participants ?? []]);

  it('reads a long quoted title after "the Project for"', () => {
    expect(found('The ceremony concerned the Project for “Explosive Remnants of War and Mine Clearance in the Area of the Northern Boundary Line with the Upper Dell Region”.')).toEqual([
      ['Explosive Remnants of War and Mine Clearance in the Area of the Northern Boundary Line with the Upper Dell Region', 'project', []],
    ]);
  });

  it('reads "known as X", "called X" after a scheme, and "we call this approach X", without the year after the title', () => {
    expect(found('The programme, known as Safe Fields for Families, started in May.')).toEqual([['Safe Fields for Families', 'programme', []]]);
    expect(found('The government launched a scheme called Clear Ground Now in 2020.')).toEqual([['Clear Ground Now', 'programme', []]]);
    expect(found('We call this approach Safer Communities.')).toEqual([['Safer Communities', 'policy', []]]);
    expect(found('The village is known as Green Hill.')).toEqual([]);
  });

  it('takes the parties of a contract "concluded on <date> between A and B", who name it too', () => {
    expect(found('The Grant Contract of the project was concluded on March 2, 2017, between the Embassy of Japan and HALO Trust.')).toEqual([
      ['Grant Contract between the Embassy of Japan and HALO Trust', 'agreement', ['actor:embassy-of-japan', 'actor:halo-trust']],
    ]);
  });

  it('reads an owner\'s head word with its period: "as part of its Strategy 2019-2022", and keeps it to its document', () => {
    expect(found('The centre, as part of its Strategy 2019-2022, is committed to reducing risks.')).toEqual([['Strategy 2019-2022', 'policy', []]]);
    expect(found('The Authority and its Strategy were praised.')).toEqual([]);
    const two = extractCorpus([doc('a', 'UNMAS launched its Strategy 2023-2025.'), doc('b', 'The centre adopted its Strategy 2023-2025.')]);
    expect(two.initiative).toHaveLength(2);
  });

  it('ends a name before a role after "and": "the Conference on Disarmament and Personal Representative of …"', () => {
    const text = 'Mr. Michael Moller, Secretary-General of the Conference on Disarmament and Personal Representative of the United Nations Secretary-General, spoke.';
    expect(found(text)).toEqual([]);
  });
});
