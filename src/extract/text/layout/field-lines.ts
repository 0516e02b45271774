/**
 * Field lines of project pages and fact boxes: "Donor Agency: Government of Japan",
 * "Implementing Partner: CMAC", "Duration: 24 months". Each is a fact of its own, written
 * one a line without closing punctuation, so a line that opens with a short capitalised
 * label and a colon starts a block of its own when the line before it has not ended a
 * sentence; otherwise the label would run into the value of the line before
 * ("… Battambang Province Donor Agency").
 */
const FIELD_LABEL = /^\p{Lu}[\p{L}'\u2019&/()-]*(?:[ \t]+[\p{L}'\u2019&/()-]+){0,3}[ \t]*:[ \t]+\S/u;
const ENDS_OPEN = /[.!?:;,]["'\u201D)\]]*$|[-\u2013\u2014&/]$|\b(?:and|or|of|the|for|to|in|by|with)$/i;

/** How much of a line a label and its colon can take: four words and a value's first character. */
const LABEL_REACH = 120;
/** How much of the line before is read to see whether it ended open. */
const END_REACH = 40;

/**
 * Whether the line `[lineStart, lineEnd)` of `text` is a field line that starts a new block after
 * the line `[prevStart, prevEnd)` (the last line of the block so far). Only the line's opening and
 * the previous line's end are read.
 */
export function fieldLineBreaks(text: string, prevStart: number, prevEnd: number, lineStart: number, lineEnd: number): boolean {
  if (!FIELD_LABEL.test(text.slice(lineStart, Math.min(lineEnd, lineStart + LABEL_REACH)).trimStart())) return false;
  const from = Math.max(prevStart, prevEnd - END_REACH);
  // a word cut at the start of the window is not read as a word ("…band" is not "and")
  const before = (from > prevStart ? text.slice(from, prevEnd).replace(/^\S*/, '') : text.slice(from, prevEnd)).trimEnd();
  return before !== '' && !ENDS_OPEN.test(before);
}

/** Labels whose value names who funds, implements or takes part in the page's undertaking. */
const PARTICIPANT_LABEL = /^(?:(?:main |lead |principal )?donors?(?: agenc(?:y|ies)| countr(?:y|ies)| organi[sz]ations?)?|funding(?: agenc(?:y|ies)| partners?| organi[sz]ations?| sources?)?|funded by|financed by|supported by|implemented by|(?:implementing|executing|lead|responsible) (?:agenc(?:y|ies)|partners?|organi[sz]ations?|bod(?:y|ies))|implementers?|(?:project )?partners?|partner organi[sz]ations?|operators?|contractors?|counterparts?)$/i;

/** Whether a field label ("Donor Agency", "Implementing Partners") names who takes part. */
export function isParticipantLabel(label: string): boolean {
  return PARTICIPANT_LABEL.test(label.trim().replace(/\s+/g, ' '));
}
