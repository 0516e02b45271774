/** Units and currencies, each as the token sequences that spell it and the schema unit it maps to. */

/** Sequences of lower-cased tokens after a number, longest first. */
export const UNIT_SEQUENCES: readonly (readonly [string[], string])[] = [
  [['square', 'kilometres'], 'km2'], [['square', 'kilometers'], 'km2'], [['square', 'kilometre'], 'km2'],
  [['square', 'kilometer'], 'km2'], [['square', 'km'], 'km2'], [['square', 'kms'], 'km2'],
  [['square-kilometres'], 'km2'], [['square-kilometers'], 'km2'],
  [['sq', '.', 'km'], 'km2'], [['sq', 'km'], 'km2'], [['sq', 'kms'], 'km2'], [['sqkm'], 'km2'], [['km2'], 'km2'],
  [['km²'], 'km2'], [['km', '²'], 'km2'], [['km', '2'], 'km2'],
  [['kilometres'], 'km'], [['kilometers'], 'km'], [['kilometre'], 'km'], [['kilometer'], 'km'], [['km'], 'km'], [['kms'], 'km'],
  [['square', 'metres'], 'm2'], [['square', 'meters'], 'm2'], [['square', 'metre'], 'm2'], [['square', 'meter'], 'm2'],
  [['sq', '.', 'm'], 'm2'], [['sq', 'm'], 'm2'], [['sqm'], 'm2'], [['m2'], 'm2'], [['m²'], 'm2'],
  [['hectares'], 'hectare'], [['hectare'], 'hectare'], [['ha'], 'hectare'],
  [['percent'], 'percent'], [['per', 'cent'], 'percent'], [['%'], 'percent'], [['pct'], 'percent'],
  [['percentage', 'points'], 'percent'],
  [['years'], 'year'], [['year'], 'year'], [['months'], 'month'], [['month'], 'month'], [['weeks'], 'week'],
  [['week'], 'week'], [['days'], 'day'], [['day'], 'day'], [['hours'], 'hour'], [['hour'], 'hour'],
  [['minutes'], 'minute'], [['minute'], 'minute'], [['acres'], 'acre'], [['acre'], 'acre'],
  [['metric', 'tonnes'], 'tonne'], [['metric', 'tons'], 'tonne'], [['tonnes'], 'tonne'], [['tonne'], 'tonne'],
  [['tons'], 'tonne'], [['ton'], 'tonne'],
  [['us', 'dollars'], 'USD'], [['u.s.', 'dollars'], 'USD'], [['american', 'dollars'], 'USD'],
  [['australian', 'dollars'], 'AUD'], [['canadian', 'dollars'], 'CAD'], [['new', 'zealand', 'dollars'], 'NZD'],
  [['dollars'], 'USD'], [['dollar'], 'USD'], [['euros'], 'EUR'], [['euro'], 'EUR'],
  [['japanese', 'yen'], 'JPY'], [['yen'], 'JPY'], [['yens'], 'JPY'], [['pounds', 'sterling'], 'GBP'], [['pounds'], 'GBP'],
  [['swiss', 'francs'], 'CHF'], [['francs'], 'CHF'], [['riels'], 'KHR'], [['riel'], 'KHR'],
  [['hryvnias'], 'UAH'], [['hryvnia'], 'UAH'], [['hryvnia'], 'UAH'], [['kwanzas'], 'AOA'], [['kwanza'], 'AOA'],
  [['roubles'], 'RUB'], [['rubles'], 'RUB'], [['rupees'], 'INR'], [['rupee'], 'INR'], [['norwegian', 'kroner'], 'NOK'],
  [['swedish', 'kronor'], 'SEK'], [['danish', 'kroner'], 'DKK'],
  [['kuna'], 'HRK'], [['kunas'], 'HRK'], [['kune'], 'HRK'], [['convertible', 'marks'], 'BAM'],
  [['manats'], 'AZN'], [['manat'], 'AZN'], [['lari'], 'GEL'], [['drams'], 'AMD'], [['tenge'], 'KZT'],
  [['afghanis'], 'AFN'], [['kip'], 'LAK'], [['dong'], 'VND'], [['baht'], 'THB'], [['zlotys'], 'PLN'], [['zloty'], 'PLN'],
  [['forints'], 'HUF'], [['korunas'], 'CZK'], [['lira'], 'TRY'], [['rand'], 'ZAR'],
  [['naira'], 'NGN'], [['birr'], 'ETB'], [['soles'], 'PEN'], [['renminbi'], 'CNY'], [['yuan'], 'CNY'],
  [['australian', 'dollar'], 'AUD'], [['canadian', 'dollar'], 'CAD'],
];

/** ISO 4217 codes written as words ("USD 2.1 million", "160 million EUR"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'JPY', 'GBP', 'CHF', 'AUD', 'CAD', 'NZD', 'NOK', 'SEK', 'DKK', 'KRW', 'CNY', 'INR', 'UAH', 'KHR',
  'LAK', 'AOA', 'RUB', 'PLN', 'CZK', 'HUF', 'TRY', 'ZAR', 'BRL', 'MXN', 'SAR', 'AED', 'QAR', 'KWD', 'IQD', 'AFN',
  'SYP', 'YER', 'LBP', 'JOD', 'EGP', 'LYD', 'SOS', 'ETB', 'KES', 'NGN', 'XOF', 'XAF', 'VND', 'THB', 'MMK', 'LKR',
  'PKR', 'BDT', 'COP', 'PEN', 'ARS', 'CLP', 'IDR', 'PHP', 'MYR', 'SGD', 'HKD', 'TWD', 'BAM', 'RSD', 'MKD', 'AZN',
  'AMD', 'GEL', 'TJS', 'HRK', 'KZT', 'FJD', 'SBD', 'PGK', 'NAD', 'LRD', 'JMD', 'BND', 'GYD', 'TTD', 'NPR', 'MUR', 'SCR',
]);

/** The dollar of each country that writes its own currency as "$" (others, and the United States, read USD). */
export const DOLLAR_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['Australia', 'AUD'], ['Canada', 'CAD'], ['New Zealand', 'NZD'], ['Singapore', 'SGD'], ['Fiji', 'FJD'],
  ['Solomon Islands', 'SBD'], ['Namibia', 'NAD'], ['Liberia', 'LRD'], ['Jamaica', 'JMD'], ['Brunei', 'BND'],
  ['Guyana', 'GYD'], ['Trinidad and Tobago', 'TTD'], ['Bahamas', 'BSD'], ['Barbados', 'BBD'], ['Belize', 'BZD'],
]);

/** Country-code top-level domains of those countries ("dfat.gov.au"). */
export const DOLLAR_DOMAINS: ReadonlyMap<string, string> = new Map([
  ['au', 'AUD'], ['ca', 'CAD'], ['nz', 'NZD'], ['sg', 'SGD'], ['fj', 'FJD'], ['hk', 'HKD'],
]);

/** Currency symbols before a number; `$` may be prefixed by a country word ("US$", "A$"). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['₴', 'UAH'], ['៛', 'KHR'],
]);

/** Words that mark a rupee amount before the number ("Rs. 86 million"); which rupee, `figures/rupee-country.ts` reads. */
export const RUPEE_MARKS: ReadonlySet<string> = new Set(['Rs', 'Rps']);

export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['u.s.', 'USD'], ['a', 'AUD'], ['au', 'AUD'], ['c', 'CAD'], ['ca', 'CAD'], ['nz', 'NZD'],
  ['hk', 'HKD'], ['s', 'SGD'],
]);

export function isMoney(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit);
}

export function isArea(unit: string): boolean {
  return unit === 'km2' || unit === 'm2' || unit === 'hectare' || unit === 'acre';
}

export function isDuration(unit: string): boolean {
  return unit === 'year' || unit === 'month' || unit === 'week' || unit === 'day' || unit === 'hour' || unit === 'minute';
}
