/**
 * Lines that a converted PDF leaves between the parts of one text at a page break: page
 * numbers ("12", "Page 3 of 10", "- 4 -", "3/10") and running footers with a page number
 * ("Annual Report 2020 | 12", "12 | Annual Report 2020").
 */

const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]$/i;
const FOOTER = /^(?:\d{1,4}\s*\|\s*[^|]{1,80}|[^|]{1,80}\|\s*\d{1,4})$/;

/** Whether a block's text is page furniture. */
export function isPageFurniture(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 90 && (PAGE_NUMBER.test(t) || FOOTER.test(t));
}
