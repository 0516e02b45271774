import { describe, expect, it } from 'vitest';
import { extractCorpus, extractDocument } from '../../src/extract/index.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });

describe("a treaty's formal name", () => {
  it('is read whole across its commas and joins the short names of the same treaty', () => {
    const out = extractCorpus([
      doc('a', 'Lakeland ratified the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction in May.'),
      doc('b', 'Lakeland is a State Party to the Ottawa Convention.'),
    ]).initiative.map((r) => [r.name, r.aliases ?? [], r.sources.map((s) => s.source)]);
    expect(out).toEqual([
      ['Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction', ['Ottawa Convention'], ['a', 'b']],
    ]);
  });
});

describe('the name of a record', () => {
  it('is the name, not a description that stands for it', () => {
    const out = extractDocument(doc('a', 'Delegates thanked the Lakeside Sponsorship Programme. Its humanitarian mine action program in Laos began in 1996.')).initiative;
    expect(out.map((r) => [r.name, r.aliases ?? []])).toEqual([['Lakeside Sponsorship Programme', []]]);
  });
});

describe('a head word after a bracketed acronym', () => {
  const records = (text: string) => extractDocument(doc('a', text)).initiative.map((r) => [r.name, r.kind, r.aliases ?? []]);

  it('names the capitalised words and the head, with the acronym as an alias', () => {
    expect(records('The Safe Pastures Clearance (SPC) Programme trains teams.')).toEqual([['Safe Pastures Clearance Programme', 'programme', ['SPC']]]);
    expect(records('Lakeland runs a Mine Risk Education (MRE) project in schools.')).toEqual([['Mine Risk Education project', 'project', ['MRE']]]);
  });

  it('leaves a body before the name out of it', () => {
    expect(records('The Department of Defense Field Clearance Training (FCT) Program trains teams.')).toEqual([['Field Clearance Training Program', 'programme', ['FCT']]]);
  });

  it('reads no body as an initiative', () => {
    expect(records('The Mine Action Centre (MAC) project staff met.')).toEqual([]);
  });
});

describe('processes, approaches and calls', () => {
  const records = (text: string) => extractDocument(doc('a', text)).initiative.map((r) => [r.name, r.kind]);

  it('are initiatives when a capitalised name ends in them, with what they are to', () => {
    expect(records('The Lakeside Process led to a treaty.')).toEqual([['Lakeside Process', 'initiative']]);
    expect(records('Lakeland follows the Integrated Approach to Mine Action.')).toEqual([['Integrated Approach to Mine Action', 'policy']]);
  });

  it('leave a body of the register and a bare word alone', () => {
    expect(records('Geneva Call works with armed groups. Our Approach is new.')).toEqual([]);
  });
});

describe('names with a number or a numeral inside', () => {
  const initiatives = (text: string) => extractDocument(doc('a', text)).initiative.map((r) => r.name);
  const figures = (text: string) => extractDocument(doc('a', text)).figure.map((r) => [r.value, r.unit]);

  it('reads a number between capitalised words as part of the name, and not as a figure', () => {
    const text = 'Last year both governments signed the Northland-Southland 50 Year Partnership in the capital.';
    expect(initiatives(text)).toEqual(['Northland-Southland 50 Year Partnership']);
    expect(figures(text)).toEqual([]);
  });

  it('knows the protocols of the Convention on Certain Conventional Weapons by their numerals', () => {
    expect(initiatives('Every State should join Protocol V on explosive remnants of war this year.')).toEqual(['Protocol V on explosive remnants of war']);
  });

  it('does not take the parties a treaty binds into its name', () => {
    expect(initiatives('The States Parties to Amended Protocol II met in the capital.')).toEqual(['Amended Protocol II']);
  });
});
