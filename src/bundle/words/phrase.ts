/**
 * A phrase: words with the record references and emphasis left as data, so the same
 * wording renders as Markdown with links (fact sheets), Markdown without links
 * (citations) or plain text (`demine show`, `demine cite --format text`).
 */

export type Inline =
  | string
  /** A mention of another record, `ref` written `<type>:<id>`. */
  | { text: string; ref: string }
  | { text: string; strong: true };

export type Phrase = Inline[];

export function inlineText(inline: Inline): string {
  return typeof inline === 'string' ? inline : inline.text;
}

export function phraseText(phrase: Phrase): string {
  return phrase.map(inlineText).join('');
}

/** `A`, `A and B`, `A, B and C` (or with other separators, e.g. `; ` for phrases holding commas). */
export function joinPhrases(items: Phrase[], separator = ', ', last = ' and '): Phrase {
  const out: Phrase = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(i === items.length - 1 ? last : separator);
    out.push(...item);
  });
  return out;
}

/** Upper-cases the first letter, so a phrase can open a sentence. */
export function capitalise(phrase: Phrase): Phrase {
  const [first, ...rest] = phrase;
  if (first === undefined) return phrase;
  const up = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  if (typeof first === 'string') return [up(first), ...rest];
  return [{ ...first, text: up(first.text) }, ...rest];
}

/** `a partnership`, `an initiative`. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** Folds whitespace runs (line breaks included) to single spaces, for text shown inline. */
export function oneLine(text: string): string {
  return foldSpaces(text).trim();
}

/** Whitespace that `foldSpaces` changes: a run of two, or one that is not a plain space. */
const UNFOLDED = /\s\s|[^\S ]/;

/** Every whitespace run (line breaks too) as one space; the same string when there is none to fold (most texts, so no copy). */
export function foldSpaces(text: string): string {
  return UNFOLDED.test(text) ? text.replace(/\s+/g, ' ') : text;
}
