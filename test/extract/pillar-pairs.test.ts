import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const titles = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 }).pillar.map((p) => p.title);
const page = (sentence: string) => `# Northern Clearance Project\n\nThe Northern Clearance Project began in May. ${sentence}`;

/** Sets of two after a verb of work, and the lists "help X with" opens: in sentences of our own. */
describe('two pieces of work after a verb', () => {
  it('are a set when each names a piece of work', () => {
    expect(titles(page('The additional funding will support explosives clearance and additional community education in risky areas.')))
      .toEqual(['Explosives clearance', 'Additional community education in risky areas']);
  });

  it('a preposition said again opens the second item and is not part of it', () => {
    expect(titles(page('The project will focus primarily on the development of national mine action strategies and on the improvement of information management.')))
      .toEqual(['Development of national mine action strategies', 'Improvement of information management']);
  });

  it('end where a quotation opens after a comma', () => {
    expect(titles(page('The funding will support explosives clearance and community education, “enabling the safe return of displaced people as well as reconstruction,” it said.')))
      .toEqual(['Explosives clearance', 'Community education']);
  });

  it('two things or people, a purpose running on, or one noun shared are no set', () => {
    expect(titles(page('The project will support deminers and medics in the field.'))).toEqual([]);
    expect(titles(page('The teams will support the Government and the provinces.'))).toEqual([]);
    expect(titles(page('The teams will be providing risk education to enable people to stay safe and report explosive risks.'))).toEqual([]);
    expect(titles(page('The project will support enabling humanitarian and stabilization interventions.'))).toEqual([]);
  });
});

describe('"help X with A, B and C"', () => {
  it('lists what the helper will do', () => {
    expect(titles(page('Under the agreement the OAS will help Chile with the elimination of stockpiles, acquisition of special equipment and obtaining international financial support for clearance operations.')))
      .toEqual(['Elimination of stockpiles', 'Acquisition of special equipment', 'Obtaining international financial support for clearance operations']);
  });

  it('not when something else than the one helped stands before "with"', () => {
    expect(titles(page('The OAS will help to finance the work in Chile with Canada, Norway and Japan.'))).toEqual([]);
  });
});

describe('"provide X with access to A, B and C" and "programmes in A, B and C"', () => {
  it('list what is provided', () => {
    expect(titles(page('It was set up to provide for civilians affected by accidents in the north with access to medical care, assistive devices, per diem assistance for families, and help with funeral costs.')))
      .toEqual(['Medical care', 'Assistive devices', 'Per diem assistance for families', 'Help with funeral costs']);
  });

  it('list the fields of programmes, but not places', () => {
    expect(titles(page('It works through programmes in education, health, mine action, and economic development.')))
      .toEqual(['Education', 'Health', 'Mine action', 'Economic development']);
    expect(titles(page('It runs programmes in Angola, Cambodia and Laos.'))).toEqual([]);
  });
});

describe('verb phrases and lists of work (set 6 shapes, in sentences of our own)', () => {
  it('"It trains A, equips B and also helps C"', () => {
    expect(titles(page('It trains local demining engineers, equips them with modern equipment and also helps mine victims.')))
      .toEqual(['Trains local demining engineers', 'Equips them with modern equipment', 'Helps mine victims']);
  });

  it('an apposition between the undertaking and its verb, and two longer phrases in four', () => {
    expect(titles('# Lakeland Roads Project\n\nThe 5-year project, expected to begin in 2016, aims to improve management capacity of the Lakeland National Mine Action Center (LNMAC), clear bombs and mines on an area of 8,000 ha in the two northern provinces, raise public awareness of the danger of mines, and help victims reintegrate into the community.'))
      .toHaveLength(4);
  });

  it('"to carry out A, B, C and D"; capitalised work beside lower-case work', () => {
    expect(titles(page('The donor will give the centre USD 2 million to carry out project management and finance, demining and bomb disposal, supporting survivors, and educating people about mines.')))
      .toEqual(['Project management and finance', 'Demining and bomb disposal', 'Supporting survivors', 'Educating people about mines']);
    expect(titles(page('It works in four districts through clearance, survey, Risk Education (RE) and Victim Assistance (VA).')))
      .toEqual(['Clearance', 'Survey', 'Risk Education (RE)', 'Victim Assistance (VA)']);
  });

  it('a capitalised name beside lower-case work is no part', () => {
    expect(titles(page('Japan will continue to support Lakeland and LMAC\'s landmine and UXO clearance efforts, ensuring safety for the people and supporting the economy.'))).toEqual([]);
  });
});

describe('what an undertaking aims at and what it does', () => {
  it('are two sets: objectives after "aims to", components after "will"', () => {
    const out = extractDocument({ id: 'a', text: '# Lakeland Roads Project\n\nThe Lakeland Roads Project aims to improve road safety, clear the verges and teach drivers about mines. The Lakeland Roads Project will survey the roads, mark the hazards and train local deminers.', bodyOffset: 0 }).pillar;
    expect(out.map((p) => [p.term, p.order, p.title]).sort()).toEqual([
      ['component', 1, 'Survey the roads'], ['component', 2, 'Mark the hazards'], ['component', 3, 'Train local deminers'],
      ['objective', 1, 'Improve road safety'], ['objective', 2, 'Clear the verges'], ['objective', 3, 'Teach drivers about mines'],
    ]);
  });
});
