import { describe, expect, it } from 'vitest';
import { cleanText, originalSlice } from '../../src/extract/text/layout/markup.js';

describe('cleanText', () => {
  it('drops Markdown emphasis and HTML tags but maps every character back', () => {
    const original = 'During the 5<sup>th</sup> **Review** Conference of the *Ottawa* Convention.';
    const clean = cleanText(original);
    expect(clean.text).toBe('During the 5th Review Conference of the Ottawa Convention.');
    const at = clean.text.indexOf('5th Review');
    expect(originalSlice(clean, at, at + '5th Review'.length)).toBe('5<sup>th</sup> **Review');
  });

  it('folds typographic quotes and spaces, keeps the original for quotes', () => {
    const original = 'Japan\u2019s\u00A0foreign minister, \u201CYoko\u201D';
    const clean = cleanText(original);
    expect(clean.text).toBe('Japan\'s foreign minister, \u201CYoko\u201D');
    expect(originalSlice(clean, 0, clean.text.length)).toBe(original);
  });

  it('starts at the body offset and keeps list markers', () => {
    const original = '---\ntitle: x\n---\n* one item\n- two';
    const clean = cleanText(original, 17);
    expect(clean.text).toBe('* one item\n- two');
    expect(clean.map[0]).toBe(17);
  });

  it('keeps link text and drops the URL', () => {
    const clean = cleanText('See [the report](https://example.org/r.pdf) now.');
    expect(clean.text).toBe('See the report now.');
  });

  it('decodes entities and cuts quotes that cover the whole entity', () => {
    const original = 'Mines &amp; ERW&nbsp;clearance';
    const clean = cleanText(original);
    expect(clean.text).toBe('Mines & ERW clearance');
    expect(originalSlice(clean, 0, 7)).toBe('Mines &amp;');
  });

  it('survives unterminated markup', () => {
    const original = 'a <!-- open comment and <b unclosed [link](no end';
    const clean = cleanText(original);
    expect(originalSlice(clean, 0, clean.text.length).length).toBeGreaterThan(0);
    expect(original).toContain(originalSlice(clean, 0, clean.text.length));
  });
});
