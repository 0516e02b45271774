import { describe, expect, it } from 'vitest';
import { extractCorpus, extractDocument } from '../../src/extract/index.js';

const doc = (id: string, text: string) => ({ id, text, bodyOffset: 0 });

describe('initiatives', () => {
  it('reads quoted and capitalised names with their kind and who launches them', () => {
    const out = extractDocument(doc('a', [
      'Japanese Minister for Foreign Affairs Yoko Kamikawa announced \u201CJapan\'s Comprehensive Package of Assistance to Humanitarian Mine Action\u201D and the launch of the \u201CJapan-Cambodia Landmine Initiative\u201D.',
      'Japan plans to join the multinational project within the "Contact Group on Defense of Ukraine." It joins the "Contact Group" later.',
      'The projects are implemented under the Grant Agreement for the Emergency Recovery Program between the Government of Ukraine and the Japan International Cooperation Agency.',
    ].join(' ')));
    const byName = new Map(out.initiative.map((i) => [i.name, i]));
    expect(byName.get('Japan-Cambodia Landmine Initiative')?.kind).toBe('initiative');
    expect(byName.get('Japan-Cambodia Landmine Initiative')?.leads).toEqual(['actor:yoko-kamikawa']);
    expect(byName.get("Japan's Comprehensive Package of Assistance to Humanitarian Mine Action")?.leads).toEqual(['actor:japan', 'actor:yoko-kamikawa']);
    expect(byName.get('Contact Group on Defense of Ukraine')?.aliases).toEqual(['Contact Group']);
    expect(byName.get('Contact Group on Defense of Ukraine')?.kind).toBe('group');
    expect(byName.get('Grant Agreement for the Emergency Recovery Program')?.participants).toEqual(['actor:japan-international-cooperation-agency', 'actor:ukraine']);
  });

  it('joins spellings across documents and keeps bracketed aliases', () => {
    const out = extractCorpus([
      doc('a', 'The Japan Cambodia Landmine Initiative will help. They chair the Anti-Personnel Mine Ban Convention [Ottawa Convention] meeting.'),
      doc('b', 'She launched the "Japan-Cambodia Landmine Initiative" under the Ottawa Convention.'),
    ]);
    expect(out.initiative.map((i) => [i.id, i.aliases])).toEqual([
      ['anti-personnel-mine-ban-convention', ['Ottawa Convention']],
      ['japan-cambodia-landmine-initiative', ['Japan Cambodia Landmine Initiative']],
    ]);
    expect(out.initiative[1]!.sources.map((s) => s.source)).toEqual(['a', 'b']);
  });

  it('reads initiatives described in lower case, with short aliases', () => {
    const out = extractDocument(doc('a', 'These talks aim to solidify a mutual defense pact enabling each country to deploy troops. Cambodia co-sponsored a United Nations resolution condemning the invasion alongside others.'));
    expect(out.initiative.map((i) => [i.name, i.kind, i.aliases])).toEqual([
      ['mutual defense pact enabling each country to deploy troops', 'agreement', ['mutual defense pact']],
      ['United Nations resolution condemning the invasion', 'resolution', ['United Nations resolution']],
    ]);
  });

  it('does not take ordinary nouns or titles for initiatives', () => {
    const out = extractDocument(doc('a', 'The project was good. Said João Fernandes, HALO\'s Angola Programme Manager. Chair of the Conference.'));
    expect(out.initiative).toEqual([]);
  });
});
