import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { cleanText } from '../../src/extract/text/layout/markup.js';
import { segment } from '../../src/extract/text/layout/sentences.js';

const rows = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 }).pillar.map((p) => [p.initiative, p.order, p.term, p.title]);
const kinds = (text: string) => segment(cleanText(text)).blocks.map((b) => [b.kind, b.marker ?? '']);

describe('upper-case letter and Roman markers', () => {
  it('makes "A." / "B." and "II." lines items only when the list goes on', () => {
    expect(kinds('A. First part\nB. Second part')).toEqual([['item', 'A.'], ['item', 'B.']]);
    expect(kinds('(I) One\n\nText under it.\n\n(II) Two')).toEqual([['item', '(I)'], ['para', ''], ['item', '(II)']]);
    expect(kinds('A. Smith said the work was going well.')).toEqual([['para', '']]);
    expect(kinds('A. The first part is done.\nC. The third part is not.')).toEqual([['para', '']]);
  });

  it('reads lettered and Roman-numbered lists as sets', () => {
    expect(rows('The Safe Land Project has three components:\n\nA. Survey of suspected hazardous areas\nB. Clearance of confirmed minefields\nC. Risk education in schools')).toEqual([
      ['initiative:safe-land-project', 1, 'component', 'Survey of suspected hazardous areas'],
      ['initiative:safe-land-project', 2, 'component', 'Clearance of confirmed minefields'],
      ['initiative:safe-land-project', 3, 'component', 'Risk education in schools'],
    ]);
    expect(rows('The Safe Land Project\n\nThe project works in three areas:\n\nI. Survey of suspected hazardous areas\nII. Clearance of confirmed minefields\nIII. Risk education in schools').map((r) => r[3]))
      .toEqual(['Survey of suspected hazardous areas', 'Clearance of confirmed minefields', 'Risk education in schools']);
    expect(rows('The Safe Land Project focuses on:\n\n(A) survey of suspected areas;\n(B) clearance of minefields; and\n(C) risk education.').map((r) => r[3]))
      .toEqual(['Survey of suspected areas', 'Clearance of minefields', 'Risk education']);
  });

  it('does not read a report\'s numbered sections as a set', () => {
    expect(rows([
      'The Safe Land Project', '',
      'I. Introduction', '', 'This report describes the work done in the year and what is planned next for the teams in the field.', '',
      'II. Background', '', 'The country has been contaminated since the war, and the survey found many hazardous areas in the north.', '',
      'III. Findings', '', 'Teams cleared a large area of land and handed it back to the farmers who had waited for years.',
    ].join('\n'))).toEqual([]);
  });
});
