/**
 * Round five (issue 10, items 3-5): shapes met in real text from publishers nobody tuned the
 * engine to. Every sentence here is our own, written in the shape of the text that failed.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });
const extract = (text: string) => extractDocument(doc('a', text));
const actorNames = (text: string) => extract(text).actor.map((a) => a.name);
/** Figures by value, largest first. */
const figures = (text: string) =>
  extract(text)
    .figure.map((f) => [f.value ?? [f.min, f.max], f.unit])
    .sort((a, b) => Number(b[0]) - Number(a[0]));

describe('web addresses are not prose', () => {
  it('reads no names and no numbers inside an address', () => {
    const text = 'Details are at https://www.fieldaid.example.org/News/Press-Releases/Item/4471 for readers.\nThe Relief Partners Agency cleared 12 minefields.';
    expect(actorNames(text)).toEqual(['Relief Partners Agency']);
    expect(figures(text)).toEqual([[12, 'count']]);
  });

  it('takes a first line holding only an address as the source, not as the title', () => {
    const text = 'https://www.example.gc.ca/news/2019/clearance-funding.html\nCanada funds clearance in Ukraine\n\nThe minister announced $4.5 million for survey teams in Ukraine and Moldova, and Ukraine thanked her.';
    const out = extract(text);
    expect(out.figure.map((f) => [f.value, f.unit])).toEqual([[4500000, 'CAD']]);
    expect(out.initiative.map((i) => i.name)).not.toContain('https://www.example.gc.ca/news/2019/clearance-funding.html');
  });
});

describe('a page that opens with its breadcrumb trail', () => {
  it('takes the line after the trail as the title, and the project it names claims "this project"', () => {
    const text = 'Home > Where we work > Westland > Projects\n\nSafe Fields for Farmers: Clearance in Upper Dell\n\nWith funding from the Foreign Office, this project will find and destroy cluster munitions in four districts of Upper Dell.\n';
    expect(extract(text).initiative.map((i) => [i.name, i.kind])).toEqual([['Safe Fields for Farmers: Clearance in Upper Dell', 'project']]);
  });

  it('is a trail only with three pieces, or two from the home page', async () => {
    const { isBreadcrumbLine } = await import('../../src/extract/text/breadcrumb.js');
    expect(['Home > Where we work > Laos > Projects', 'News » Press releases » 2024', 'Home / News'].map(isBreadcrumbLine)).toEqual([true, true, true]);
    expect(['Mine Action / Clearance', 'Safe Fields for Farmers: Clearance in Upper Dell', 'Risk > reward, the minister said.'].map(isBreadcrumbLine)).toEqual([false, false, false]);
  });
});

describe('money as other publishers write it', () => {
  it('reads "C$" and "A$" before a number as those dollars', () => {
    expect(figures('Ottawa will give C$7 million and Canberra A$3 million.')).toEqual([[7000000, 'CAD'], [3000000, 'AUD']]);
  });

  it('reads a bare "$" as the US dollar when the text converts a dollar of its own into it', () => {
    expect(figures('New Zealand pledged NZ$12 million ($7.2 million) to the survey. Its earlier grant was $2 million.')).toEqual([
      [12000000, 'NZD'],
      [7200000, 'USD'],
      [2000000, 'USD'],
    ]);
    expect(figures('Canada has given more than C$40 million, or $29 million, since 2015.')).toEqual([[40000000, 'CAD'], [29000000, 'USD']]);
    expect(figures('New Zealand adds NZD $4 million (approximately $2.4 million) to the survey.')).toEqual([[4000000, 'NZD'], [2400000, 'USD']]);
  });

  it('keeps the dollar of who pays when no conversion is written', () => {
    expect(figures('Canada will give $5 million to clearance in Laos.')).toEqual([[5000000, 'CAD']]);
  });

  it('reads thousands grouped by apostrophes and "half a million"', () => {
    expect(figures('The budget is CHF 650’000 in all.')).toEqual([[650000, 'CHF']]);
    expect(figures('The campaign will reach half a million pupils.')).toEqual([[500000, 'count']]);
  });

  it('reads "a quarter of a million" as a quarter of it, not as a million', () => {
    expect(figures('The Netherlands gave 183,500 Euros (approximately a quarter of a million dollars) last year.').sort()).toEqual([[183500, 'EUR'], [250000, 'USD']]);
  });
});

/** Each person's name with the titles of their roles. */
const people = (text: string) =>
  extract(text)
    .actor.filter((a) => a.kind === 'person')
    .map((a) => [a.name, (a.roles ?? []).map((r) => r.title)]);

describe('people and their titles, as other publishers write them', () => {
  it('reads a diplomatic title of two words before a name', () => {
    expect(people('“The work goes on,” said Chargé d’affaires Marta Lindqvist.')).toEqual([['Marta Lindqvist', ["Chargé d'affaires"]]]);
  });

  it('keeps a royal title in the name and reads a style such as "HRH" as no organisation', () => {
    const out = extract('The fund was launched with HRH Princess Amalia in May.');
    expect(out.actor.map((a) => a.name)).toEqual(['Princess Amalia']);
  });

  it('reads an honorific written against the name, and the role in apposition before it', () => {
    expect(people('On Monday, the Director General of NMAA, Eng.Samir Haddad Nouri, visited the site.')).toEqual([['Samir Haddad Nouri', ['Director General']]]);
  });

  it('reads a title that joins two fields with "and", and "Name, said" after it', () => {
    expect(people('Minister for Trade and Pacific Affairs, Helen Ward, said the grant would help.')).toEqual([['Helen Ward', ['Minister for Trade and Pacific Affairs']]]);
    expect(people('The Deputy Minister of Health and Social Security Kofi Mensah attended.')).toEqual([['Kofi Mensah', ['Deputy Minister of Health and Social Security']]]);
  });

  it('reads a role held "to" a country just before the name', () => {
    expect(people('Also present was the UNICEF Special Representative to Chad Amina Diallo.')).toEqual([['Amina Diallo', ['Special Representative']]]);
  });

  it('ends a body\'s name before "and" and a person whose role follows in apposition', () => {
    const out = extract('The grant was signed by the Embassy of Norway and Tomas Berg Lund, Director of the Relief Partners Agency.');
    expect(out.actor.map((a) => a.name).sort()).toEqual(['Embassy of Norway', 'Relief Partners Agency', 'Tomas Berg Lund']);
  });
});

describe('fewer false bodies', () => {
  it('reads a body\'s office in a country as the body, and the role held in it', () => {
    const out = extract('Among the guests was the Country Manager of the FSD Chad Office Pierre Morel.');
    expect(out.actor.map((a) => a.name).sort()).toEqual(['FSD', 'Pierre Morel']);
  });

  it('ends a body\'s name before the verb of a title-case headline', () => {
    expect(extract('Northern Demining Agency Clears 30 Minefields in 2021').actor.map((a) => a.name)).toEqual(['Northern Demining Agency']);
  });

  it('keeps a body whose name ends in a word that can be a verb', () => {
    expect(extract('The Ministry of Labour and EU Funds met the press.').actor.map((a) => a.name)).toEqual(['Ministry of Labour and EU Funds']);
  });
});

describe('undertakings as other publishers write them', () => {
  const initiatives = (text: string) => extract(text).initiative.map((i) => [i.name, i.kind]);

  it('reads a quoted title whose kind noun follows its acronym', () => {
    expect(initiatives('The province will carry out the “Safe Fields for Every Farmer” (SAFE) project until 2027.')).toEqual([['Safe Fields for Every Farmer', 'project']]);
  });

  it('takes a country\'s efforts for its work at large, not for one undertaking', () => {
    expect(initiatives('The grant will support Chad’s demining efforts and Chad\'s efforts to help survivors.')).toEqual([]);
  });
});

describe('bodies that other publishers name together or in lists', () => {
  it('reads "the Ministries of A and B" as two ministries', () => {
    expect(actorNames('Clearance is also done by the Ministries of Agriculture and Transport in Chad.').sort()).toEqual(['Chad', 'Ministry of Agriculture', 'Ministry of Transport']);
  });

  it('reads a name in a list of partner organisations as a body, whatever its last word', () => {
    const out = extract('The team met implementing partners, including the Hill Villages Relief Project (HVRP) and the Delta Trust.');
    expect(out.initiative).toEqual([]);
    expect(out.actor.map((a) => a.name).sort()).toEqual(['Delta Trust', 'Hill Villages Relief Project']);
  });
});

describe('currencies and terms are not actors or undertakings', () => {
  it('reads "US$" and "U.S. dollars" as money, not as the United States acting', () => {
    expect(actorNames('Norway gave US$3 million and 2 million U.S. dollars to the Relief Partners Agency.').sort()).toEqual(['Norway', 'Relief Partners Agency']);
  });

  it('reads "Explosive Ordnance (EO)" as a term, and a financing instrument as an undertaking', () => {
    const out = extract('The grant pays for Explosive Ordnance (EO) clearance under the Instrument for Peace and Recovery.');
    expect(out.initiative.map((i) => [i.name, i.kind])).toEqual([['Instrument for Peace and Recovery', 'fund']]);
  });
});
