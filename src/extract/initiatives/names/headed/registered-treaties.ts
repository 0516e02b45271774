/**
 * Treaties of the register (`lexicon/register.json`), by any of their names or acronyms:
 * "the Ottawa Treaty", "the APMBC", "CCW". A name already read as an initiative links to the
 * treaty's register name; one not yet read (an acronym, a name without a head word) becomes
 * a convention. Either way every form of one treaty meets under one key, in every document.
 */
import type { Token } from '../../../text/tokens.js';
import { registeredAt } from '../../../lexicon/register.js';
import type { InitiativeMention } from '../../initiatives.js';
import { isFree } from '../../spans.js';

export interface RegisteredContext {
  taken: Uint8Array;
  mentions: readonly InitiativeMention[];
  add: (s: number, e: number, kind: string, quoted: boolean) => InitiativeMention | undefined;
  linkOf: (name: string) => string;
  /** Lets a mention run on to `end`: a treaty's long name cut at its first comma ("Convention on the Prohibition of the Use, …"). */
  extend: (m: InitiativeMention, end: number) => void;
}

/** Links or adds the register's treaties named in one sentence. */
export function findRegisteredTreaties(tokens: readonly Token[], ctx: RegisteredContext): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !t.cap) continue;
    const match = registeredAt(tokens, k);
    if (!match || match.entry.kind !== 'treaty') continue;
    const canonical = ctx.linkOf(match.entry.name);
    // the same span, or a longer name that ends with it ("… of the Convention on Cluster Munitions" is read as its own name)
    const named = ctx.mentions.find((m) => m.tok === match.start && m.tokEnd === match.end) ?? ctx.mentions.find((m) => m.tok <= match.start && m.tokEnd === match.end && m.kind === 'convention');
    // "Convention on the Prohibition of the Use, Stockpiling, …": a name read only up to its first comma
    const cut = named ? undefined : ctx.mentions.find((m) => m.tok === match.start && m.tokEnd < match.end && isFree(ctx.taken, m.tokEnd, match.end));
    if (cut) {
      ctx.extend(cut, match.end);
      if (cut.key !== canonical && !cut.links.includes(canonical)) cut.links.push(canonical);
    } else if (named) {
      if (named.key !== canonical && !named.links.includes(canonical)) named.links.push(canonical);
    } else if (isFree(ctx.taken, match.start, match.end)) {
      const m = ctx.add(match.start, match.end, 'convention', false);
      if (m && m.key !== canonical) m.links.push(canonical);
    }
    k = match.end - 1;
  }
}
