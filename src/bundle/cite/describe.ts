/** `demine show`: one record as plain text for a terminal, its facts marked `[n]` to the quotes listed under it. */
import type { KnowledgeBase } from '../../model/knowledge-base.js';
import { citedLocation, citedQuote, QuoteNumbering, sourceHeading } from './cited-quote.js';
import { BundleContext } from '../context.js';
import { lookupRecord } from './lookup.js';
import { phraseText } from '../words/phrase.js';
import { viewOf } from '../views/record-renderers.js';
import type { Supported } from '../views/record-view.js';

/**
 * A plain-text view of the record `ref`: title, sentence, facts, sections and numbered
 * sources with quotes and file:line. Throws `UnknownRefError` for an unknown reference.
 */
export function describeRecord(kb: KnowledgeBase, ref: string): string {
  const ctx = new BundleContext(kb);
  const found = lookupRecord(ctx, ref);
  const view = viewOf(found.type, found.record, ctx);
  const numbering = new QuoteNumbering();
  const marked = (s: Supported): string => {
    const marks = numbering.numbersFor(s.support).map((n) => `[${n}]`).join('');
    return `${phraseText(s.phrase)}${marks ? ` ${marks}` : ''}`;
  };
  const lines = [`${view.ref} (${view.status})`, view.title, '', marked({ phrase: view.sentence, support: view.support }), ''];
  for (const fact of view.facts) lines.push(`${fact.label}: ${marked(fact)}`);
  for (const section of view.sections) {
    lines.push('', section.heading);
    if (section.kind === 'list') {
      section.items.forEach((item, i) => lines.push(`  ${section.ordered ? `${i + 1}.` : '-'} ${marked(item)}`));
    } else {
      for (const row of section.rows) lines.push(`  - ${marked({ phrase: row.cells.flatMap((cell, i) => (i === 0 ? cell : [' · ', ...cell])), support: row.support })}`);
    }
  }
  lines.push('', 'Sources');
  numbering.entries.forEach((entry, i) => {
    const cited = citedQuote(ctx, entry);
    lines.push(`  [${i + 1}] ${sourceHeading(cited)}`, `      “${cited.quote}”`, `      ${citedLocation(cited)}`);
  });
  return `${lines.join('\n')}\n`;
}
