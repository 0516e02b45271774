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

function dollarOfUrl(url: string): string | undefined {
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url.trim())?.[1]?.toLowerCase();
  const tld = host?.split('.').pop();
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

/** Gives every figure of a document whose currency was a bare "$" the document's dollar. */
export function readBareDollars(figures: { bareDollar?: boolean; unit: string }[], origin: DocumentOrigin, countryCounts: ReadonlyMap<string, number>): void {
  if (!figures.some((f) => f.bareDollar)) return;
  const code = dollarCurrency(origin, countryCounts);
  for (const f of figures) if (f.bareDollar) f.unit = code;
}
