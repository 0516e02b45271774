/**
 * A gazetteer of countries: canonical name, other names, and demonyms. Used to
 * recognise countries that act and to read "Japanese minister" as a role in Japan.
 * Format of each entry: `Name|other name|…;demonym|demonym`.
 */
import { memoByString } from './memo.js';
import { lowerCase } from '../text/lower-case.js';

/** A name that `countryLookupKey` must clean beyond lower-casing: curly apostrophes, whitespace other than single spaces. */
const NEEDS_CLEANING = /[\u2018\u2019]|\s\s|[^\S ]|^\s|\s$/;

const ENTRIES = [
  'Afghanistan;Afghan', 'Albania;Albanian', 'Algeria;Algerian', 'Andorra;Andorran', 'Angola;Angolan',
  'Antigua and Barbuda', 'Argentina;Argentine|Argentinian', 'Armenia;Armenian', 'Australia;Australian',
  'Austria;Austrian', 'Azerbaijan;Azerbaijani|Azeri', 'Bahamas|The Bahamas;Bahamian', 'Bahrain;Bahraini',
  'Bangladesh;Bangladeshi', 'Barbados;Barbadian', 'Belarus;Belarusian', 'Belgium;Belgian', 'Belize;Belizean',
  'Benin;Beninese', 'Bhutan;Bhutanese', 'Bolivia;Bolivian', 'Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia;Bosnian',
  'Botswana;Motswana', 'Brazil;Brazilian', 'Brunei|Brunei Darussalam', 'Bulgaria;Bulgarian',
  'Burkina Faso;Burkinabe', 'Burundi;Burundian', 'Cabo Verde|Cape Verde', 'Cambodia|Kingdom of Cambodia;Cambodian',
  'Cameroon;Cameroonian', 'Canada;Canadian', 'Central African Republic|CAR', 'Chad;Chadian', 'Chile;Chilean',
  'China|People\'s Republic of China|PRC;Chinese', 'Colombia;Colombian', 'Comoros;Comorian',
  'Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC|Congo-Kinshasa', 'Republic of the Congo|Congo-Brazzaville|Congo;Congolese',
  'Costa Rica;Costa Rican', "Côte d'Ivoire|Cote d'Ivoire|Ivory Coast;Ivorian", 'Croatia;Croatian', 'Cuba;Cuban',
  'Cyprus;Cypriot', 'Czechia|Czech Republic;Czech', 'Denmark;Danish', 'Djibouti;Djiboutian', 'Dominica',
  'Dominican Republic;Dominican', 'Ecuador;Ecuadorian', 'Egypt;Egyptian', 'El Salvador;Salvadoran',
  'Equatorial Guinea', 'Eritrea;Eritrean', 'Estonia;Estonian', 'Eswatini|Swaziland', 'Ethiopia;Ethiopian',
  'Fiji;Fijian', 'Finland;Finnish', 'France;French', 'Gabon;Gabonese', 'Gambia|The Gambia;Gambian',
  'Georgia;Georgian', 'Germany;German', 'Ghana;Ghanaian', 'Greece;Greek', 'Grenada', 'Guatemala;Guatemalan',
  'Guinea;Guinean', 'Guinea-Bissau', 'Guyana;Guyanese', 'Haiti;Haitian', 'Honduras;Honduran',
  'Hungary;Hungarian', 'Iceland;Icelandic', 'India;Indian', 'Indonesia;Indonesian', 'Iran;Iranian', 'Iraq;Iraqi',
  'Ireland;Irish', 'Israel;Israeli', 'Italy;Italian', 'Jamaica;Jamaican', 'Japan;Japanese', 'Jordan;Jordanian',
  'Kazakhstan;Kazakh', 'Kenya;Kenyan', 'Kiribati', 'Kosovo;Kosovar', 'Kuwait;Kuwaiti', 'Kyrgyzstan;Kyrgyz',
  "Laos|Lao PDR|Lao People's Democratic Republic;Lao|Laotian", 'Latvia;Latvian', 'Lebanon;Lebanese',
  'Lesotho', 'Liberia;Liberian', 'Libya;Libyan', 'Liechtenstein', 'Lithuania;Lithuanian',
  'Luxembourg;Luxembourgish', 'Madagascar;Malagasy', 'Malawi;Malawian', 'Malaysia;Malaysian', 'Maldives;Maldivian',
  'Mali;Malian', 'Malta;Maltese', 'Marshall Islands', 'Mauritania;Mauritanian', 'Mauritius;Mauritian',
  'Mexico;Mexican', 'Micronesia', 'Moldova;Moldovan', 'Monaco', 'Mongolia;Mongolian', 'Montenegro;Montenegrin',
  'Morocco;Moroccan', 'Mozambique;Mozambican', 'Myanmar|Burma;Burmese', 'Namibia;Namibian', 'Nauru',
  'Nepal;Nepali|Nepalese', 'Netherlands|The Netherlands|Holland;Dutch', 'New Zealand', 'Nicaragua;Nicaraguan',
  'Niger;Nigerien', 'Nigeria;Nigerian', 'North Korea|DPRK;North Korean', 'North Macedonia|Macedonia;Macedonian',
  'Norway;Norwegian', 'Oman;Omani', 'Pakistan;Pakistani', 'Palau', 'Palestine|State of Palestine;Palestinian',
  'Panama;Panamanian', 'Papua New Guinea', 'Paraguay;Paraguayan', 'Peru;Peruvian',
  'Philippines|The Philippines;Filipino|Philippine', 'Poland;Polish', 'Portugal;Portuguese', 'Qatar;Qatari',
  'Romania;Romanian', 'Russia|Russian Federation;Russian', 'Rwanda;Rwandan', 'Samoa;Samoan',
  'San Marino', 'Saudi Arabia;Saudi', 'Senegal;Senegalese', 'Serbia;Serbian', 'Seychelles',
  'Sierra Leone', 'Singapore;Singaporean', 'Slovakia;Slovak', 'Slovenia;Slovenian', 'Solomon Islands',
  'Somalia;Somali', 'South Africa;South African', 'South Korea|Republic of Korea;South Korean|Korean',
  'South Sudan;South Sudanese', 'Spain;Spanish', 'Sri Lanka;Sri Lankan', 'Sudan;Sudanese', 'Suriname',
  'Sweden;Swedish', 'Switzerland|Swiss Confederation;Swiss', 'Syria|Syrian Arab Republic;Syrian', 'Tajikistan;Tajik',
  'Tanzania;Tanzanian', 'Thailand;Thai', 'Timor-Leste|East Timor', 'Togo;Togolese', 'Tonga',
  'Trinidad and Tobago', 'Tunisia;Tunisian', 'Türkiye|Turkey;Turkish', 'Turkmenistan;Turkmen', 'Tuvalu',
  'Uganda;Ugandan', 'Ukraine;Ukrainian', 'United Arab Emirates|UAE;Emirati',
  'United Kingdom|UK|U.K.|Britain|Great Britain;British', 'United States|United States of America|USA|US|U.S.|U.S.A.;American',
  'Uruguay;Uruguayan', 'Uzbekistan;Uzbek', 'Vanuatu', 'Venezuela;Venezuelan', 'Viet Nam|Vietnam;Vietnamese',
  'Western Sahara;Sahrawi', 'Yemen;Yemeni', 'Zambia;Zambian', 'Zimbabwe;Zimbabwean', 'Nagorno-Karabakh',
];

export interface CountryInfo {
  name: string;
}

const BY_NAME = new Map<string, string>();
const BY_DEMONYM = new Map<string, string>();
/** Lower-cased first words of country names, with the most words a name starting so has. */
const FIRST_WORDS = new Map<string, number>();
/** Longest country name in words, to bound look-ahead. */
let longest = 1;

for (const entry of ENTRIES) {
  const [names = '', demonyms = ''] = entry.split(';');
  const all = names.split('|');
  const canonical = all[0]!;
  for (const n of all) {
    const key = countryLookupKey(n);
    BY_NAME.set(key, canonical);
    const words = key.split(' ');
    longest = Math.max(longest, words.length);
    FIRST_WORDS.set(words[0]!, Math.max(FIRST_WORDS.get(words[0]!) ?? 0, words.length));
  }
  for (const d of demonyms.split('|')) if (d) BY_DEMONYM.set(d.toLowerCase(), canonical);
}

/** Words that open a state's formal name: "Republic of Croatia", "Federal Republic of Germany". */
const FORMAL_PREFIX = /^(?:(?:federal|democratic|islamic|socialist|united|people's|arab|plurinational|bolivarian|oriental|hashemite|argentine|italian|hellenic|slovak|czech|kyrgyz|lebanese|syrian)\s+)*(?:republic|kingdom|state|principality|sultanate|commonwealth|federation|grand duchy|emirate)\s+of\s+(?:the\s+)?/;
for (const w of ['republic', 'kingdom', 'state', 'principality', 'sultanate', 'commonwealth', 'federation', 'federal', 'democratic', 'islamic', 'socialist', 'grand', 'emirate']) {
  FIRST_WORDS.set(w, Math.max(FIRST_WORDS.get(w) ?? 0, 6));
}
longest = Math.max(longest, 6);

/** Lower-cased, leading `the` removed, apostrophes unified. */
export function countryLookupKey(name: string): string {
  if (/^[A-Za-z.]+$/.test(name)) return name.toLowerCase();
  // no curly apostrophe and single spaces only: the replacements below would change nothing
  if (!NEEDS_CLEANING.test(name)) {
    const lower = name.toLowerCase();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  return name
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

/** How many words the longest country name starting with `word` has (0 when none does). */
export function countryWordsFrom(word: string): number {
  const lower = lowerCase(word);
  return FIRST_WORDS.get(lower) ?? (lower === 'the' ? LONGEST_COUNTRY_WORDS + 1 : 0);
}

/** The canonical country for a name ("Russian Federation" → "Russia"), or undefined. */
export const countryOf: (name: string) => string | undefined = memoByString(lookUpCountry);

function lookUpCountry(name: string): string | undefined {
  const key = countryLookupKey(name);
  const direct = BY_NAME.get(key);
  if (direct !== undefined || key.indexOf(' of ') < 0) return direct;
  // "Republic of Croatia": a formal name the gazetteer does not list, read as the country it names
  const rest = key.replace(FORMAL_PREFIX, '');
  return rest !== key ? BY_NAME.get(rest) : undefined;
}

/** The canonical country for one already lower-cased word ("japan" → "Japan"), or undefined. */
export function countryOfLowerWord(lower: string): string | undefined {
  return BY_NAME.get(lower);
}

/** The canonical country for a demonym ("Cambodian" → "Cambodia"), or undefined. */
export function countryOfDemonym(word: string): string | undefined {
  return BY_DEMONYM.get(lowerCase(word));
}

/** Words in the longest country name. */
export const LONGEST_COUNTRY_WORDS = longest;

/** Every canonical country name (for tests). */
export function allCountries(): string[] {
  return [...new Set(BY_NAME.values())].sort();
}
