/** Whom a figure is about, from the references of its sentence. */
import type { Token } from '../text/tokens.js';
import type { FigureCandidate } from './figures.js';
import type { Ref } from '../text/refs.js';

/**
 * Words that open a clause, for what a figure is about. A reporting verb opens one too: in
 * "the ambassador said the United States has given $13 million" the giver is the subject.
 */
const CLAUSE_WORDS = new Set(['that', 'who', 'which', 'while', 'whereas', 'whose', 'said', 'says', 'stated', 'noted', 'added', 'explained', 'stressed', 'emphasised', 'emphasized', 'told', 'remarked', 'declared', 'recalled', 'underlined']);

/**
 * What a figure is about: the initiative whose name contains it ("three principles for …");
 * else a name inside the phrase it counts ("25 years of U.S. support", "2,000 HALO deminers");
 * else the first reference in its clause before it (its subject, pronouns aside); else the
 * nearest reference before the clause; else an initiative, then an actor, after it.
 */
export function aboutOf(tokens: readonly Token[], refs: readonly Ref[], f: FigureCandidate): string | undefined {
  for (let i = lowerBound(refs, f.start - WINDOW); i < refs.length && refs[i]!.tok <= f.start; i++) {
    const r = refs[i]!;
    if (r.type === 'initiative' && r.via === 'name' && (r.tokEnd ?? r.tok) >= f.end) return r.key;
  }
  return aboutBeside(tokens, refs, f);
}

/**
 * Who pays an amount: whom it is about when no initiative's name holds it, as `aboutOf`
 * reads it beside the names ("Canada will provide $12 million to clearance in Laos": Canada,
 * though the amount names a package).
 */
export function payerOf(tokens: readonly Token[], refs: readonly Ref[], f: FigureCandidate): string | undefined {
  const key = aboutBeside(tokens, refs, f);
  return key?.startsWith('country:') ? key : undefined;
}

function aboutBeside(tokens: readonly Token[], refs: readonly Ref[], f: FigureCandidate): string | undefined {
  if (f.measureEnd !== undefined) {
    for (let i = lowerBound(refs, f.end); i < refs.length && refs[i]!.tok < f.measureEnd; i++) if (refs[i]!.via !== 'pronoun') return refs[i]!.key;
  }
  let clauseStart = 0;
  for (let k = f.start - 1; k >= 0 && k >= f.start - WINDOW; k--) {
    const t = tokens[k]!;
    if (/^[,;:(\u2014]$/.test(t.text) || CLAUSE_WORDS.has(t.lower)) {
      clauseStart = k + 1;
      break;
    }
  }
  let clauseEnd = tokens.length;
  for (let k = f.end; k < tokens.length && k < f.end + WINDOW; k++) {
    const t = tokens[k]!;
    if (/^[,;:()\u2014.]$/.test(t.text) || CLAUSE_WORDS.has(t.lower)) {
      clauseEnd = k;
      break;
    }
  }
  // refs are in token order: look only at those near the figure, so a huge sentence stays linear
  const from = lowerBound(refs, f.start - WINDOW);
  const to = lowerBound(refs, f.end + WINDOW);
  const usable: Ref[] = [];
  for (let i = from; i < to; i++) if (refs[i]!.via !== 'pronoun') usable.push(refs[i]!);
  const subject = usable.find((r) => r.tok >= clauseStart && r.tok < f.start && r.via !== 'demonym');
  if (subject) return subject.key;
  let before: Ref | undefined;
  for (const r of usable) if (r.tok < clauseStart) before = r;
  if (before) return before.key;
  const after = usable.filter((r) => r.tok >= f.end && r.tok < clauseEnd && r.via !== 'demonym');
  return (after.find((r) => r.type === 'initiative') ?? after[0] ?? usable.find((r) => r.type === 'initiative' && r.tok >= f.end))?.key;
}

const WINDOW = 60;

/** Index of the first reference at or after token `tok` (refs sorted by token). */
function lowerBound(refs: readonly Ref[], tok: number): number {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid]!.tok < tok) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
