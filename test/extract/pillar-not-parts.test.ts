/** Lists that are not the parts of an undertaking: examples of armed groups, a page's fields after its objectives, a speech's salutation, conditions, problems, facilities, named projects. */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const pillars = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 }).pillar.map((p) => p.title);

describe('a list that is not the parts of an undertaking', () => {
  it('examples of actors after "including" ("various armed groups, including …")', () => {
    const text = 'Lakeland Demining Programme\n\nThe Lakeland Demining Programme clears land in the north. Due to the presence of various armed groups, including narcotraffickers, organized crime, and guerrillas, governments advise against travel to rural zones.\n';
    expect(pillars(text)).toEqual([]);
  });

  it('ends a run of objectives written as sentences at a field of the page ("Start Date")', () => {
    const text = [
      'Humanitarian Demining in Upper Dell',
      '',
      'Overall Objectives:',
      '',
      'To mitigate the threat of mines in the high impacted communities of Upper Dell.',
      '',
      'Mine clearance to support the national authority in making Lakeland mine impact free by 2030.',
      '',
      'Start Date',
      'Wed, 01/09/2010 - 3:00am',
      '',
      'Intervention Sector(s):',
      'Mines/UXO Clearance',
      '',
    ].join('\n');
    const found = pillars(text);
    expect(found).toHaveLength(2);
    expect(found.some((t) => /start date/i.test(t))).toBe(false);
  });
});

describe('more lists that are not parts (set 6 shapes, in sentences of our own)', () => {
  const page = (body: string) => `# Lakeland Demining Programme\n\nThe Lakeland Demining Programme clears land in the north.\n\n${body}\n`;

  it('paragraphs after a speech\'s salutation', () => {
    expect(pillars(page('Excellencies,\nDear colleagues,\nLadies and Gentlemen:\n\nA warm welcome back to the capital!\n\nThe theme this year is fitting.\n\nIt embeds your work in our reform.'))).toEqual([]);
  });

  it('conditions after "only through", and what is said of "these two" things', () => {
    expect(pillars(page('Success can be guaranteed only through leadership, good governance, coordination and cooperation of the institutions.'))).toEqual([]);
    expect(pillars(page('These two new mine actions are long awaited and represent a turning point.'))).toEqual([]);
  });

  it('examples of problems, and of facilities', () => {
    expect(pillars(page('Some problems, such as the widespread presence of unexploded ordnance, stem from recent conflict and its aftermath.'))).toEqual([]);
    expect(pillars(page('The release of land for basic social services such as schools, hospitals, water, and sanitation will help the economy.'))).toEqual([]);
  });

  it('projects listed by name are initiatives, not parts', () => {
    expect(pillars(page('Since 1999 the centre has run several awareness projects: the National Seminar on Mine Action; Mine Risk Awareness Education in Sa Kaeo Province; and a Regional Seminar for Civil Society.'))).toEqual([]);
  });
});

describe('where a list after a verb starts and ends', () => {
  const page = (body: string) => `# Lakeland Demining Programme\n\nThe Lakeland Demining Programme began in May. ${body}`;

  it('the inner verb\'s list ("include activities focusing on A, B and C"); an acronym before a word is no name; a verb after "and" ends the list', () => {
    expect(pillars(page('The new project will include activities focusing on UXO clearance, risk education and victims\' assistance, and will support the regional office, which will play a key role.')))
      .toEqual(['UXO clearance', 'Risk education', "Victims' assistance"]);
  });
});

describe('an article’s section heading over paragraphs of its story', () => {
  it('is no set, though the heading names a set word ("Delivering on commitments")', () => {
    const text = [
      'Stockpiles destroyed under the Dell Trust Fund project', '',
      'A milestone was reached with the completion of the Dell Trust Fund project to destroy the stockpiles of Lakeland.', '',
      'Delivering on commitments', '',
      'Lakeland acceded to the Ottawa Treaty in September 2003. The Trust Fund project was established in October 2004 to support it. Now completed, the project has destroyed the stockpile.', '',
      'This was the second Trust Fund project to be undertaken in Lakeland. Valued at 1.69 million euro, it was led by Canada and Austria.', '',
    ].join('\n');
    expect(pillars(text)).toEqual([]);
  });

  it('is no set when the verb says how things are ("are limited due to low funds, lack of materials …")', () => {
    expect(pillars('Dell Project\n\nCommunity activities are limited due to low funds, lack of materials and low levels of technical, organizational and managerial skills.')).toEqual([]);
  });
});

describe('a list whose pieces open with a preposition', () => {
  it('is no set: "covering 1,834 sq km area, through surveys and clearance operations"', () => {
    expect(pillars('Dell Clearance Programme\n\nTo date, the programme has released 2,174 hazards covering 834 sq km area, through surveys and clearance operations.')).toEqual([]);
  });
});

describe('what a delivery is made of', () => {
  const sets = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 }).pillar.map((p) => [p.initiative, p.order, p.title]);

  it('is a set of parts, things and all, after "The equipment will include the following:"', () => {
    const text = 'The Westland Safe Fields Project\n\nThe equipment will include the following:\n\n- Ten demining machines\n- 600 metal detectors\n- Protective suits\n';
    expect(sets(text)).toEqual([
      ['initiative:westland-safe-fields-project', 1, 'Ten demining machines'],
      ['initiative:westland-safe-fields-project', 2, '600 metal detectors'],
      ['initiative:westland-safe-fields-project', 3, 'Protective suits'],
    ]);
  });

  it('names its package from the lead-in without its modal verb', () => {
    const names = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 }).initiative.map((r) => r.name);
    expect(names('The Japanese equipment package will include the following:\n\n- Ten demining machines\n- 600 metal detectors\n')).toEqual(['Japanese equipment package']);
    expect(names('The equipment will include the following:\n\n- Ten demining machines\n- 600 metal detectors\n')).toEqual(['equipment']);
  });

  it('is still no set when the lead-in names no delivery: "The teams found:"', () => {
    expect(pillars('The Westland Safe Fields Project\n\nThe teams found the following:\n\n- Ten anti-tank mines\n- 600 rounds of ammunition\n')).toEqual([]);
  });
});

describe('a document\'s title naming a set word', () => {
  it('is its headline, not a heading over the paragraphs that follow', () => {
    const text = [
      'Upper Dell District UXO Activities, Westland',
      '',
      'A clearance company, at the request of the authority, conducted a short response project in Green Hill village.',
      '',
      'The team which consisted of five technicians and a medic destroyed 65 items.',
      '',
      'The village was extremely grateful that someone had finally come.',
      '',
    ].join('\n');
    expect(pillars(text)).toEqual([]);
  });
});

describe('a clause after the undertaking\'s verb', () => {
  it('lists no actions: "It ensures that homes, schools and communities are safe"', () => {
    const text = 'The Westland Mine Action Programme\n\nIt ensures that homes, schools and communities are safe for returning refugees.\n\nIt trains deminers, equips teams and also helps survivors.\n';
    expect(pillars(text)).toEqual(['Trains deminers', 'Equips teams', 'Helps survivors']);
  });
});

describe('a headline with its verb', () => {
  it('names no undertaking for a set to hang on: "Westland donates demining equipment to Northland"', () => {
    const text = 'Westland donates $5.8m worth of demining equipment to Northland, - embassy\n\nIt covers training, equipment for the teams and the deployment of contractors.\n';
    expect(extractDocument({ id: 'a', text, bodyOffset: 0 }).initiative.map((r) => r.name)).toEqual([]);
    expect(pillars(text)).toEqual([]);
  });
});

describe('pieces of a sentence that are no items', () => {
  it('an aside between commas ("and, where necessary, clearance"), and the undertaking\'s name ends before its verb', () => {
    const out = extractDocument({ id: 'a', text: 'Lakeland plans ahead\n\nThe four-year plan for priority rehabilitation of farmland includes the survey and, where necessary, clearance of some 470,000 hectares.\n', bodyOffset: 0 });
    expect(out.pillar.map((p) => p.title)).not.toContain('Where necessary');
    expect(out.initiative.map((i) => i.name)).toContain('four-year plan for priority rehabilitation of farmland');
  });

  it('who said it, and land named by what was done to it ("The main areas cleared of mines were …")', () => {
    expect(pillars('Land cleared in Lakeland\n\nThe main areas cleared of mines were power lines and agricultural farms, Pombo said.\n')).toEqual([]);
  });

  it('the benefits of a piece of work', () => {
    expect(pillars('Lakeland Demining Programme\n\nThe Lakeland Demining Programme has cited numerous benefits of mine clearance, including the ability to cultivate crops, graze livestock, develop infrastructure and access markets.\n')).toEqual([]);
  });
});

describe('sets counted by nouns that name no parts', () => {
  it('the sources of contamination after a colon are not pillars', () => {
    const text = 'Westland Mine Action Programme\n\nWestland’s contamination has three main sources: mines laid along the northern border during the 1990s, minefields placed on the eastern border in 2000, and unexploded ordnance left in the valley by the civil war.\n';
    expect(pillars(text)).toEqual([]);
  });

  it('"Two risks stand out. The first is … The second is …" are risks, not parts', () => {
    const text = 'Westland Mine Action Programme\n\nThe Westland Mine Action Programme aims at completion by 2025. Two risks stand out. The first is funding: without new pledges, the deadline will be missed. The second is access, since parts of the border remain closed.\n';
    expect(pillars(text)).toEqual([]);
  });

  it('but "The plan has two parts. The first is … The second is …" still are', () => {
    const text = 'Westland Mine Action Programme\n\nThe Westland Mine Action Programme has two components. The first is survey of the border districts. The second is clearance of the villages.\n';
    expect(pillars(text).length).toBe(2);
  });
});

describe('lists that report, name the set, or go on past their clause', () => {
  it('key results reported as figures under their labels are figures, not parts', () => {
    const text = 'Westland Mine Action Centre\n\nKey results in 2023:\n- Total area released: 45,081,000 m2, 9.6% more than in 2022\n- Explosive items found and destroyed: 4,264\n- Persons reached by mine risk education: 28,415\n';
    expect(pillars(text)).toEqual([]);
  });

  it('what an enumerating verb names when its first piece counts the set itself ("is built around five strategic goals, each with …")', () => {
    const text = 'Westland Mine Action Strategy 2023–2028\n\nThe strategy is built around five strategic goals, each with its own targets and indicators.\n';
    expect(pillars(text)).toEqual([]);
  });

  it('operators after "…, with a workforce of 1,046 deminers, including:" are bodies, not parts', () => {
    const text = 'Westland Mine Action Strategy 2023–2028\n\nDemining tasks were carried out by 14 organisations accredited by the centre, with a combined workforce of 1,046 deminers, including:\n\n- the Demining Battalion of the Armed Forces;\n- the Civil Protection Administration of the North;\n- Norwegian People\'s Aid (NPA);\n';
    expect(pillars(text)).toEqual([]);
  });

  it('a list ends before a clause of its own ("…, while FSD will lead in the south and provide …")', () => {
    const text = 'Westland Farmland Programme\n\nDRC will focus on the north, combining clearance with risk education in schools, while FSD will lead in the south and provide technical advice on mechanical assets.\n';
    expect(pillars(text)).toEqual([]);
  });
});
