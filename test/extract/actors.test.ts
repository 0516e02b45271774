import { describe, expect, it } from 'vitest';
import { extractCorpus, extractDocument } from '../../src/extract/index.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });

describe('actors', () => {
  it('reads people with their roles from titles and appositions', () => {
    const out = extractDocument(doc('a', [
      "Japan's foreign minister, Yoko Kamikawa, met Cambodian Prime Minister Hun Manet.",
      'Heng Ratana, CMAC general-director, said CMAC supports the plan.',
      'Japanese Defense Minister Minoru Kihara will announce it.',
      'Senior minister Ly Thuch, first vice-president of the Cambodian Mine Action and Victim Assistance Authority (CMAA), agreed.',
    ].join(' ')));
    const byName = new Map(out.actor.map((a) => [a.name, a]));
    expect(byName.get('Yoko Kamikawa')?.roles).toEqual([{ title: 'foreign minister', organisation: 'actor:japan' }]);
    expect(byName.get('Hun Manet')?.roles).toEqual([{ title: 'Prime Minister', organisation: 'actor:cambodia' }]);
    expect(byName.get('Minoru Kihara')?.roles).toEqual([{ title: 'Defense Minister', organisation: 'actor:japan' }]);
    expect(byName.get('Ly Thuch')?.roles?.map((r) => r.title)).toEqual(['Senior minister', 'first vice-president']);
    expect(byName.get('Ly Thuch')?.roles?.[1]?.organisation).toBe('actor:cambodian-mine-action-and-victim-assistance-authority');
    expect(byName.get('Heng Ratana')?.kind).toBe('person');
    expect(byName.get('Cambodian Mine Action and Victim Assistance Authority')?.aliases).toEqual(['CMAA']);
  });

  it('resolves every surface form of one actor across documents', () => {
    const out = extractCorpus([
      doc('a', 'Japan\u2019s foreign minister, Yoko Kamikawa, visited the Cambodian Mine Action Center. Kamikawa praised it.'),
      doc('b', 'She spoke at the Cambodian Mine Action Centre (CMAC). CMAC trains deminers.'),
      doc('c', 'Remarks by Ms. KAMIKAWA Yoko at Cambodia Mine Action Centre.'),
    ]);
    const kamikawa = out.actor.find((a) => a.id === 'yoko-kamikawa');
    expect(kamikawa?.aliases).toEqual(['Kamikawa', 'KAMIKAWA Yoko']);
    expect(kamikawa?.sources.map((s) => s.source)).toEqual(['a', 'c']);
    const cmac = out.actor.filter((a) => a.kind === 'organisation');
    expect(cmac).toHaveLength(1);
    expect([cmac[0]!.name, ...(cmac[0]!.aliases ?? [])].sort()).toEqual(['CMAC', 'Cambodia Mine Action Centre', 'Cambodian Mine Action Center', 'Cambodian Mine Action Centre']);
    expect(cmac[0]!.sources.map((s) => s.source)).toEqual(['a', 'b', 'c']);
  });

  it('matches an acronym to the one organisation whose initials it spells', () => {
    const out = extractCorpus([doc('a', 'The Directorate of Mine Action coordinates.'), doc('b', 'Funding went to DMA staff.')]);
    expect(out.actor.map((a) => [a.name, a.aliases])).toEqual([['Directorate of Mine Action', ['DMA']]]);
  });

  it('reads countries, governments and demonym-led efforts', () => {
    const out = extractDocument(doc('a', 'The Government of Ukraine and the Russian Federation met; Japan will join the Lithuanian-led demining support structure.'));
    expect(out.actor.map((a) => [a.id, a.kind, a.aliases ?? []])).toEqual([
      ['japan', 'country', []],
      ['lithuania', 'country', []],
      ['russia', 'country', ['Russian Federation']],
      ['ukraine', 'country', ['Government of Ukraine']],
    ]);
  });

  it('does not take capitalised words without evidence for people', () => {
    const out = extractDocument(doc('a', 'Teams worked in Phnom Penh and Siem Reap. Scroll to Top'));
    expect(out.actor.filter((a) => a.kind === 'person')).toEqual([]);
  });
});
