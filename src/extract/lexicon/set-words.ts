/**
 * Words for the sets a pillar list belongs to, as product knowledge: the plural nouns that
 * name the parts of an undertaking (mapped to the schema's `term`), the nouns of lists that
 * are not such parts (donors, places, people, ordnance, amounts), and the verbs ending in -s
 * that a lead-in uses before its list ("covers", "includes"), which are not set nouns.
 */

const words = (text: string): string[] => text.trim().split(/\s+/);

const TERM_GROUPS: readonly (readonly [string, string])[] = [
  ['pillar', 'pillars'],
  ['approach', 'approaches methods procedures techniques types forms ways means modalities tools instruments mechanisms'],
  ['principle', 'principles values commitments'],
  ['phase', 'phases stages steps'],
  ['priority', 'priorities'],
  ['result', 'results outcomes outputs achievements deliverables'],
  ['objective', 'objectives goals aims targets purposes'],
  ['area', 'areas fields sectors themes domains topics'],
  ['component', 'components elements activities tasks strands workstreams lines actions measures interventions services programmes programs projects initiatives parts modules streams efforts undertakings'],
];

/** A plural set noun → the schema's term for it. */
export const SET_NOUN_TERMS: ReadonlyMap<string, string> = new Map(
  TERM_GROUPS.flatMap(([term, list]) => words(list).map((w) => [w, term] as const)),
);

/** Nouns naming lists that are not the parts of an undertaking. */
export const NON_PILLAR_NOUNS: ReadonlySet<string> = new Set(words(`
  countries states nations governments donors partners members participants representatives speakers delegates
  delegations organisations organizations agencies ngos institutions ministries bodies authorities officials
  ministers ambassadors guests sponsors contributors people persons individuals staff deminers teams
  women men girls boys children civilians families refugees farmers youth
  provinces districts villages regions communities cities towns municipalities sites locations places
  departments governorates territories zones borders
  items munitions ordnance devices mines landmines bombs weapons explosives remnants casualties victims
  figures numbers amounts funds contributions donations pledges
  facts statistics highlights headlines quotes links resources contacts
  groups actors forces factions militias gangs stakeholders companies firms contractors operators threats
  problems challenges issues risks hazards dangers obstacles difficulties barriers constraints
  benefits advantages gains consequences effects impacts reasons lessons dividends sources causes origins drivers
  schools hospitals clinics roads bridges houses homes buildings markets wells
`));

/** Words ending in -s that lead-ins use as verbs or function words, never as the set noun. */
export const NOT_SET_NOUNS: ReadonlySet<string> = new Set(words(`
  is was has does its this his us thus as plus less unless whereas perhaps always sometimes besides
  includes covers focuses consists comprises integrates combines encompasses involves contains provides
  supports aims seeks works remains rests centres centers concentrates addresses says follows lists
  outlines sets spans brings offers delivers tackles needs plans uses gives makes takes
`));

/** Section names of a document's contents ("Introduction", "References", "Annex"), never the parts of an undertaking. */
export const DOCUMENT_SECTIONS: ReadonlySet<string> = new Set([
  ...words(`introduction background references contents foreword preface vision mission overview summary glossary
  acronyms abbreviations bibliography acknowledgements acknowledgments annex annexes appendix appendices
  conclusion conclusions recommendations methodology endnotes notes index`),
  'executive summary', 'table of contents', 'list of abbreviations', 'list of acronyms', 'key messages', 'further reading',
]);

/**
 * Plural nouns of undertakings in their own right, with the kind of each one: a list of them by
 * name ("several projects: the National Seminar on …; …") is a list of initiatives
 * (initiatives/names/titled/listed-names.ts), not of parts (pillars/item-shape.ts).
 */
export const UNDERTAKING_PLURALS: ReadonlyMap<string, string> = new Map([
  ['projects', 'project'], ['programmes', 'programme'], ['programs', 'programme'], ['initiatives', 'initiative'],
  ['campaigns', 'initiative'], ['seminars', 'meeting'], ['conferences', 'meeting'],
]);
