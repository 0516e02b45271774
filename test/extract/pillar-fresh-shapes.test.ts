import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const pillars = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 }).pillar;
const titles = (text: string) => pillars(text).map((p) => p.title);

/** Shapes met on real pages of publishers the engine was not tuned to, in sentences of our own. */
describe('a page saved from the web', () => {
  it('opens with its address: the title is the line after it', () => {
    const text = 'https://example.org/news/2024/river-valley\n\nRiver Valley Demining\n\nThe work has four parts:\n\n- Survey\n- Clearance\n- Risk education\n- Handover';
    const found = pillars(text);
    expect(found.map((p) => p.title)).toEqual(['Survey', 'Clearance', 'Risk education', 'Handover']);
    expect(new Set(found.map((p) => p.initiative))).toEqual(new Set(['initiative:river-valley-demining']));
  });

  it('opens with "Source:" and an address', () => {
    const text = 'Source: www.example.org/hill-roads\n\n# Hill Roads Clearance\n\nThe work has three parts:\n\n- Survey\n- Clearance\n- Handover';
    expect(new Set(pillars(text).map((p) => p.initiative))).toEqual(new Set(['initiative:hill-roads-clearance']));
  });
});
