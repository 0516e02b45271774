import { describe, expect, it } from 'vitest';
import { titleOf } from '../../src/extract/pillars/pillar-items.js';

describe('a pillar title from its item text', () => {
  it('keeps a label before a colon, and a short first clause', () => {
    expect(titleOf('Risk education: sessions in schools and markets of the district.')).toBe('Risk education');
    expect(titleOf('survey of suspected hazardous areas, with the provincial authorities')).toBe('Survey of suspected hazardous areas');
  });

  it('ends a long item’s title before the last word that opens a new phrase, not in the middle of one', () => {
    expect(titleOf('EUR 3.2 million in grants to train and equip national deminers across the three northern provinces.')).toBe('EUR 3.2 million in grants');
    expect(titleOf('Twelve survey teams will mark suspected areas and former firing ranges before the rainy season begins.')).toBe('Twelve survey teams will mark suspected areas');
  });

  it('ends at a joining word, or a later opener, when no phrase opens early; else keeps eight words', () => {
    expect(titleOf('Training provincial coordinators and deminers alike in modern survey methods every year since the programme began.')).toBe('Training provincial coordinators and deminers alike');
    expect(titleOf('Mechanical demining machines replaced manual teams entirely over rough forested terrain near every village road.')).toBe('Mechanical demining machines replaced manual teams entirely');
    expect(titleOf('Quarterly quality management visits checked operators’ cleared land parcels thoroughly each month, province by province.')).toBe('Quarterly quality management visits checked operators’ cleared land');
  });
});

describe('the title of an ordinal item with its subject', () => {
  it('is what the subject is doing: "First, Westland is promoting …" is "Promoting …"', async () => {
    const { extractDocument } = await import('../../src/extract/index.js');
    const text = 'Westland Mine Action Plan\n\nThe plan works in three areas. First, Westland is promoting the normative framework. Second, it is supporting affected states on the ground. Third, Westland is capitalising on innovative approaches.';
    expect(extractDocument({ id: 'a', text, bodyOffset: 0 }).pillar.map((p) => p.title)).toEqual([
      'Promoting the normative framework', 'Supporting affected states on the ground', 'Capitalising on innovative approaches',
    ]);
  });
});

describe('the title of a paragraph opening with an ordinal', () => {
  it('drops the ordinal and the subject that commits or is urged: the part is the deed', () => {
    expect(titleOf('First, the Government of Westland and its partners commit to mark and fence every known hazardous area near schools.')).toBe('Mark and fence every known hazardous area near schools');
    expect(titleOf('Second, donors are urged to close the funding gap so that clearance teams are not stood down.')).toBe('Close the funding gap');
    expect(titleOf('And third, all parties commit to place survivors at the centre of mine action, including by expanding access.')).toBe('Place survivors at the centre of mine action');
  });

  it('keeps a subject that commits to nothing, without its ordinal', () => {
    expect(titleOf('Finally, survey of the border districts.')).toBe('Survey of the border districts');
  });
});
