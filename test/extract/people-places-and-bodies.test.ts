/** People named after a role held in a body the engine does not know whole, after a place, or after a role word of a trade. */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const people = (text: string) =>
  extractDocument({ id: 'a', text, bodyOffset: 0 }).actor.filter((a) => a.kind === 'person').map((a) => [a.name, a.roles?.[0]?.title]);

describe('a person', () => {
  it('in apposition after a role in a body ending with a country, at the end of the sentence', () => {
    expect(people('The deal was signed by Country Director of World Education Laos, Rebecca Derry.')).toEqual([['Rebecca Derry', 'Country Director of World Education']]);
  });

  it('is not the place before a role: "Upper Dell County Prefect Vladimir Horvat"', () => {
    expect(people('Upper Dell County Prefect Vladimir Horvat said it went well.')).toEqual([['Vladimir Horvat', 'Prefect']]);
  });

  it('holds a role of a trade without it in the name: "Photographer Marco Grob"', () => {
    expect(people('Thanks go to Photographer Marco Grob whose work was shown.')).toEqual([['Marco Grob', 'Photographer']]);
  });
});

describe('a degree after a person\'s name', () => {
  it('is no part of the name ("Ph.D.", "PhD")', () => {
    const people = extractDocument({ id: 'a', text: 'The County Prefect Vladimir Horvat Ph.D., and the Director Ana Kovač PhD visited the site.', bodyOffset: 0 }).actor
      .filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people.sort()).toEqual(['Ana Kovač', 'Vladimir Horvat']);
  });
});

describe('a person shown by an apposition after the name', () => {
  it('an age, after a word naming who the person is: "Survivor Aran Dell, 24, who lost a leg …"', () => {
    expect(people('Survivor Aran Dell, 24, who lost a leg in 2019, spoke about his return to school.').map((p) => p[0])).toEqual(['Aran Dell']);
  });

  it('a fellowship in a byline: "Mira Holst, Senior Fellow, Institute for Border Studies"', () => {
    expect(people('Finishing the Job\n\nMira Holst, Senior Fellow, Institute for Border Studies (Westport)\n\nSUMMARY\n\nThe border was mined.')).toEqual([['Mira Holst', 'Senior Fellow']]);
  });

  it('an age alone: "Aran Dell, 24, who lost a leg in 2019, now works at the clinic"', () => {
    expect(people('Aran Dell, 24, who lost a leg in 2019, now works at the clinic.')).toEqual([['Aran Dell', undefined]]);
  });

  it('but not a number in a list of names: "Articles 5, 7, and 9"', () => {
    expect(people('The States Parties reported under Article Five, 7, and 9 of the Convention.')).toEqual([]);
  });
});

describe('more ways a person is named and shown', () => {
  it('two particles inside a name: "Marieke van der Linden", "Ana de la Cruz"', () => {
    expect(people('Statement by H.E. Ambassador Marieke van der Linden, Permanent Representative of Westland.').map((p) => p[0])).toEqual(['Marieke van der Linden']);
    expect(people('The report was presented by Dr. Ana de la Cruz.').map((p) => p[0])).toEqual(['Ana de la Cruz']);
  });

  it('a verb of telling in the present after a quotation: "…," recalls Nadia Saleh', () => {
    expect(people('"Every visit had an adviser," recalls Nadia Saleh, a quality management officer in Basra.').map((p) => p[0])).toEqual(['Nadia Saleh']);
  });

  it('an age as an adjective in apposition: "For Umm Hassan, a 46-year-old widow"', () => {
    expect(people('For Umm Hassan, a 46-year-old widow from the outskirts of the town, the fields were mined.').map((p) => p[0])).toEqual(['Umm Hassan']);
  });
});

describe('a person shown by a bracketed age or a byline with a place', () => {
  it('"Tinashe Mupfumi (14) and his cousin Blessing Chirwa (11), both of …"', () => {
    expect(people('Tinashe Mupfumi (14) and his cousin Blessing Chirwa (11), both of the village, were grazing cattle.').map((p) => p[0]).sort()).toEqual(['Blessing Chirwa', 'Tinashe Mupfumi']);
  });

  it('"Farai Mutasa in RUSHINGA", a reporter’s line, but not "Teams in KABUL" in a sentence', () => {
    expect(people('Boys hurt in blast\n\nFarai Mutasa in RUSHINGA\n\nTWO boys were injured on Wednesday.').map((p) => p[0])).toEqual(['Farai Mutasa']);
  });
});

describe('a role and its holder run together', () => {
  it('"Minister of Environment Karim Al-Jaberi": the last two of three name-like words are the person', () => {
    expect(people('The funding was discussed with Iraqi Minister of Environment Karim Al-Jaberi, whose ministry oversees the authority.')).toEqual([['Karim Al-Jaberi', 'Minister of Environment']]);
  });

  it('", who has been programme manager for …" is a role in apposition', () => {
    expect(people('We spoke to Khamla Vongsavath, who has been programme manager for the Mines Advisory Group since 2019.')).toEqual([['Khamla Vongsavath', 'programme manager']]);
  });
});
