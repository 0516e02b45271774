/** Phrases shared by the per-type views: mentions of other records, dates, labelled facts. */
import type { SourceQuote } from '../../model/records.js';
import type { BundleContext } from '../context.js';
import { formatDate } from '../words/dates.js';
import { joinPhrases, type Inline, type Phrase } from '../words/phrase.js';
import type { Fact } from './record-view.js';

/** A record named by its label, linked where the renderer links. */
export function mention(ctx: BundleContext, ref: string): Inline {
  return { text: ctx.label(ref), ref };
}

/** `Japan`, `Japan and Cambodia`, `Japan, Cambodia and Ukraine`. */
export function mentions(ctx: BundleContext, refs: readonly string[]): Phrase {
  return joinPhrases(refs.map((ref) => [mention(ctx, ref)]));
}

/** `6 July 2024 to 2027`, `from 6 July 2024`, `until 2027`; undefined when neither is known. */
export function period(start: string | undefined, end: string | undefined, from = 'from', until = 'until'): string | undefined {
  if (start && end) return `${formatDate(start)} to ${formatDate(end)}`;
  if (start) return `${from} ${formatDate(start)}`;
  if (end) return `${until} ${formatDate(end)}`;
  return undefined;
}

/** Facts for the fields that are present, in the order given; absent or empty ones are left out. */
export function facts(support: readonly SourceQuote[], entries: [label: string, phrase: Phrase | string | undefined][]): Fact[] {
  const out: Fact[] = [];
  for (const [label, value] of entries) {
    if (value === undefined || value.length === 0) continue;
    out.push({ label, phrase: typeof value === 'string' ? [value] : value, support });
  }
  return out;
}

export function dateOf(date: string | undefined): string | undefined {
  return date === undefined ? undefined : formatDate(date);
}
