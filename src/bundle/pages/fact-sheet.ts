/** One record's fact sheet, `<folder>/<id>.md`, as mdast: its sentence, facts and sections, every fact footnoted to its quotes. */
import type { Root, RootContent } from 'mdast';
import type { BundleContext } from '../context.js';
import { INDEX_PAGE, recordPath } from '../links.js';
import { MarkdownWriter } from '../markdown/writer.js';
import { emphasis, heading, inlineCode, paragraph, root, text } from '../markdown/mdast-helpers.js';
import type { RecordView } from '../views/record-view.js';
import { sourceList, sourcesOf } from './sources-list.js';

export const DRAFT_NOTE = 'Draft: extracted by machine and not yet reviewed by a person. Check the quotes before relying on it.';

/** The `demine cite` command for a record. */
export function citeCommand(ref: string): string {
  return `demine cite ${ref}`;
}

export function factSheetTree(view: RecordView, ctx: BundleContext, seedsLinkBase: string): Root {
  const path = recordPath(view.type, view.id);
  const w = new MarkdownWriter(ctx, path, seedsLinkBase);
  const body: RootContent[] = [
    paragraph(w.linkTo(INDEX_PAGE, text('Briefing')), text(` › ${view.type}:${view.id}`)),
    heading(1, text(view.title)),
  ];
  if (view.status === 'draft') body.push(paragraph(emphasis(text(DRAFT_NOTE))));
  body.push(paragraph(...w.supported({ phrase: view.sentence, support: view.support })));
  if (view.facts.length > 0) body.push(heading(2, text('Details')), w.facts(view.facts));
  for (const section of view.sections) body.push(...w.section(section, 2));
  body.push(heading(2, text('Sources')), sourceList(path, sourcesOf(ctx, w.citedQuotes()), seedsLinkBase));
  body.push(
    heading(2, text('Cite this')),
    paragraph(inlineCode(citeCommand(view.ref)), text(' prints a ready citation (Markdown, plain text or CSL-JSON with '), inlineCode('--format'), text(').')),
  );
  body.push(...w.footnoteDefinitions());
  return root(body);
}
