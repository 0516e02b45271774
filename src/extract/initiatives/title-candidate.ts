/**
 * The undertaking a document is about, named only by its title: a project page titled
 * "Clearing the Way: Humanitarian Mine Action in Lebanon" whose body says "The project
 * supports …" before it names any project. The title is offered when it may be a name
 * (`titleName`); a bare anaphor ("the project", "this programme") that no initiative named
 * before can take claims it, once, as an initiative of the anaphor's kind.
 */
import type { InitiativeMention } from './initiatives.js';
import type { InitiativeAnaphor } from './anaphors.js';
import type { QuotedInitiativeMention } from '../analysis.js';

/** Kinds of a bare anaphor that may stand for the document's own undertaking. */
const CLAIMING_KINDS = new Set(['project', 'programme', 'initiative']);

export class TitleCandidate {
  private offered: { mention: InitiativeMention; quote: string; sentence: number } | undefined;

  /** The title's mention, with the title as its quote. */
  offer(mention: InitiativeMention, quote: string, sentence: number): void {
    this.offered = { mention, quote, sentence };
  }

  /** The title as an initiative, if this anaphor is bare ("the project") and of a claiming kind; only the first time. */
  claim(an: InitiativeAnaphor): QuotedInitiativeMention | undefined {
    if (!this.offered || an.kind === undefined || !CLAIMING_KINDS.has(an.kind) || an.tokEnd - an.tok !== 2) return undefined;
    const { mention, quote, sentence } = this.offered;
    this.offered = undefined;
    return { ...mention, kind: an.kind, quote, sentence, leads: [], participants: [] };
  }
}
