import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { isPageFurniture } from '../../src/extract/text/layout/page-furniture.js';

const rows = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 }).pillar.map((p) => [p.initiative, p.order, p.term, p.title]);
const titles = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 }).pillar.map((p) => p.title);

describe('sets under a heading, over a page break, on consecutive lines', () => {
  it('reads the sub-headings under a heading naming the set, up to the next heading of its level', () => {
    const doc = [
      '# The Safe Land Project', '', 'The project began in May in the north of the country.', '',
      '## Our priorities', '',
      '### Survey', '', 'Teams visit villages to find hazardous areas.', '',
      '### Clearance', '', 'Deminers clear the land that was found.', '',
      '### Risk education', '', 'Volunteers teach children to stay safe.', '',
      '## Background', '', 'The war left mines in many places.',
    ].join('\n');
    expect(rows(doc)).toEqual([
      ['initiative:safe-land-project', 1, 'priority', 'Survey'],
      ['initiative:safe-land-project', 2, 'priority', 'Clearance'],
      ['initiative:safe-land-project', 3, 'priority', 'Risk education'],
    ]);
  });

  it('without heading levels, takes as many title lines as the heading counts', () => {
    const doc = [
      'The Safe Land Project', '', 'The project began in May in the north of the country.', '', 'Three priorities', '',
      'Survey', '', 'Teams visit villages to find hazardous areas.', '',
      'Clearance', '', 'Deminers clear the land that was found.', '',
      'Risk education', '', 'Volunteers teach children to stay safe.', '',
      'Background', '', 'The war left mines in many places.',
    ].join('\n');
    expect(titles(doc)).toEqual(['Survey', 'Clearance', 'Risk education']);
  });

  it('does not take an article\'s sections for a set: no count, or a plain noun in a sentence ("hazardous areas")', () => {
    expect(titles('# The Safe Land Project\n\n## Our priorities\n\nThe project began in May in the north.\n\n## Background\n\nThe war left mines in many places.\n\n## Contacts\n\nWrite to us.')).toEqual([]);
    expect(titles([
      'The Safe Land Project', '', 'Teams visit villages to find hazardous areas.', '',
      'Clearance', '', 'Deminers clear the land that was found.', '',
      'Background', '', 'The war left mines in many places.', '',
      'Contacts', '', 'Write to the office for more.',
    ].join('\n'))).toEqual([]);
  });

  it('goes on with a list after page furniture, and past an item\'s paragraphs while the count is not reached', () => {
    expect(['12', 'Page 3 of 10', '- 4 -', 'Annual Report 2020 | 12'].map(isPageFurniture)).toEqual([true, true, true, true]);
    expect(['The project began in 2012.', 'Survey'].map(isPageFurniture)).toEqual([false, false]);
    expect(titles('The Safe Land Project has the following objectives:\n\n- Survey of suspected hazardous areas\n- Clearance of confirmed minefields\n\n12\n\n- Risk education in schools\n- Care for survivors'))
      .toEqual(['Survey of suspected hazardous areas', 'Clearance of confirmed minefields', 'Risk education in schools', 'Care for survivors']);
    expect(titles('The Safe Land Project has three components:\n\n- Survey of suspected hazardous areas\n\nTeams visit every village of the district.\n\n- Clearance of confirmed minefields\n\nDeminers work in pairs.\n\n- Risk education in schools'))
      .toEqual(['Survey of suspected hazardous areas', 'Clearance of confirmed minefields', 'Risk education in schools']);
    // without a count, a paragraph ends the list
    expect(titles('The Safe Land Project has the following objectives:\n\n- Survey of suspected hazardous areas\n- Clearance of confirmed minefields\n\nThe project was launched by the minister in May.\n\n- Japan\n- Norway'))
      .toEqual(['Survey of suspected hazardous areas', 'Clearance of confirmed minefields']);
  });

  it('reads labels on consecutive lines of one paragraph', () => {
    expect(rows('The Safe Land Project\n\nGoal 1 – Land surveyed\nGoal 2 – Minefields cleared')).toEqual([
      ['initiative:safe-land-project', 1, 'objective', 'Land surveyed'],
      ['initiative:safe-land-project', 2, 'objective', 'Minefields cleared'],
    ]);
    expect(titles('The Safe Land Project\n\nPillar I: Survey\nPillar II: Clearance\nPillar III: Education')).toEqual(['Survey', 'Clearance', 'Education']);
    expect(titles('The Safe Land Project\n\nRoom 1: Kitchen\nRoom 2: Hall')).toEqual([]);
  });

  it('reads a set whose items carry a parenthesis, and opens a list at the colon after "areas of work"', () => {
    expect(titles('The Safe Land Project has three phases: survey (2021), clearance (2022) and handover (2023).'))
      .toEqual(['Survey (2021)', 'Clearance (2022)', 'Handover (2023)']);
    expect(titles('The Safe Land Project is built around three areas of work: survey, clearance and education.'))
      .toEqual(['Survey', 'Clearance', 'Education']);
  });

  it('gives an ordinal sequence whose intro names no known set word the term component', () => {
    expect(rows('Our approach in the Safe Land Project has three elements. The first is survey. The second is clearance. The third is education.').map((r) => [r[2], r[3]]))
      .toEqual([['component', 'Survey'], ['component', 'Clearance'], ['component', 'Education']]);
  });
});

describe('what an undertaking does, over sentences of one paragraph', () => {
  const doc = (body: string) => `Valley Clearance\n\nDellwater, a regional project to clear landmines in the valley, removed 80 mines in May.\n\n${body}`;

  it('goes on in the next sentence that opens with it and "also", and links to the name beside its description', () => {
    expect(rows(doc('The project trains local deminers and provides them with modern equipment. It also offers support to survivors of accidents.'))).toEqual([
      ['initiative:dellwater', 1, 'component', 'Trains local deminers'],
      ['initiative:dellwater', 2, 'component', 'Provides them with modern equipment'],
      ['initiative:dellwater', 3, 'component', 'Offers support to survivors of accidents'],
    ]);
  });

  it('takes two phrases alone for no set, nor a next sentence without "also" or in another verb form', () => {
    expect(rows(doc('The project trains local deminers and provides them with modern equipment.'))).toEqual([]);
    expect(rows(doc('The project trains local deminers and provides them with equipment. It offers support to survivors.'))).toEqual([]);
    expect(rows(doc('The project trains local deminers and provides them with equipment. It will also offer support to survivors.'))).toEqual([]);
  });
});

describe('a list whose last item is followed by where the work is', () => {
  it('ends before "in" and the places after it', () => {
    expect(titles('Clearance Fund\n\nFour groups will work in partnership to deliver demining efforts, mine risk education and capacity development in Angola, Cambodia, Somalia, South Sudan, Laos, Lebanon and Vietnam.')).toEqual([
      'Demining efforts', 'Mine risk education', 'Capacity development',
    ]);
  });
});
