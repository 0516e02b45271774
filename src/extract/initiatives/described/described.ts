/** An initiative the text describes rather than names, as the described finders report it (token spans in one sentence). */
export interface Described {
  start: number;
  end: number;
  kind: string;
  /** Shorter forms of the name ("mutual defense pact" for "… pact enabling …"). */
  aliases: { start: number; end: number }[];
  /** An acronym alias written after the name, as text. */
  acronym?: string;
  /** Names made of its words, not written as such: "UK's £100m pledge" for "The UK has pledged almost £100m …". */
  composedAliases?: string[];
  /** Token index of a country that leads it ("Lithuanian-led", "Japan's vision"). */
  leadTok?: number;
  /** May overlap a named initiative ("… meeting of the … Convention"). */
  overlaps?: boolean;
  /** Keys of actors the wording says take part ("EU-funded …"). */
  participantKeys?: string[];
  /** Tokens whose actors take part ("partnership between A, B and C"). */
  participantSpan?: { start: number; end: number };
  /** Actors named inside it are actors too. */
  actorsInside?: boolean;
  /** A description that may stand for an undertaking named before ("the demining programme"), only for one the title named ("an agreement with X"), or only for one whose sentence names its owner ("The FSD project"). */
  weak?: boolean | 'title' | 'owner';
  /** Its key is its document's: a description anyone's undertaking may have. */
  scoped?: boolean;
  /** Parties named apart from it that complete its name: "memorandum of understanding" + " between A and B". */
  partiesName?: { start: number; end: number };
}
