import { describe, expect, it } from 'vitest';
import { quoteInContext } from '../../src/review/sentence.js';

describe('quoteInContext', () => {
  const text = 'First sentence here. He said that to date, the country has cleared more than 3,000\nsquare kilometres of land, officials added. Next one.\n\nA new paragraph.';

  it('shows the rest of the sentence around the quote, whitespace folded', () => {
    expect(quoteInContext(text, 'the country has cleared more than 3,000 square kilometres')).toEqual({
      before: 'He said that to date, ',
      quote: 'the country has cleared more than 3,000 square kilometres',
      after: ' of land, officials added.',
    });
  });

  it('stops at a blank line, and finds a quote whose marks and spacing differ', () => {
    expect(quoteInContext(text, 'A new paragraph.')).toEqual({ before: '', quote: 'A new paragraph.', after: '' });
    expect(quoteInContext('She said “yes”  today.', 'She said "yes" today')).toEqual({ before: '', quote: 'She said “yes” today', after: '.' });
    expect(quoteInContext(text, 'not there')).toBeUndefined();
  });

  it('keeps to the line in front matter', () => {
    const doc = '---\ntitle: "Japan joins the effort"\ndate: 2023-11-28\n---\nJapan joins the effort, it said.\n';
    expect(quoteInContext(doc, 'Japan joins the effort', doc.indexOf('Japan joins the effort,'))).toEqual({ before: 'title: "', quote: 'Japan joins the effort', after: '"' });
  });
});
