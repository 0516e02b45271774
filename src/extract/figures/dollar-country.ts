/**
 * The currency a bare "$" stands for in one document: the dollar of the country that
 * publishes it (AUD in an Australian release), read from its front matter (publisher,
 * url) or from a strong country signal in the text (a dollar country named far more
 * than any other); USD when nothing says otherwise.
 */
import { countryOf, countryOfDemonym } from '../lexicon/countries.js';
import { DOLLAR_COUNTRIES, DOLLAR_DOMAINS } from '../lexicon/units.js';

export interface DocumentOrigin {
  publisher?: string;
  url?: string;
  /** The document's own text, where it may convert a dollar of its own into a bare "$". */
  body?: string;
}

/**
 * A country's dollar converted into a bare "$" ("C$15 million ($11.04 million)", "AU$100
 * million, or $67 million", "AUD 2 million (approximately $1.25 million)"): the writer's bare
 * "$" is then another currency than the one it marks, the US dollar.
 */
const DOLLAR_CONVERSION = /(?:\b(?:AUD|CAD|NZD|SGD|HKD)\s?\$?|\b(?:A|AU|C|CA|NZ|S|HK)\$)\s?\d[\d.,]*(?:\s?(?:million|billion|m|bn|mn)\b)?(?:\s(?:AUD|CAD|NZD))?(?:\s?\(|,?\sor\s)\s?(?:(?:approximately|approx\.|about|around|roughly|some|nearly|almost)\s)?(?:US)?\$\s?\d/;

export function convertsOwnDollar(body: string | undefined): boolean {
  return body !== undefined && body.includes('$') && DOLLAR_CONVERSION.test(body);
}

/** The dollar of a country named (or described by a demonym) in a short text: "Australian Government". */
function dollarNamedIn(text: string): string | undefined {
  const direct = countryOf(text.trim());
  if (direct) return DOLLAR_COUNTRIES.get(direct);
  const words = text.split(/[^\p{L}]+/u).filter(Boolean).slice(0, 40);
  for (let len = 3; len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const phrase = words.slice(i, i + len).join(' ');
      const country = countryOf(phrase) ?? (len === 1 ? countryOfDemonym(phrase) : undefined);
      const code = country ? DOLLAR_COUNTRIES.get(country) : undefined;
      if (code) return code;
    }
  }
  return undefined;
}

/** The top-level domain of an address ("au" for "https://dfat.gov.au/…"), or undefined. */
export function topLevelDomain(url: string): string | undefined {
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url.trim())?.[1]?.toLowerCase();
  return host?.split('.').pop();
}

function dollarOfUrl(url: string): string | undefined {
  const tld = topLevelDomain(url);
  return tld ? DOLLAR_DOMAINS.get(tld) : undefined;
}

/**
 * `countryCounts`: how often each country (key `country:<name>`) is named in the document.
 * The text signal needs a dollar country named at least three times and more than twice as
 * often as the United States and as any other country.
 */
export function dollarCurrency(origin: DocumentOrigin, countryCounts: ReadonlyMap<string, number>): string {
  const declared = (origin.url && dollarOfUrl(origin.url)) || (origin.publisher && dollarNamedIn(origin.publisher));
  if (declared) return declared;
  let best: string | undefined;
  let bestCount = 0;
  let second = 0;
  for (const [key, n] of [...countryCounts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n > bestCount) {
      second = bestCount;
      best = key.slice(8);
      bestCount = n;
    } else if (n > second) second = n;
  }
  const code = best ? DOLLAR_COUNTRIES.get(best) : undefined;
  if (code && bestCount >= 3 && bestCount > 2 * second) return code;
  return 'USD';
}

/** The United States named in a quote: then a "$" may be its dollar whoever else is named. */
const NAMES_US = /\b(?:United States|U\.S\.|USA?|America|American)\b/;

/** The dollar of the country a figure is about ("Australia will provide $100 million"), if it has one. */
function dollarOfFunder(aboutKey: string | undefined, quote: string | undefined): string | undefined {
  if (!aboutKey?.startsWith('country:')) return undefined;
  if (aboutKey !== 'country:United States' && quote !== undefined && NAMES_US.test(quote)) return undefined;
  const country = aboutKey.slice(8);
  return country === 'United States' ? 'USD' : DOLLAR_COUNTRIES.get(country);
}

/**
 * Gives every figure of a document whose currency was a bare "$" its dollar: the one its front
 * matter declares; else the dollar of the country the figure is about, when that country has
 * one ("Canada will give $5 million"); else the one dollar all such figures of the document
 * agree on; else the document's dollar by the countries it names (`dollarCurrency`).
 */
export function readBareDollars(figures: { bareDollar?: boolean; unit: string; aboutKey?: string; payerKey?: string; quote?: string }[], origin: DocumentOrigin, countryCounts: ReadonlyMap<string, number>): void {
  const bare = figures.filter((f) => f.bareDollar);
  if (bare.length === 0) return;
  if (convertsOwnDollar(origin.body)) {
    for (const f of bare) f.unit = 'USD';
    return;
  }
  const declared = (origin.url && dollarOfUrl(origin.url)) || (origin.publisher && dollarNamedIn(origin.publisher));
  const byFunder = new Set(bare.map((f) => dollarOfFunder(f.payerKey ?? f.aboutKey, f.quote)).filter((c) => c !== undefined));
  const agreed = byFunder.size === 1 ? [...byFunder][0]! : undefined;
  const fallback = declared || agreed || dollarCurrency(origin, countryCounts);
  for (const f of bare) f.unit = declared || dollarOfFunder(f.payerKey ?? f.aboutKey, f.quote) || fallback;
}
