/** Cheap tests on a sentence's text that decide which of the slower initiative finders run on it. */

/** A cheap test that a sentence may describe an initiative in lower case. */
export const MAY_DESCRIBE = /-led\b|\(|\b(?:initiative|projects?|programmes?|programs?|pact|agreement|accord|treaty|resolution|partnership|package|coalition|plan|strategy|campaign|effort|mechanism|vision|policy|agenda|roadmap|meeting|session|conference|summit|assembly|pillars|approaches|principles|phases|priorities|results|outcomes|objectives|goals|components|areas|mission|memorandum|extension requests?)\b/i;
/** Cheap tests that a sentence may hold a grant, a partnership by its parties, a donor's support, a title after "entitled". */
export const MAY_FUND = /-funded|-financed|-backed|-sponsored|-supported|\b(?:funded|financed|sponsored) |million|billion|pledge|grant|[$\u20AC\u00A3\u00A5]|\b(?:USD|EUR|GBP|JPY|AUD|CHF|euros?|dollars|pounds|francs|kroner|yen)\b/i;
export const MAY_PARTNER = /\b(?:partnership|agreement|memorandum|accord|pact|treaty|alliance|initiative|programm?e?s?|projects?)\b/i;
export const MAY_SUPPORT = /\b(?:support|fund|financ|sponsor)/i;
export const MAY_BE_JOINT = /\b(?:Binational|Bi-national|Bilateral|Trilateral|Multinational|Tripartite)\b/;
export const MAY_LIST_NAMES = /\b(?:projects|programmes|programs|initiatives|campaigns|seminars|conferences)(?:\s*:| (?:include|includes|included|including|namely)\b)/i;
export const MAY_AGREE = /\b(?:memorandum|exchange of notes|record of discussions?|letter of intent)\b/;
export const MAY_SIGN_BETWEEN = /\bagreement (?:was|were|has been|had been) \w+ [^.]{0,60}\bbetween\b/i;
export const MAY_ENTITLE = /\b(?:entitled|titled|called|named|dubbed|known as|calls? (?:this|it|our|that))\b|^(?:Project|Programme|Program|Initiative)(?: title| name| profile)?:/i;
/** A peace agreement or a statement that ended a war, in lower case (`described/peace-agreements.ts`). */
export const MAY_MAKE_PEACE = /\bpeace (?:deal|agreement|accords?|treaty)\b|\b(?:tripartite|trilateral) (?:statement|declaration)\b/i;
