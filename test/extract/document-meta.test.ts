import { describe, expect, it } from 'vitest';
import { dateInText, inferTitleAndDate, readSourceDocument } from '../../src/extract/document-meta.js';

describe('readSourceDocument', () => {
  it('reads title and date from front matter and starts the body after it', () => {
    const raw = '---\ntitle: "Mine action in Laos"\ndate: "2024-06"\n---\n\nBody text.';
    const doc = readSourceDocument('laos', raw);
    expect(doc).toMatchObject({ id: 'laos', title: 'Mine action in Laos', date: '2024-06' });
    expect(raw.slice(doc.bodyOffset).trim()).toBe('Body text.');
  });

  it('takes the title and date from the text when there is no front matter', () => {
    expect(readSourceDocument('n', '20:45 28 Nov 2023\n\nUnited to win: Japan joins effort\n\nJapan plans to join.')).toMatchObject({ title: 'United to win: Japan joins effort', date: '2023-11-28', bodyOffset: 0 });
    expect(readSourceDocument('n', 'Japan will send heavy demining equipment to Ukraine this week.')).toEqual({ id: 'n', text: 'Japan will send heavy demining equipment to Ukraine this week.', bodyOffset: 0 });
  });

  it('survives broken front matter and byte order marks', () => {
    const doc = readSourceDocument('x', '\uFEFF---\ntitle: [unclosed\n---\nText.');
    expect(doc.text.startsWith('---')).toBe(true);
    expect(doc.title).toBeUndefined();
  });
});

describe('dates in text', () => {
  it('reads the common written forms', () => {
    expect(dateInText('July 6<sup>th</sup> 2024')).toBe('2024-07-06');
    expect(dateInText('LUANDA, 4 April 2024 – The')).toBe('2024-04-04');
    expect(dateInText('on March 12, 2024')).toBe('2024-03-12');
    expect(dateInText('published 2023-09-01')).toBe('2023-09-01');
    expect(dateInText('in November 2023')).toBe('2023-11');
    expect(dateInText('on 31 February 2024')).toBe('2024-02');
    expect(inferTitleAndDate('\n\nRemarks by the Minister\nat the Centre\n\nJuly 6th 2024')).toEqual({ title: 'Remarks by the Minister', date: '2024-07-06' });
  });
});
