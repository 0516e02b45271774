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
  });

  it('keeps the dollar of who pays when no conversion is written', () => {
    expect(figures('Canada will give $5 million to clearance in Laos.')).toEqual([[5000000, 'CAD']]);
  });

  it('reads thousands grouped by apostrophes and "half a million"', () => {
    expect(figures('The budget is CHF 650’000 in all.')).toEqual([[650000, 'CHF']]);
    expect(figures('The campaign will reach half a million pupils.')).toEqual([[500000, 'count']]);
  });
});
