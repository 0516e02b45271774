/** A project named only by its work is told apart by where it is: the place the title ends with, else the document's country. */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const names = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 }).initiative.map((r) => r.name);

describe('a project named by its work alone', () => {
  it('takes the place its document title ends with', () => {
    const text = 'Lakeland pledges $8 million for explosives clearance in Upper Dell province\n\nThe clearance project has already begun and is scheduled to last until mid-2022.\n';
    expect(names(text)).toContain('clearance project in Upper Dell province');
  });

  it('takes the country the document names most when the title names no place', () => {
    const text = 'Teams return to the field\n\nCambodia thanked its donors. The demining project has already begun in the north of Cambodia, the ministry said.\n';
    expect(names(text)).toContain('demining project in Cambodia');
  });

  it('is left as it is when its reach is wider than one place, or when it has a name of its own', () => {
    const text = 'Donors meet in Cambodia\n\nCambodia thanked the global mine action programme. The Safe Fields project has begun.\n';
    const found = names(text);
    expect(found).toContain('global mine action programme');
    expect(found.some((n) => n.startsWith('Safe Fields') && n.includes(' in '))).toBe(false);
  });

  it('is told apart by its owner when it has one: "its mine clearance program", "Peru\'s demining project"', () => {
    expect(names('Mines in Peru\n\nPeru was the third state to conclude its mine clearance program.\n')).toEqual(['mine clearance program']);
  });
});
