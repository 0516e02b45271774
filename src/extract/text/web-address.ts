/**
 * A line holding only a web address, maybe after "Source:" or "URL:": how a page saved from
 * the web often opens. It is the document's address, never its headline.
 */
const ADDRESS_LINE = /^\s*(?:(?:source|url|link|from)\s*:\s*)?<?(?:https?:\/\/|www\.)\S+>?\s*$/i;

export function isAddressLine(line: string): boolean {
  return ADDRESS_LINE.test(line);
}

/** What is left of "Source: https://…" in the analysis view, where addresses are blanked (markup.ts): the label alone. */
const ADDRESS_LABEL = /^\s*(?:source|url|link|from)\s*:\s*$/i;

/** A line of the analysis view that held only an address, with or without its label. */
export function heldOnlyAddress(viewLine: string): boolean {
  return ADDRESS_LABEL.test(viewLine) || ADDRESS_LINE.test(viewLine);
}
