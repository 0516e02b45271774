import { describe, expect, it } from 'vitest';
import { extractCorpus, extractDocument } from '../../src/extract/index.js';
import { registerEntries } from '../../src/extract/lexicon/register.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });
const names = (text: string) => extractDocument(doc('a', text)).actor.map((a) => [a.name, a.kind]);

describe('the register of well-known bodies', () => {
  it('splits two registered names joined by "and" and keeps a registered acronym without other evidence', () => {
    expect(names('Deminers of the HALO Trust and Humanity and Inclusion arrived; MAG cleared the road.')).toEqual([
      ['HALO Trust', 'organisation'],
      ['Humanity and Inclusion', 'organisation'],
      ['MAG', 'organisation'],
    ]);
  });

  it('joins the acronym and the long name of one body across documents', () => {
    const out = extractCorpus([
      doc('a', 'The United Nations Mine Action Service trains surveyors.'),
      doc('b', 'Surveyors trained by UNMAS started work in the north.'),
    ]);
    expect(out.actor.map((a) => [a.name, a.aliases, a.sources.map((s) => s.source)])).toEqual([
      ['United Nations Mine Action Service', ['UNMAS'], ['a', 'b']],
    ]);
  });

  it('never reads a treaty of the register as an actor', () => {
    expect(names('Many signed the Ottawa Treaty after APOPO spoke.')).toEqual([['APOPO', 'organisation']]);
  });

  it('is data: every entry has a name, a kind and aliases', () => {
    const entries = registerEntries();
    expect(entries.length).toBeGreaterThan(30);
    for (const e of entries) {
      expect(e.name.length).toBeGreaterThan(1);
      expect(['organisation', 'treaty', 'meeting']).toContain(e.kind);
      expect(Array.isArray(e.aliases)).toBe(true);
    }
  });
});

describe('fewer false actors', () => {
  it('reads military ranks as titles, not names, and stops an organisation at a title', () => {
    expect(names('Lt. Gen. Marco Pellino, Director of the Demining Office, met Gregor Ulm.')).toEqual([
      ['Demining Office', 'organisation'],
      ['Marco Pellino', 'person'],
    ]);
    const out = extractDocument(doc('a', 'The speech of Deputy minister of the Ministry of Health Mr Ivo Brandt was short.'));
    expect(out.actor.map((a) => a.name)).toEqual(['Ivo Brandt', 'Ministry of Health']);
    const army = extractDocument(doc('a', 'The teams were led by Kenyan Army Lieutenant Colonel Amos Kariuki, commander of the unit.'));
    expect(army.actor.map((a) => [a.name, a.kind])).toEqual([['Amos Kariuki', 'person'], ['Kenyan Army', 'organisation']]);
  });

  it('takes funds for undertakings, not organisations, and an acronym with "Office" for the body itself', () => {
    expect(names('Money came from the Regional Demining Trust Fund. A briefing was held at VMAC Office.')).toEqual([['VMAC', 'organisation']]);
  });

  it('does not take a term defined by its acronym for an organisation', () => {
    expect(names('Teams removed Explosive Remnants of War (ERW) near the river.')).toEqual([]);
  });

  it('does not take the acronym of a named programme for an organisation', () => {
    const out = extractDocument(doc('a', 'The Mine Action Programme of Kenya started in 2001. MAPK has grown since.'));
    expect(out.actor.map((a) => a.name)).toEqual([]);
  });

  it('reads a formal state name as its country', () => {
    expect(names('The ambassador of the Republic of Croatia and the Swiss Confederation signed.').map((n) => n[0])).toEqual(['Croatia', 'Switzerland']);
  });
});
