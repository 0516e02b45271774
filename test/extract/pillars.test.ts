import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const pillarsOf = (text: string) =>
  extractDocument({ id: 'a', text, bodyOffset: 0 }).pillar.map((p) => [p.initiative, p.order, p.term, p.title]);

describe('pillars', () => {
  it('reads "four pillars; A; B; C; and D" linked through "The initiative"', () => {
    expect(pillarsOf('Japan launched the "Japan-Cambodia Landmine Initiative". The initiative will see Japan strengthening cooperation under four pillars; awareness of the inhumanity of landmines; an international cooperation team; cooperation in third countries; and the development of new equipment.')).toEqual([
      ['initiative:japan-cambodia-landmine-initiative', 1, 'pillar', 'Awareness of the inhumanity of landmines'],
      ['initiative:japan-cambodia-landmine-initiative', 2, 'pillar', 'International cooperation team'],
      ['initiative:japan-cambodia-landmine-initiative', 3, 'pillar', 'Cooperation in third countries'],
      ['initiative:japan-cambodia-landmine-initiative', 4, 'pillar', 'Development of new equipment'],
    ]);
  });

  it('reads "three approaches: A; B; and C"', () => {
    const rows = pillarsOf('Japan presented the Comprehensive Package. Through the package, Japan will implement assistance based on three approaches: triangular cooperation; cooperation with partners; and new technology.');
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual([[1, 'approach', 'Triangular cooperation'], [2, 'approach', 'Cooperation with partners'], [3, 'approach', 'New technology']]);
  });

  it('reads "First, … Second, … Third, …" after an intro naming the set', () => {
    const rows = pillarsOf([
      'Our new Mine Action Strategy 2024–2027 rests on three principles.',
      '',
      'First, every square metre must be released to standard.',
      '',
      'Second, communities must take part in setting priorities.',
      '',
      'Third, mine action must be financed from the national budget.',
    ].join('\n'));
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['initiative:mine-action-strategy-2024-2027', 1, 'principle'],
      ['initiative:mine-action-strategy-2024-2027', 2, 'principle'],
      ['initiative:mine-action-strategy-2024-2027', 3, 'principle'],
    ]);
  });

  it('reads bulleted priorities after an intro and "Result 1:" labels', () => {
    const rows = pillarsOf([
      'The Cuando Cubango Clearance Partnership starts today.',
      '',
      'The partnership has four priorities:',
      '',
      '- **Survey and clearance** – clearing land.',
      '- **Local employment** – training deminers.',
      '- **Risk education** – reaching villages.',
      '- **National capacity** – handing over.',
    ].join('\n'));
    expect(rows.map((r) => r[3])).toEqual(['Survey and clearance', 'Local employment', 'Risk education', 'National capacity']);
    const results = pillarsOf('The Regional Information Management Initiative has three results:\n\nResult 1: Data is complete.\nResult 2: Reports are on time.\nResult 3: Information guides priorities.');
    expect(results.map((r) => [r[1], r[2], r[3]])).toEqual([[1, 'result', 'Data is complete'], [2, 'result', 'Reports are on time'], [3, 'result', 'Information guides priorities']]);
  });

  it('needs an initiative and a consistent count', () => {
    expect(pillarsOf('There are four pillars; A; B; and C.')).toEqual([]);
    expect(pillarsOf('The Plan X Initiative has four pillars; a; b; and c.')).toEqual([]);
    expect(pillarsOf('First, we came. Then we left.')).toEqual([]);
  });
});
