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

/** Whether `line` opens with a field label ("Donor Agency: …"). */
export function isFieldLine(line: string): boolean {
  return FIELD_LABEL.test(line.trimStart());
}

/** Whether a field line after `previous` (the last line of the block so far) starts a new block. */
export function fieldLineBreaks(previous: string, line: string): boolean {
  const before = previous.trimEnd();
  return before !== '' && !ENDS_OPEN.test(before) && isFieldLine(line);
}

/** Labels whose value names who funds, implements or takes part in the page's undertaking. */
const PARTICIPANT_LABEL = /^(?:(?:main |lead |principal )?donors?(?: agenc(?:y|ies)| countr(?:y|ies)| organi[sz]ations?)?|funding(?: agenc(?:y|ies)| partners?| organi[sz]ations?| sources?)?|funded by|financed by|supported by|implemented by|(?:implementing|executing|lead|responsible) (?:agenc(?:y|ies)|partners?|organi[sz]ations?|bod(?:y|ies))|implementers?|(?:project )?partners?|partner organi[sz]ations?|operators?|contractors?|counterparts?)$/i;

/** Whether a field label ("Donor Agency", "Implementing Partners") names who takes part. */
export function isParticipantLabel(label: string): boolean {
  return PARTICIPANT_LABEL.test(label.trim().replace(/\s+/g, ' '));
}
