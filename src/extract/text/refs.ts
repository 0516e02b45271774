/** References from a sentence to actors and initiatives, as the document analysis records them. */

/** A reference in a sentence to an actor or initiative, explicit or resolved from a pronoun or anaphor. */
export interface Ref {
  tok: number;
  key: string;
  type: 'actor' | 'initiative';
  explicit: boolean;
  kind?: string;
  /** How the reference was made: a name, a pronoun, an anaphor ("the package"), a demonym. */
  via: 'name' | 'pronoun' | 'anaphor' | 'demonym';
  /** Token after the reference (the end of the name, for names).*/
  tokEnd?: number;
}

