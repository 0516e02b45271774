import { describe, expect, it } from 'vitest';
import { extractCorpus, extractDocument } from '../../src/extract/index.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });

describe('a grant given by its verb', () => {
  it('names a package by the amount and the mine-action work it is for, and the giver takes part', () => {
    const out = extractDocument(doc('a', 'Norway pledged CHF 40 million for humanitarian demining in Ukraine.'));
    const norway = out.actor.find((a) => a.name === 'Norway');
    expect(norway).toBeDefined();
    expect(out.initiative.map((r) => [r.name, r.kind, r.participants ?? []])).toEqual([
      ['CHF 40 million for humanitarian demining in Ukraine', 'package', [`actor:${norway?.id}`]],
    ]);
  });

  it('names a grant given by its verb also by its giver, amount and the verb’s noun, over an approximate amount and a scale letter', () => {
    const out = extractDocument(doc('a', 'Title\n\nThe UK has pledged almost £100m of new funding to help landmine clearance in developing countries.'));
    expect(out.initiative.map((r) => [r.name, r.aliases])).toEqual([['£100m of new funding to help landmine clearance in developing countries', ["UK's £100m pledge"]]]);
    const norway = extractDocument(doc('a', 'Title\n\nNorway pledged CHF 40 million for humanitarian demining in Ukraine.'));
    expect(norway.initiative.map((r) => r.aliases)).toEqual([["Norway's CHF 40 million pledge"]]);
  });

  it('reads "a pledge of" an amount, and an additional amount after the verb, keeping "additional" in its name', () => {
    const names = (text: string) => extractDocument(doc('a', text)).initiative.map((r) => r.name);
    expect(names('Westland made a pledge of EUR 3 million for victim assistance.')).toEqual(['pledge of EUR 3 million for victim assistance']);
    expect(names('The fund has committed an additional USD 5 million to mine risk education in Chad.')).toEqual(['additional USD 5 million to mine risk education in Chad']);
  });

  it('takes no amount for other work and no total since a year', () => {
    const names = (text: string) => extractDocument(doc('a', text)).initiative.map((r) => r.name);
    expect(names('The council approved $2 million for road repairs.')).toEqual([]);
    expect(names('Westland contributed JPY 90 million to Lakeland Demining Services.')).toEqual([]);
    expect(names('Westland contributed $1.5 million to support clearance in Lakeland since 2010.')).toEqual([]);
  });
});

describe('a grant noun marked as new', () => {
  const packages = (text: string) => {
    const out = extractDocument(doc('a', text));
    const name = (ref: string) => out.actor.find((a) => `actor:${a.id}` === ref)?.name;
    return out.initiative.filter((r) => r.kind === 'package').map((r) => [r.name, (r.participants ?? []).map(name)]);
  };

  it('is a package without a purpose, its giver written after "from" or before the verb', () => {
    expect(packages('The new contribution from New Zealand of NZD 10 million will allow long-term demining plans.')).toEqual([
      ['contribution from New Zealand of NZD 10 million', ['New Zealand']],
    ]);
    expect(packages('Ireland has allocated a generous grant of €800,000 (about $860,000) to support HALO’s efforts in Lakeland this year.')).toEqual([
      ["grant of €800,000 (about $860,000) to support HALO's efforts in Lakeland", ['Ireland']],
    ]);
  });

  it('is new after a verb that gives it', () => {
    expect(packages('The embassy said that it would provide a grant of $630,145 to the teams.').map((p) => p[0])).toEqual(['grant of $630,145']);
  });

  it('is no package when nothing marks it as new, or when it is a total', () => {
    expect(packages('The contribution of USD 2 million was spent on fuel.')).toEqual([]);
    expect(packages('A new grant of USD 2 million brings the total to USD 9 million for demining.')).toEqual([]);
  });
});

describe('a grant after its giver, and an amount a giver will provide', () => {
  /** Each package with the actors who lead it or take part. */
  const packages = (text: string) => {
    const out = extractDocument(doc('a', text));
    const name = (ref: string) => out.actor.find((a) => `actor:${a.id}` === ref)?.name;
    return out.initiative.filter((r) => r.kind === 'package').map((r) => [r.name, [...(r.leads ?? []), ...(r.participants ?? [])].map(name)]);
  };

  it('names a grant by its giver written before the noun, and keeps the amount a figure', () => {
    const text = 'A United States Government grant of $500,000 will help 150,000 residents avoid landmines.';
    expect(packages(text)).toEqual([['United States Government grant of $500,000', ['United States']]]);
    expect(extractDocument(doc('a', text)).figure.map((f) => [f.value, f.unit])).toContainEqual([500000, 'USD']);
  });

  it('reads "will provide" an amount to a recipient for mine-action work, and whose dollar it is', () => {
    const text = 'Norway will provide $24 million to Lakeland for the purchase of equipment for humanitarian demining.';
    expect(packages(text)).toEqual([['$24 million to Lakeland for the purchase of equipment for humanitarian demining', ['Norway']]]);
    const canada = extractDocument(doc('a', 'Canada will provide $12 million to clearance in Laos.'));
    expect(canada.figure.map((f) => f.unit)).toEqual(['CAD']);
  });

  it('reads an amount the noun after it makes a grant, a giving verb in -ing, and thousands of a currency written as a word', () => {
    expect(packages('South Korea commits $20 million in grant aid to the project.')).toEqual([['$20 million in grant aid', ['South Korea']]]);
    expect(packages('Norway has announced £46 million of new funding for landmine clearance.')).toEqual([['£46 million of new funding for landmine clearance', ['Norway']]]);
    expect(packages('Japan renewed its support by donating $2 million for mine clearance in Somalia.')).toEqual([['$2 million for mine clearance in Somalia', []]]);
    expect(packages('The Government of Belgium has announced a contribution of 183,500 Euros for the programme.').map((p) => p[0])).toEqual(['contribution of 183,500 Euros']);
  });

  it('reads a grant noun after its giver’s possessive, with its amount after "of an additional"', () => {
    const out = extractDocument(doc('a', 'The agency welcomed Norway’s contribution of an additional $5.7 million to assist its efforts to remove mines.'));
    const norway = out.actor.find((a) => a.name === 'Norway');
    expect(out.initiative.map((r) => [r.name, r.aliases, r.kind])).toEqual([
      ["Norway's contribution of an additional $5.7 million to assist its efforts to remove mines", ["Norway's contribution of an additional $5.7 million"], 'package'],
    ]);
    expect([...(out.initiative[0]!.leads ?? []), ...(out.initiative[0]!.participants ?? [])]).toEqual([`actor:${norway?.id}`]);
    expect(packages('The Government of Westland’s donation of $2 million will fund clearance.').map((p) => p[0])).toEqual(["Government of Westland's donation of $2 million"]);
  });

  it('joins a grant the title states to the same amount given by its giver’s noun in the text', () => {
    const out = extractDocument(doc('a', 'Westland donates $5.7 million to support mine clearance in Lakeland\n\nThe agency welcomed Westland’s contribution of an additional $5.7 million to assist its efforts.'));
    expect(out.initiative.filter((r) => r.kind === 'package')).toHaveLength(1);
  });

  it('reads goods handed over with their worth and who received them, the giver taking part', () => {
    expect(packages('On 16 July the US Department of State handed over new demining equipment worth $5.8 million to the State Special Transport Service of Lakeland to support clearance.')).toEqual([
      ['new demining equipment worth $5.8 million to the State Special Transport Service of Lakeland', ['US Department of State']],
    ]);
    expect(packages('The ministry handed over the keys of the new office to the mayor.')).toEqual([]);
  });

  it('takes "in support of" as what an amount is for, not as a grant noun', () => {
    expect(packages('The council approved $2 million in support of road repairs.')).toEqual([]);
  });

  it('takes no grant without a giver or a mark, and no amount already provided', () => {
    expect(packages('The grant of $500,000 was spent on fuel.')).toEqual([]);
    expect(packages('Westland has provided $46 million for demining projects since 2002.')).toEqual([]);
    expect(packages('Westland will provide $2 million to Lakeland for road repairs.')).toEqual([]);
  });
});

describe('a recurring meeting named bare', () => {
  it('joins the meeting its document named before, never another document’s', () => {
    const out = extractCorpus([
      doc('a', 'The Second Review Conference of the Lakeland Treaty ended in May. The Review Conference adopted a plan.'),
      doc('b', 'The First Review Conference of the Westland Convention ended in June. The Review Conference adopted a declaration.'),
    ]).initiative.filter((r) => r.kind === 'conference').map((r) => [r.name, r.aliases ?? [], r.sources.map((s) => s.source)]);
    expect(out).toEqual([
      ['First Review Conference of the Westland Convention', [], ['b']],
      ['Second Review Conference of the Lakeland Treaty', [], ['a']],
    ]);
  });
});

describe('a footnote number glued to a name', () => {
  it('is no part of the name', () => {
    const names = extractDocument(doc('a', 'The First Review Conference led to the Lakeland Action Plan2. It was adopted.')).initiative.map((r) => r.name);
    expect(names).toContain('Lakeland Action Plan');
  });
});

describe('a meeting of a treaty’s parties', () => {
  it('is named with the treaty, which stays a mention of its own', () => {
    const names = extractDocument(doc('a', 'The Tenth Meeting of the States Parties to the Convention on Cluster Munitions took place in Geneva.')).initiative.map((r) => r.name);
    expect(names).toEqual(['Convention on Cluster Munitions', 'Tenth Meeting of the States Parties to the Convention on Cluster Munitions']);
  });
});
