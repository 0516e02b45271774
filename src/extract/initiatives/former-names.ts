/**
 * An initiative's other names given in the same sentence: "the Medical Support Fund for UXO
 * Victims, formerly known as the War Victims Medical Fund, …", "X (formerly Y)", "X, also known
 * as Y". The two mentions are one initiative.
 */
import type { Token } from '../text/tokens.js';

/** Words between two names that say the second is another name of the first. */
const BETWEEN = /^[,(]?\s*(?:(?:formerly|previously|also|originally)\s+(?:known|called|named)(?:\s+as)?|formerly|previously|renamed\s+from)\s*(?:the\s*)?$/i;

interface Named {
  key: string;
  tok: number;
  tokEnd: number;
  links: string[];
}

/** Links each mention to the one before it when only such words stand between them. */
export function linkFormerNames(tokens: readonly Token[], mentions: readonly Named[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (b.tok <= a.tokEnd || b.tok - a.tokEnd > 6) continue;
    const between = tokens.slice(a.tokEnd, b.tok).map((t) => t.text).join(' ');
    if (BETWEEN.test(between)) b.links.push(a.key);
  }
}
