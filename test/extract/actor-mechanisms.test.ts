import { describe, expect, it } from 'vitest';
import { extractCorpus, extractDocument } from '../../src/extract/index.js';
import { registerEntries } from '../../src/extract/lexicon/register.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });
const names = (text: string) => extractDocument(doc('a', text)).actor.map((a) => [a.name, a.kind]);

describe('the register of well-known bodies', () => {
  it('splits two registered names joined by "and" and keeps a registered acronym without other evidence', () => {
    expect(names('Deminers of the HALO Trust and Humanity and Inclusion arrived; MAG cleared the road.')).toEqual([
      ['HALO Trust', 'organisation'],
      ['Humanity and Inclusion', 'organisation'],
      ['MAG', 'organisation'],
    ]);
  });

  it('joins the acronym and the long name of one body across documents', () => {
    const out = extractCorpus([
      doc('a', 'The United Nations Mine Action Service trains surveyors.'),
      doc('b', 'Surveyors trained by UNMAS started work in the north.'),
    ]);
    expect(out.actor.map((a) => [a.name, a.aliases, a.sources.map((s) => s.source)])).toEqual([
      ['United Nations Mine Action Service', ['UNMAS'], ['a', 'b']],
    ]);
  });

  it('never reads a treaty of the register as an actor', () => {
    expect(names('Many signed the Ottawa Treaty after APOPO spoke.')).toEqual([['APOPO', 'organisation']]);
  });

  it('is data: every entry has a name, a kind and aliases', () => {
    const entries = registerEntries();
    expect(entries.length).toBeGreaterThan(30);
    for (const e of entries) {
      expect(e.name.length).toBeGreaterThan(1);
      expect(['organisation', 'treaty', 'meeting', 'standard']).toContain(e.kind);
      expect(Array.isArray(e.aliases)).toBe(true);
    }
  });
});

describe('fewer false actors', () => {
  it('reads military ranks as titles, not names, and stops an organisation at a title', () => {
    expect(names('Lt. Gen. Marco Pellino, Director of the Demining Office, met Gregor Ulm.')).toEqual([
      ['Demining Office', 'organisation'],
      ['Marco Pellino', 'person'],
    ]);
    const out = extractDocument(doc('a', 'The speech of Deputy minister of the Ministry of Health Mr Ivo Brandt was short.'));
    expect(out.actor.map((a) => a.name)).toEqual(['Ivo Brandt', 'Ministry of Health']);
    const army = extractDocument(doc('a', 'The teams were led by Kenyan Army Lieutenant Colonel Amos Kariuki, commander of the unit.'));
    expect(army.actor.map((a) => [a.name, a.kind])).toEqual([['Amos Kariuki', 'person'], ['Kenyan Army', 'organisation']]);
  });

  it('takes funds for undertakings, not organisations, and an acronym with "Office" for the body itself', () => {
    expect(names('Money came from the Regional Demining Trust Fund. A briefing was held at VMAC Office.')).toEqual([['VMAC', 'organisation']]);
  });

  it('does not take a term defined by its acronym for an organisation', () => {
    expect(names('Teams removed Explosive Remnants of War (ERW) near the river.')).toEqual([]);
  });

  it('does not take the acronym of a named programme for an organisation', () => {
    const out = extractDocument(doc('a', 'The Mine Action Programme of Kenya started in 2001. MAPK has grown since.'));
    expect(out.actor.map((a) => a.name)).toEqual([]);
  });

  it('reads a formal state name as its country', () => {
    expect(names('The ambassador of the Republic of Croatia and the Swiss Confederation signed.').map((n) => n[0])).toEqual(['Croatia', 'Switzerland']);
  });
});

describe('people with their role in either order', () => {
  it('reads a role held in a body before the name, and a role after "the"', () => {
    const out = extractDocument(doc('a', [
      'The meeting opened with director of KMAC Petra Novak, Ambassador of the Kingdom of Norway to the Republic of Kenya Lars Holm, and Ivan Maric the State Secretary of the Ministry of Health.',
    ].join(' ')));
    const roles = Object.fromEntries(out.actor.filter((a) => a.kind === 'person').map((a) => [a.name, a.roles?.map((r) => [r.title, r.organisation])]));
    expect(roles).toEqual({
      'Petra Novak': [['director', 'actor:kmac']],
      'Lars Holm': [['Ambassador', 'actor:norway']],
      'Ivan Maric': [['State Secretary', 'actor:ministry-of-health']],
    });
  });

  it('reads the person a statement is attributed to', () => {
    expect(names('According to Ruth Amara, the road is safe now.')).toEqual([['Ruth Amara', 'person']]);
  });

  it('reads the person of a byline', () => {
    const out = extractDocument(doc('a', 'Clearance resumes in the valley\n\nBy Joanna Welk\n\nTeams went back to work on Monday.'));
    expect(out.actor.map((a) => [a.name, a.kind])).toEqual([['Joanna Welk', 'person']]);
  });
});

describe('public and collective bodies', () => {
  it('reads a country\'s forces, provincial governments and local authorities written in lower case', () => {
    const out = extractDocument(doc('a', 'Kenyan security forces helped. The government of Turkana County and local authorities of Lodwar District agreed, as did the government of Uganda.'));
    expect(out.actor.map((a) => [a.name, a.kind, a.aliases ?? []])).toEqual([
      ['government of Turkana County', 'organisation', []],
      ['Kenyan security forces', 'organisation', []],
      ['local authorities of Lodwar District', 'organisation', []],
      ['Uganda', 'country', ['government of Uganda']],
    ]);
  });

  it('reads States Parties and Congress as actors, not a State Party or a building', () => {
    expect(names('The States Parties agreed, and Congress approved funds. Each State Party reported.')).toEqual([
      ['Congress', 'organisation'],
      ['States Parties', 'organisation'],
    ]);
  });
});

describe('names written in more ways', () => {
  it('keeps a middle initial inside a name and reads hyphenated titles', () => {
    const out = extractDocument(doc('a', 'Secretary of State Mary K. Olsen met Ambassador-at-Large Tomas Berg. Olsen spoke.'));
    expect(out.actor.map((a) => [a.name, a.aliases ?? [], a.roles?.map((r) => r.title)])).toEqual([
      ['Mary K. Olsen', ['Olsen'], ['Secretary of State']],
      ['Tomas Berg', [], ['Ambassador-at-Large']],
    ]);
  });

  it('reads an acronym before the name it spells, and a mixed-case acronym the text defines', () => {
    const out = extractDocument(doc('a', 'GWR (Golden West Relief) met the Danish Agency for Rural Technology (DanART). DanART pays; GWR trains.'));
    expect(out.actor.map((a) => [a.name, a.aliases])).toEqual([
      ['Danish Agency for Rural Technology', ['DanART']],
      ['Golden West Relief', ['GWR']],
    ]);
  });
});

describe('names that a date or a term of the work ends', () => {
  it('ends a body before "on" and a month or a weekday', () => {
    const bodies = (text: string) => extractDocument({ id: 'a', text: `Title\n\n${text}`, bodyOffset: 0 }).actor.map((a) => a.name);
    expect(bodies('An amendment was signed at the Ministry of Foreign Affairs on May 5, 2014.')).toEqual(['Ministry of Foreign Affairs']);
    expect(bodies('The Committee on Mine Action met.')).toEqual(['Committee on Mine Action']);
  });

  it('takes no person whose name holds a term of the work ("Expat EOD")', () => {
    const people = (text: string) => extractDocument({ id: 'a', text: `Title\n\n${text}`, bodyOffset: 0 }).actor.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people('The team includes 1 x Expat EOD Technical Field Manager.')).toEqual([]);
    expect(people('The team includes Anna Lind, Technical Field Manager.')).toEqual(['Anna Lind']);
  });
});

describe('a plural possessive inside a body’s name', () => {
  it('keeps the apostrophe’s word in the name ("Karenni Health Workers’ Organization")', () => {
    const bodies = (text: string) => extractDocument({ id: 'a', text: `Title\n\n${text}`, bodyOffset: 0 }).actor.filter((a) => a.kind === 'organisation').map((a) => a.name);
    expect(bodies('We worked with the Karenni Health Workers’ Organization (KnHWO) to help survivors.')).toEqual(["Karenni Health Workers' Organization"]);
    expect(bodies('The Mine Victims’ Association met in May.')).toEqual(["Mine Victims' Association"]);
  });
});

describe('an armed group named before its noun', () => {
  it('is an organisation ("the Iran-backed Houthi militia", "Maoist rebels"), the noun alone none', () => {
    const bodies = (text: string) => extractDocument({ id: 'a', text: `Title\n\n${text}`, bodyOffset: 0 }).actor.filter((a) => a.kind === 'organisation').map((a) => a.name);
    expect(bodies('The teams removed mines planted by the Iran-backed Houthi militia.')).toEqual(['Houthi militia']);
    expect(bodies('The militia left.')).toEqual([]);
  });
});

describe('a country’s forces after its name, a two-word demonym or a possessive', () => {
  const actors = (text: string) => extractDocument({ id: 'a', text: `Title\n\n${text}`, bodyOffset: 0 }).actor.map((a) => [a.name, a.kind]);

  it('is one organisation, not the country ("the New Zealand army", "the Sri Lankan army", "Chile’s Armed Forces")', () => {
    expect(actors('He served twenty years in the New Zealand army.')).toEqual([['New Zealand army', 'organisation']]);
    expect(actors('The minister said the Sri Lankan army would help.')).toEqual([['Sri Lankan army', 'organisation']]);
    expect(actors('We thank Chile’s Armed Forces for their work.')).toEqual([["Chile's Armed Forces", 'organisation']]);
  });

  it('reads "military" as a body before a verb, as an adjective before a noun', () => {
    expect(actors('The Ukrainian military cleared the road.')).toEqual([['Ukrainian military', 'organisation']]);
    expect(actors('Ukrainian military personnel cleared the road.').map((a) => a[0])).not.toContain('Ukrainian military');
  });
});

describe('acronyms of the work and of wars', () => {
  it('are no bodies ("the MSA areas", "remnants of WWII")', () => {
    const actors = (text: string) => extractDocument({ id: 'a', text: `Title\n\n${text}`, bodyOffset: 0 }).actor.map((a) => a.name);
    expect(actors('Through the programme the MSA areas were reduced. The survey covers the explosive remnants of WWII in the islands.')).toEqual([]);
  });
});

describe('a name in capitals after an honorific', () => {
  it('is a person, shown in title case ("Mr. MASAFUMI KUROKI"), not acronyms', () => {
    const actors = (text: string) => extractDocument({ id: 'a', text: `Title\n\n${text}`, bodyOffset: 0 }).actor.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(actors('Your Excellency Mr. MASAFUMI KUROKI, Ambassador of Japan, welcomed us.')).toEqual(['Masafumi Kuroki']);
    expect(actors('We thank H.E. ALAN SMITH for his support.')).toEqual(['Alan Smith']);
    expect(actors('Mr. UXO clearance went on.')).toEqual([]);
  });
});
