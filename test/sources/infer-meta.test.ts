import { describe, expect, it } from 'vitest';
import { inferDate, inferTitle } from '../../src/sources/infer-meta.js';

describe('inferTitle', () => {
  it.each([
    ['Japan and Cambodia Partner to Train Ukrainian Deminers\n\nJapan’s foreign minister said.', 'Japan and Cambodia Partner to Train Ukrainian Deminers'],
    ['20:45 28 Nov 2023\n\nUnited to win: Japan joins effort\n\nJapan plans…', 'United to win: Japan joins effort'],
    ['# **A Heading**\n\nBody.', 'A Heading'],
    ['Japan will send heavy demining equipment to Ukraine this week, as a part of its assistance.\n\nMore.', undefined],
    ['\n\n   \n', undefined],
    // a page saved with its address on the first line: the headline is the line after it
    ['https://example.org/news/2024/clearance-handover\n\nLand handed back after clearance\n\nBody.', 'Land handed back after clearance'],
    ['Source: www.example.org/press/12\nLand handed back after clearance\n\nBody.', 'Land handed back after clearance'],
  ])('%j', (body, title) => {
    expect(inferTitle(body)).toBe(title);
  });
});

describe('inferDate', () => {
  it.each([
    ['20:45 28 Nov 2023\n\nHeadline', '2023-11-28'],
    ['Remarks by the Minister\n\nJuly 6<sup>th</sup> 2024\n\n(Translation)', '2024-07-06'],
    ['Published 2024-03-01 by the ministry', '2024-03-01'],
    ['March 3, 2025 — Luanda', '2025-03-03'],
    ['Cambodia began in 2022.', undefined],
    ['a July 15 statement', undefined],
  ])('%j', (body, date) => {
    expect(inferDate(body)).toBe(date);
  });
});
