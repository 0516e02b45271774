/**
 * What the analysis of one document holds: its input, and its mentions of actors, initiatives,
 * figures and pillar sets, each with its quote, keyed by name (`analyse.ts` makes them,
 * `resolve/` turns keys into records across documents).
 */
import type { ActorMention } from './actors/actors.js';
import type { InitiativeMention } from './initiatives/initiatives.js';
import type { FigureCandidate } from './figures/figures.js';
import type { PillarSet } from './pillars/pillars.js';

export interface DocumentInput {
  id: string;
  /** The whole file. */
  text: string;
  /** Where the body starts (after front matter). */
  bodyOffset: number;
  title?: string;
  date?: string;
  /** Who published it, from front matter: read for the currency of a bare "$". */
  publisher?: string;
  url?: string;
}

export interface QuotedActorMention extends ActorMention {
  quote: string;
  sentence: number;
}

export interface QuotedInitiativeMention extends InitiativeMention {
  quote: string;
  sentence: number;
  leads: string[];
  participants: string[];
}

export interface QuotedFigure extends FigureCandidate {
  /** The figure as written, verbatim. */
  text: string;
  quote: string;
  /** Key of the actor or initiative it is about. */
  aboutKey?: string;
  /** Key of the country that pays an amount a package's name holds (whose dollar a bare "$" is). */
  payerKey?: string;
}

export interface QuotedPillarSet extends PillarSet {
  quotes: string[];
}

export interface DocumentAnalysis {
  id: string;
  date?: string;
  actors: QuotedActorMention[];
  initiatives: QuotedInitiativeMention[];
  figures: QuotedFigure[];
  pillarSets: QuotedPillarSet[];
}
