/** Words of mine-action work, as product knowledge: one of them makes a phrase name the work itself. */

/** Mine-action words (lower case). */
export const MINE_ACTION_WORDS: ReadonlySet<string> = new Set([
  'mine', 'mines', 'landmine', 'landmines', 'demining', 'clearance', 'de-mining', 'uxo', 'erw', 'eod', 'risk', 'victim',
  'survivor', 'survivors', 'explosive', 'ordnance', 'cluster', 'munitions', 'stockpile', 'disarmament', 'mine-free',
  'destruction', 'weapons', 'munition', 'remnants',
]);

/** Whether a lower-case word (or a part of a hyphenated one) is a mine-action word: "demining", "mine-free". */
export function isMineActionWord(lower: string): boolean {
  return MINE_ACTION_WORDS.has(lower) || (lower.includes('-') && lower.split('-').some((p) => MINE_ACTION_WORDS.has(p)));
}
