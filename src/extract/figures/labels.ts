/**
 * What a figure measures when the document says it in a label rather than a noun: a table
 * cell after its row label ("| Survivors assisted | 300 |") or a "Label: value" line of a
 * project sheet ("Duration: 24 months", "Beneficiaries: 12,000").
 */
import type { Token } from '../text/tokens.js';
import { countryOf } from '../lexicon/countries.js';

interface SentenceText {
  start: number;
  text: string;
  block: number;
}

/** A short label: a few words without digits or final punctuation ("People reached with risk education"). */
const LABEL = /^[\p{L}][\p{L}'’ \-/&,()]{1,60}$/u;

function labelText(raw: string): string | undefined {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!LABEL.test(text) || text.split(' ', 9).length > 8 || /[.,;]$/.test(text)) return undefined;
  // "Japan: USD 4.5 million": a country names whom the value is about, not what it measures
  if (countryOf(text) !== undefined) return undefined;
  return text.toLowerCase();
}

/** Whether the sentence is one value alone ("45,000", "1.8 km²", "USD 2.8 million"). */
function valueAlone(tokens: readonly Token[]): boolean {
  return tokens.length > 0 && tokens.length <= 4 && tokens.some((t) => t.kind === 'num') && tokens.filter((t) => t.kind === 'word').length <= 2;
}

/**
 * The label of the figure starting at a token, for one sentence: `previous` is the sentence
 * before it (a table's row label). Undefined when the sentence has no labelled values.
 */
export function labelsOf(sentence: SentenceText, previous: SentenceText | undefined, tokens: readonly Token[]): ((start: number) => string | undefined) | undefined {
  if (valueAlone(tokens) && previous && sentence.block - previous.block <= 1) {
    const label = labelText(previous.text);
    if (label) return () => label;
  }
  if (!sentence.text.includes(':')) return undefined;
  const labels = new Map<number, string>();
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k - 1]!.text !== ':') continue;
    const colon = tokens[k - 1]!.start - sentence.start;
    const lineStart = sentence.text.lastIndexOf('\n', colon) + 1;
    let lineEnd = sentence.text.indexOf('\n', colon);
    if (lineEnd < 0) lineEnd = sentence.text.length;
    const label = labelText(sentence.text.slice(lineStart, colon));
    // the value fills the rest of its line: "Duration: 24 months"
    const rest = tokens.slice(k).filter((t) => t.start - sentence.start < lineEnd);
    if (label && rest.length <= 5) labels.set(k, label);
  }
  return labels.size > 0 ? (start) => labels.get(start) : undefined;
}
