/** Lists that are not the parts of an undertaking: examples of armed groups, a page's fields after its objectives. */
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
