/** The view of a figure: the quantity in words, what it measures, whom it concerns, as of when. */
import type { Figure } from '../../model/records.js';
import type { BundleContext } from '../context.js';
import { refOf } from '../context.js';
import { figureWords } from '../words/figure-words.js';
import { capitalise, oneLine, phraseText, type Phrase } from '../words/phrase.js';
import type { RecordView, TableSection } from './record-view.js';
import { dateOf, facts, mention } from './mentions.js';

/** `area cleared of landmines and ERW, concerning Cambodia, as of 15 July 2024`. */
function figureDescription(figure: Figure, ctx: BundleContext): Phrase {
  const out: Phrase = [oneLine(figure.measure)];
  if (figure.about) out.push(', concerning ', mention(ctx, figure.about));
  if (figure.as_of) out.push(`, as of ${dateOf(figure.as_of)}`);
  return out;
}

export function figureView(figure: Figure, ctx: BundleContext): RecordView {
  const words = figureWords(figure);
  const description = figureDescription(figure, ctx);
  return {
    type: 'figure',
    id: figure.id,
    ref: refOf('figure', figure.id),
    status: figure.status,
    title: phraseText(capitalise([`${words} — ${oneLine(figure.measure)}`])),
    description,
    sentence: capitalise([{ text: words, strong: true }, ': ', ...description, '.']),
    support: figure.sources,
    facts: facts(figure.sources, [
      ['Figure', [{ text: words, strong: true }]],
      ['Measures', figure.measure],
      ['Concerns', figure.about ? [mention(ctx, figure.about)] : undefined],
      ['As of', dateOf(figure.as_of)],
      ['As written', `“${oneLine(figure.text)}”`],
    ]),
    sections: [],
  };
}

/** A table of figures, one row each: the figure in words (linked to its sheet), measure, subject, date. */
export function figureTable(heading: string, figures: readonly Figure[], ctx: BundleContext, withSubject: boolean): TableSection {
  const columns = withSubject ? ['Figure', 'Measure', 'Concerns', 'As of'] : ['Figure', 'Measure', 'As of'];
  return {
    kind: 'table',
    heading,
    columns,
    rows: figures.map((f) => {
      const cells: Phrase[] = [[{ text: figureWords(f), ref: refOf('figure', f.id) }], [oneLine(f.measure)]];
      if (withSubject) cells.push(f.about ? [mention(ctx, f.about)] : ['—']);
      cells.push([dateOf(f.as_of) ?? '—']);
      return { cells, support: f.sources };
    }),
  };
}
