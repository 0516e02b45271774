/**
 * The rupee an amount in "Rs" or "rupees" stands for: the one of the country the document is
 * from or about (LKR in a Sri Lankan article), as a bare "$" is read in `dollar-country.ts`.
 * An amount marked "₹" or "INR", or called Indian, stays the Indian rupee.
 */
import { topLevelDomain, type DocumentOrigin } from './dollar-country.js';

/** The countries whose currency is a rupee, and its code. */
const RUPEE_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['Sri Lanka', 'LKR'], ['Pakistan', 'PKR'], ['Nepal', 'NPR'], ['India', 'INR'], ['Mauritius', 'MUR'], ['Seychelles', 'SCR'],
]);

/** Country-code top-level domains of those countries ("sundayobserver.lk"). */
const RUPEE_DOMAINS: ReadonlyMap<string, string> = new Map([
  ['lk', 'LKR'], ['pk', 'PKR'], ['np', 'NPR'], ['in', 'INR'], ['mu', 'MUR'], ['sc', 'SCR'],
]);

const MARKED_INDIAN = /\u20B9|\bINR\b|\bIndian\b/;

function rupeeOfUrl(url: string | undefined): string | undefined {
  const tld = url ? topLevelDomain(url) : undefined;
  return tld ? RUPEE_DOMAINS.get(tld) : undefined;
}

/** The rupee of the rupee country named most often (`countryCounts`: key `country:<name>`), if any is named. */
function rupeeNamed(countryCounts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let count = 0;
  for (const [country, code] of RUPEE_COUNTRIES) {
    const n = countryCounts.get(`country:${country}`) ?? 0;
    if (n > count) {
      best = code;
      count = n;
    }
  }
  return best;
}

/** Gives every rupee amount of a document (read as INR) the rupee of the document's country. */
export function readRupees(figures: { unit: string; quote?: string }[], origin: DocumentOrigin, countryCounts: ReadonlyMap<string, number>): void {
  const rupees = figures.filter((f) => f.unit === 'INR' && !MARKED_INDIAN.test(f.quote ?? ''));
  if (rupees.length === 0) return;
  const code = rupeeOfUrl(origin.url) ?? rupeeNamed(countryCounts);
  if (code !== undefined) for (const f of rupees) f.unit = code;
}
