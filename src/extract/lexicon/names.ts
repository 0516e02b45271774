/** Word lists for names: organisation and initiative head words, roles, honorifics, common words. */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Last words that make a capitalised name an organisation: "… Centre", "… Authority". */
export const ORG_HEADS = set(`
  centre center centres centers authority authorities agency agencies ministry ministries department office
  service services organisation organization organisations organizations trust foundation institute institution
  council commission committee corps army forces force police party government embassy bank university
  association society federation union fund secretariat directorate bureau administration board network
  company corporation inc ltd llc limited plc gmbh group news monitor times post herald journal press radio television tv
  cabinet parliament assembly court mission unit brigade battalion division command academy school
  college hospital laboratory lab alliance consortium charity ngo crescent cross aid
`);

/** Head words after which an organisation name may continue with a location (`… Office in Ukraine`). */
export const ORG_SUBUNITS = set('office mission team headquarters representation delegation branch bureau');

/** Last words that make a capitalised name an initiative, with the schema kind. */
export const INITIATIVE_HEADS: ReadonlyMap<string, string> = new Map([
  ['initiative', 'initiative'], ['initiatives', 'initiative'], ['package', 'package'], ['project', 'project'],
  ['projects', 'project'], ['programme', 'programme'], ['program', 'programme'], ['programmes', 'programme'],
  ['programs', 'programme'], ['convention', 'convention'], ['treaty', 'convention'], ['agreement', 'agreement'],
  ['accord', 'agreement'], ['accords', 'agreement'], ['memorandum', 'agreement'], ['partnership', 'partnership'],
  ['coalition', 'coalition'], ['group', 'group'], ['conference', 'conference'], ['summit', 'conference'],
  ['symposium', 'conference'], ['forum', 'conference'], ['workshop', 'conference'], ['meeting', 'conference'], ['meetings', 'conference'],
  ['resolution', 'resolution'], ['strategy', 'policy'],
  ['policy', 'policy'], ['plan', 'policy'], ['framework', 'policy'], ['declaration', 'policy'],
  ['compact', 'agreement'], ['contract', 'agreement'], ['facility', 'programme'], ['mechanism', 'programme'], ['vision', 'policy'],
  ['standards', 'policy'], ['fund', 'fund'], ['instrument', 'fund'], ['day', 'day'], ['protocol', 'convention'], ['roadmap', 'policy'],
]);

/**
 * Words that, right after an initiative's head word, name a field of its record, as the labels
 * of a project page do ("Project Number", "Programme Title", "Project Description"): no part of
 * a name; and the kind of publication a page is ("Policy Brief", "Strategy Paper").
 */
export const FIELD_LABELS = set(`
  number no id code title name description summary duration period dates budget cost costs status
  location locations site sites area areas document documents partners donors objective objectives
  outputs outcome outcomes results brief briefs briefing paper papers
`);

/** Last words that make a capitalised name a place, never a person: "Osijek-Baranja County", "Zaire Province". */
export const PLACE_HEADS = set('county province district region municipality oblast governorate prefecture canton');

/** Words one of which a name ending in `Day` holds to be an international day ("International Day for …"). */
export const DAY_WORDS = set('international world global');

/** First words of a `… Fund` that is an agency rather than a fund ("United Nations Children's Fund"). */
export const AGENCY_FUND_OPENERS = set('united un unicef world international global opec');


/** Words before `Group` that make it a coordination group (an initiative) rather than an organisation. */
export const GROUP_INITIATIVE_WORDS = set('contact working core steering support coordination donor donors friends ad hoc');

/** Role head words ("minister", "director-general"); multi-word heads are joined by a space. */
export const ROLE_HEADS = set(`
  minister ministers president vice-president vice-chair director director-general general-director
  secretary secretary-general under-secretary-general undersecretary ambassador chair chairman chairwoman
  chairperson co-chair head chief senator governor mayor spokesperson spokesman spokeswoman commissioner
  representative envoy coordinator manager officer adviser advisor king queen prince princess premier
  chancellor deputy founder co-founder ceo commander colonel lieutenant lawmaker legislator leader
  administrator executive counsellor counselor consul emperor sultan speaker delegate rapporteur
  president-elect attaché attache researcher analyst expert specialist supervisor deminer
  general captain sergeant admiral brigadier coronel
  prefect photographer journalist reporter correspondent editor professor engineer inspector councillor councilor
  survivor farmer villager volunteer teacher student nurse
`);

/** Regions that may open a role's title: "Africa Head of Mine Action", "Asia Regional Director". */
export const ROLE_REGIONS = set('africa asia europe americas pacific mena');

/** Two-word role heads, matched before single words. */
export const ROLE_BIGRAMS: ReadonlySet<string> = new Set([
  'director general', 'secretary general', 'attorney general', 'governor general', 'prime minister',
  'deputy minister', 'state secretary', 'managing director', 'executive director', 'country director',
  'programme manager', 'program manager', 'operations manager', 'vice president', 'vice chair',
  'chief executive', 'member of parliament', 'head of state', 'head of government', 'head of mission',
  'head of programme', 'head of delegation', 'chargé d\'affaires',
  'senior fellow', 'research fellow', 'visiting fellow', 'distinguished fellow',
]);

/** Words that may precede a role head inside a title: "Senior minister", "Defense Minister". */
export const ROLE_MODIFIERS = set(`
  prime foreign defense defence senior deputy vice first second former acting executive chief country
  programme program technical operations regional national interim special permanent assistant associate
  managing state junior parliamentary interior finance economy health education general high lead
  head principal director resident external information affairs public communications humanitarian
  mine action field project board
`);

/** Honorifics before a person's name; dropped from the name. */
export const HONORIFICS = set(`
  mr mrs ms miss dr prof sir dame madam madame h.e. he excellency hon honourable honorable
  lt gen col maj capt cpt sgt adm brig cdr cmdr ret major eng hrh comrade cde
`);

/** Royal titles that stay part of how a person is named ("Prince Harry", "Queen Rania"). */
export const ROYAL_TITLES = set('prince princess king queen sheikh sheikha emir');

/** Words of a title that names a page of news, a report or a speech, never an undertaking ("Demining news", "Remarks by …"). */
export const PAGE_WORDS = set('report reports update updates news statement remarks speech press');

/** Verbs of a title-case headline, never the end of a body's name ("… Mine Action Agency Clears 44 Minefields"). */
export const HEADLINE_VERBS = set(`
  clears signs launches receives provides announces welcomes completes opens trains releases donates
  pledges commits allocates begins starts destroys removes reaches urges expands extends renews hosts
  visits meets joins gives delivers says warns holds presents adopts approves unveils marks celebrates concludes
  hands calls held presented adopted approved unveiled launched signed handed marked celebrated concluded
  completed delivered inaugurated inaugurates continues
`);
/** Headline verbs that are also nouns ending a body's name ("EU Funds"): verbs only in a headline's undertaking. */
export const HEADLINE_NAME_VERBS: ReadonlySet<string> = new Set([...HEADLINE_VERBS, 'funds', 'backs', 'supports', 'finances']);

/** Collective bodies named by one capitalised word, or by words that are no name elsewhere ("States Parties"). */
export const COLLECTIVE_BODIES: readonly string[] = ['States Parties', 'State Parties', 'Congress', 'Parliament', 'Senate', 'Bundestag', 'Duma'];

/** Words before "by" that open a byline: "Written by …", "Photo by …". */
export const BYLINE_WORDS = set('written posted reported story text photo photos photograph interview compiled edited published reporting editing writing additional');

/** Nouns that introduce a person in apposition: "his father, Hun Sen". */
export const KINSHIP = set('father mother son daughter wife husband brother sister uncle aunt widow');

/** Verbs of saying next to a person's name. */
export const SPEECH_VERBS = set(`
  said says told added noted stated explained stressed emphasised emphasized remarked announced
  declared urged highlighted underlined warned recalled pledged welcomed commented revealed affirmed
  confirmed reiterated insisted indicated observed recalls recounts remembers explains adds notes
`);

/** Nouns that classify the capitalised name after them as an organisation: "the NGO Landmine Monitor". */
export const ORG_CLASS_NOUNS = set(`
  ngo ngos organisation organization charity agency operator nonprofit non-profit company firm
  foundation group outlet newspaper broadcaster publication
`);

/** The set words of enumerations, mapped to the schema's `term`. */
export const SET_WORDS: ReadonlyMap<string, string> = new Map([
  ['pillars', 'pillar'], ['pillar', 'pillar'], ['approaches', 'approach'], ['approach', 'approach'],
  ['principles', 'principle'], ['principle', 'principle'], ['phases', 'phase'], ['phase', 'phase'],
  ['priorities', 'priority'], ['priority', 'priority'], ['results', 'result'], ['result', 'result'],
  ['outcomes', 'result'], ['outcome', 'result'], ['objectives', 'objective'], ['objective', 'objective'],
  ['goals', 'objective'], ['goal', 'objective'], ['components', 'component'], ['component', 'component'],
  ['areas', 'area'], ['area', 'area'], ['priority areas', 'priority'], ['focus areas', 'area'],
  ['strands', 'component'], ['workstreams', 'component'], ['lines', 'component'],
]);

/** Capitalised function and discourse words that begin sentences or headlines without being names. */
export const LEADING_NOISE = set(`
  the a an in on at during following after before next last this that these those several many some both
  each every all through according while when since as for with without under over by from to of and but or
  if it its we i you he she they our their his her my your there here today yesterday tomorrow notably
  therefore however also so earlier later first second third fourth fifth finally meanwhile moreover
  furthermore additionally besides thus hence indeed yet still now then once where which who what how why
  let lets please thanks thank dear remarks speech statement address keynote translation end conclusion
  introduction background summary overview note notes read share click leave scroll required fields email
  based against among between within including despite although though because unless until upon across
  along around about into onto toward towards via per other another such no not only just even most more
  less few much very well ladies gentlemen distinguished colleagues excellencies excellency your majesty
  highness welcome good morning afternoon evening hello monday tuesday wednesday thursday friday saturday
  sunday spelling interlocutors reference
`);

/** Words that are never part of a person's name (domain words, verbs of headlines, months, degrees written after a name). */
export const NON_PERSON_WORDS = set(`
  united win join joins said says will would can could should may might must shall do does did is are was
  were be been being has have had go goes make makes take takes give gives partner partners train trains
  launch launches launched support supports supported help helps helped mine mines landmine landmines
  demining deminer deminers unexploded ordnance humanitarian action cooperation assistance contamination
  clearance survey victim victims risk education vision past zero free world hands joined global local
  international national regional annual new past conclusion comment top report error spelling field decree decrees
  technology science innovation security peace women human rights development recovery emergency
  explosive explosives objects equipment disposal capacity improvement machine machines state parties
  party side ministry economy defense defence foreign affairs january february march april may june july
  august september october november december kingdom republic people peoples government
  ph phd msc mba mphil dphil extraordinary plenipotentiary designate emeritus continues continue
`);

/** Acronyms that name things, not actors. */
export const TERM_ACRONYMS = set(`
  UXO UXOS ERW IED IEDS EOD AP AT APM ATM NTS TS MRE EORE ODA NGO NGOS AI GPS GDP CEO HMA SDG SDGS ICT IT
  TV UN CV ID PDF USD EUR JPY GBP KM AM PM UAV UAVS CCM APMBC IMAS NMAS QA QC GIS IMSMA OK FAQ PS NB COVID
  HQ ETA CBRN IMS MOU MOA SHA CHA BAC TNT PPE RPG MINE EO SALW CMR AXO MSA SHPA DHA WWI WWII WW2
`);

/** International bodies known by names without a head word. */
const INTERNATIONAL_BODY_NAMES: ReadonlySet<string> = new Set([
  'united nations', 'european union', 'african union', 'nato', 'osce', 'asean', 'world bank', 'red cross',
  'un women', 'interpol', 'european commission',
]);

export function isInternationalOrganisation(lowerName: string): boolean {
  return INTERNATIONAL_BODY_NAMES.has(lowerName);
}

const INTERNATIONAL_FIRST_WORDS = new Set([...INTERNATIONAL_BODY_NAMES].map((n) => n.split(' ')[0]!));

/** Whether some international body's name starts with this lower-case word. */
export function startsInternationalName(lowerWord: string): boolean {
  return INTERNATIONAL_FIRST_WORDS.has(lowerWord);
}
