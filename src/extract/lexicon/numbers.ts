/** Number words, magnitudes, qualifiers and calendar words. */

export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80],
  ['ninety', 90],
]);

/** Scale words after a number: "4 million", "two thousand". */
export const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mn', 1e6], ['bn', 1e9], ['mln', 1e6], ['bln', 1e9], ['millions', 1e6], ['billions', 1e9],
]);

/** Short scale suffixes written straight after a money amount: "$2.1m", "€3bn". */
export const MONEY_SUFFIX_MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['bn', 1e9], ['b', 1e9],
]);

/**
 * Words that stand for an unstated number ("thousands of deminers", "several nations"),
 * with the schema qualifier and the lower bound the plain meaning gives (a figure needs a
 * number: "thousands" is at least two thousand, "several" more than two).
 */
export const VAGUE_QUANTITIES: ReadonlyMap<string, { qualifier: string; min: number }> = new Map([
  ['dozens', { qualifier: 'dozens', min: 24 }], ['hundreds', { qualifier: 'hundreds', min: 200 }],
  ['thousands', { qualifier: 'thousands', min: 2000 }], ['several', { qualifier: 'several', min: 3 }],
]);

/**
 * Hedges before a number, longest first within each start word, mapped to the schema's
 * `qualifier` enum.
 */
export const QUALIFIERS: readonly (readonly [string[], string])[] = [
  [['more', 'than'], 'more-than'], [['in', 'excess', 'of'], 'more-than'], [['upwards', 'of'], 'more-than'],
  [['well', 'over'], 'over'], [['just', 'over'], 'over'], [['over'], 'over'], [['above'], 'over'],
  [['at', 'least'], 'at-least'], [['no', 'fewer', 'than'], 'at-least'], [['no', 'less', 'than'], 'at-least'],
  [['a', 'minimum', 'of'], 'at-least'],
  [['about'], 'about'], [['around'], 'about'], [['approximately'], 'about'], [['approx'], 'about'],
  [['roughly'], 'about'], [['some'], 'about'], [['circa'], 'about'], [['close', 'to'], 'nearly'],
  [['nearly'], 'nearly'], [['almost'], 'almost'], [['just', 'under'], 'nearly'],
  [['up', 'to'], 'up-to'], [['as', 'many', 'as'], 'up-to'], [['as', 'much', 'as'], 'up-to'], [['at', 'most'], 'up-to'],
  [['less', 'than'], 'less-than'], [['fewer', 'than'], 'less-than'], [['under'], 'less-than'], [['below'], 'less-than'],
  [['an', 'estimated'], 'estimated'], [['estimated'], 'estimated'], [['est'], 'estimated'],
];

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Ordinal adverbs that open the items of an enumeration: "First, …". */
export const ORDINAL_ADVERBS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['firstly', 1], ['second', 2], ['secondly', 2], ['third', 3], ['thirdly', 3], ['fourth', 4],
  ['fourthly', 4], ['fifth', 5], ['fifthly', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
  ['tenth', 10],
]);

/** Capitalised words after which a number is a label, not a quantity: "Resolution 1325". */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'resolution', 'article', 'articles', 'section', 'chapter', 'no', 'nos', 'number', 'paragraph', 'para',
  'decision', 'protocol', 'annex', 'phase', 'result', 'objective', 'pillar', 'priority', 'step', 'item',
  'table', 'figure', 'fig', 'page', 'pages', 'room', 'level', 'category', 'zone', 'sector', 'route', 'highway',
  'road', 'block', 'unit', 'team', 'class', 'volume', 'vol', 'part', 'title', 'amendment', 'rule', 'law', 'act',
  'box', 'appendix', 'goal', 'session', 'meeting', 'approach', 'principle', 'component', 'area', 'outcome',
  'output', 'activity', 'action', 'target', 'indicator', 'point', 'question', 'case', 'file', 'report', 'version',
  'district', 'province', 'village', 'commune', 'lot', 'task', 'field', 'grid', 'site', 'polygon', 'batch',
]);
