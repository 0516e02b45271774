/**
 * Round five (issue 10, items 3-5): shapes met in real text from publishers nobody tuned the
 * engine to. Every sentence here is our own, written in the shape of the text that failed.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });
const extract = (text: string) => extractDocument(doc('a', text));
const actorNames = (text: string) => extract(text).actor.map((a) => a.name);
const figures = (text: string) => extract(text).figure.map((f) => [f.value ?? [f.min, f.max], f.unit]);

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
