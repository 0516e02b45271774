/**
 * Who leads an initiative and who takes part, from the sentence that names it: a
 * possessive owner ("Japan's … Package"), "<actor> launched …", "… launched by <actor>",
 * "<actor> joins …", "… Agreement between A and B", "in cooperation with X".
 */
import type { Token } from '../text/tokens.js';
import type { InitiativeMention } from './initiatives.js';
import type { Ref } from '../text/refs.js';
import { countryOf } from '../lexicon/countries.js';

const LEAD_VERBS = new Set([
  'launch', 'launched', 'launches', 'launching', 'announce', 'announced', 'announces', 'announcing', 'initiate',
  'initiated', 'initiates', 'lead', 'leads', 'led', 'leading', 'chair', 'chairs', 'chaired', 'chairing', 'establish',
  'established', 'establishes', 'unveil', 'unveiled', 'unveils', 'propose', 'proposed', 'proposes', 'spearhead',
  'spearheaded', 'spearheads', 'host', 'hosts', 'hosted', 'hosting', 'present', 'presented', 'presenting',
  'presents', 'created', 'create', 'creates', 'founded', 'set', 'adopted', 'outlined',
]);
const PARTICIPATE_VERBS = new Set([
  'join', 'joins', 'joined', 'joining', 'participate', 'participates', 'participated', 'participating',
  'co-sponsor', 'co-sponsored', 'co-sponsors', 'funds', 'funded', 'finances', 'financed', 'implement',
  'implements', 'implemented', 'implementing', 'supports', 'supported', 'contribute', 'contributes', 'contributed',
  'signed',
]);
/** Verbs of concluding an agreement, after which "between A and B" names its parties. */
const CONCLUDED = new Set(['signed', 'concluded', 'made', 'reached', 'agreed']);
export interface LeadContext {
  /** Index in `refs` of the last actor reference before each token, or -1. */
  lastActor: Int32Array;
  partners: string[];
  byTok: Map<number, Ref>;
}

/** Per sentence: the last actor reference before each token, and partners "in cooperation with X". */
export function leadContext(tokens: readonly Token[], refs: readonly Ref[]): LeadContext {
  const lastActor = new Int32Array(tokens.length + 1).fill(-1);
  let r = 0;
  let last = -1;
  const sorted = refs.map((x, i) => ({ x, i })).sort((a, b) => a.x.tok - b.x.tok || a.i - b.i);
  for (let k = 0; k <= tokens.length; k++) {
    lastActor[k] = last;
    while (r < sorted.length && sorted[r]!.x.tok === k) {
      if (sorted[r]!.x.type === 'actor') last = sorted[r]!.i;
      r++;
    }
  }
  const partners: string[] = [];
  const byTok = new Map<number, Ref>();
  for (const x of refs) if (x.type === 'actor' && x.explicit && !byTok.has(x.tok)) byTok.set(x.tok, x);
  for (let k = 0; k + 2 < tokens.length; k++) {
    const a = tokens[k]!.lower;
    if ((a === 'cooperation' || a === 'together' || a === 'jointly' || a === 'partnership') && tokens[k + 1]!.lower === 'with') {
      const x = byTok.get(k + 2);
      if (x) partners.push(x.key);
    }
  }
  return { lastActor, partners, byTok };
}

export function leadsOf(tokens: readonly Token[], refs: readonly Ref[], m: InitiativeMention, context: LeadContext): { leads: string[]; participants: string[] } {
  const leads = new Set<string>();
  const participants = new Set<string>();
  for (const k of m.leadKeys ?? []) leads.add(k);
  for (const k of m.participantKeys ?? []) participants.add(k);
  if (m.participantSpan) {
    for (let k = m.participantSpan.start; k < m.participantSpan.end; k++) {
      const x = context.byTok.get(k);
      if (x) participants.add(x.key);
    }
  }
  byPhrases(tokens, m, context, leads, participants);
  // A possessive owner: "Japan's Comprehensive Package".
  if (m.owner !== undefined) {
    const owner = tokens[m.owner]!;
    const country = countryOf(owner.base);
    if (country) leads.add(`country:${country}`);
    else if (owner.allCaps) leads.add(`acr:${owner.base}`);
  }
  // "<actor> launched … <initiative>": the nearest actor before the verb leads what follows it.
  for (let v = m.tok - 1; v >= 0 && v >= m.tok - 30; v--) {
    const t = tokens[v]!;
    if (t.text === '.' || t.text === ';') break;
    if (t.kind !== 'word' || t.cap) continue;
    const lead = LEAD_VERBS.has(t.lower);
    const part = PARTICIPATE_VERBS.has(t.lower);
    if (!lead && !part) continue;
    // "the launch of …" is a noun, not a verb with a subject
    if (/^(?:the|a|an|its|their|his|her|this)$/.test(tokens[v - 1]?.lower ?? '')) continue;
    // "… was held in Nairobi and led to the … Plan": what led to it caused it, nobody leads it
    if (lead && /^(?:led|leads|lead|leading)$/.test(t.lower) && tokens[v + 1]?.lower === 'to') break;
    const subject = context.lastActor[v]!;
    if (subject >= 0) {
      const into = lead ? leads : participants;
      into.add(refs[subject]!.key);
      // "The HALO Trust and the Government of Angola launched …": every coordinated subject
      let first = refs[subject]!;
      for (let i = subject - 1; i >= 0; i--) {
        const r = refs[i]!;
        if (r.type !== 'actor' || !r.explicit || r.tokEnd === undefined) continue;
        let k = r.tokEnd;
        while (k < first.tok && /^(?:and|,|the|&)$/.test(tokens[k]!.lower)) k++;
        if (k !== first.tok || !tokens.slice(r.tokEnd, first.tok).some((t) => t.lower === 'and' || t.text === ',')) break;
        into.add(r.key);
        first = r;
      }
    }
    break;
  }
  // "… Agreement … between A and B"; "The Grant Contract of the project was concluded on March 2, 2017, between A and B"
  const concluded = tokens.slice(m.tokEnd, m.tokEnd + 8).some((t) => CONCLUDED.has(t.lower));
  for (let k = m.tokEnd; k < tokens.length && k < m.tokEnd + (concluded ? 18 : 4); k++) {
    if (tokens[k]!.kind === 'punct' && /[.;:]/.test(tokens[k]!.text)) break;
    if (tokens[k]!.lower === 'between') {
      for (let j = k + 1; j < tokens.length && j < k + 16; j++) {
        const x = context.byTok.get(j);
        if (x) participants.add(x.key);
      }
      break;
    }
  }
  // "in cooperation with X" next to a launch
  if (leads.size > 0) for (const p of context.partners) participants.add(p);
  for (const l of leads) participants.delete(l);
  return { leads: [...leads], participants: [...participants] };
}


/** Verbs whose agent ("… funded by X") takes part rather than leads. */
const BY_PARTICIPATE = new Set([
  'funded', 'financed', 'sponsored', 'supported', 'implemented', 'executed', 'conducted', 'carried', 'managed', 'operated',
  'backed', 'co-funded', 'co-financed', 'delivered', 'signed',
]);
/** Nouns of a phrase whose object takes part: "with the support of X", "in partnership with X". */
const SUPPORT_NOUNS = new Set(['support', 'funding', 'assistance', 'help', 'contribution', 'financing', 'backing', 'cooperation', 'partnership', 'collaboration']);

/** After "with": "(financial) support/funding from", the index after "from", or -1. */
function supportFrom(tokens: readonly Token[], k: number): number {
  for (let j = k; j < tokens.length - 1 && j <= k + 2; j++) {
    if (SUPPORT_NOUNS.has(tokens[j]!.lower) && tokens[j + 1]!.lower === 'from') return j + 2;
    if (tokens[j]!.kind !== 'word' || tokens[j]!.cap) return -1;
  }
  return -1;
}

/** The first explicit actor within a few tokens from `k`, with the actors coordinated with it ("X and Y"). */
function agentsFrom(tokens: readonly Token[], k: number, context: LeadContext): string[] {
  for (let j = k; j < tokens.length && j <= k + 3; j++) {
    const x = context.byTok.get(j);
    if (!x) continue;
    const out = [x.key];
    let end = x.tokEnd ?? j + 1;
    while (/^(?:and|,|&)$/.test(tokens[end]?.lower ?? '')) {
      let n = end + 1;
      if (tokens[n]?.lower === 'the' || tokens[n]?.lower === 'and') n++;
      const y = context.byTok.get(n);
      if (!y) break;
      out.push(y.key);
      end = y.tokEnd ?? n + 1;
    }
    return out;
  }
  return [];
}

/**
 * "<initiative>, led/launched by X", "funded/implemented/carried out by X", "with the support of X",
 * "with funding from X", "in partnership with X", within the clause after the name (or just before it for "with the support of").
 */
function byPhrases(tokens: readonly Token[], m: InitiativeMention, context: LeadContext, leads: Set<string>, participants: Set<string>): void {
  for (let v = m.tokEnd; v < tokens.length - 2 && v < m.tokEnd + 12; v++) {
    const t = tokens[v]!;
    if (t.text === '.' || t.text === ';') break;
    const by = tokens[v + 1]!.lower === 'by' ? v + 2 : tokens[v + 1]!.lower === 'out' && tokens[v + 2]?.lower === 'by' ? v + 3 : -1;
    if (by > 0 && LEAD_VERBS.has(t.lower)) for (const k of agentsFrom(tokens, by, context)) leads.add(k);
    else if (by > 0 && BY_PARTICIPATE.has(t.lower)) for (const k of agentsFrom(tokens, by, context)) participants.add(k);
    else if (t.lower === 'with' && SUPPORT_NOUNS.has(tokens[v + 2]?.lower ?? '') && tokens[v + 3]?.lower === 'of') {
      for (const k of agentsFrom(tokens, v + 4, context)) participants.add(k);
    } else if (t.lower === 'with' && supportFrom(tokens, v + 1) > 0) {
      // "with funding from X", "with financial support from X"
      for (const k of agentsFrom(tokens, supportFrom(tokens, v + 1), context)) participants.add(k);
    } else if (SUPPORT_NOUNS.has(t.lower) && tokens[v - 1]?.lower === 'in' && tokens[v + 1]!.lower === 'with') {
      for (const k of agentsFrom(tokens, v + 2, context)) participants.add(k);
    }
  }
  // "a Memorandum of Understanding with Norway": the other party
  if ((m.kind === 'agreement' || m.kind === 'partnership') && tokens[m.tokEnd]?.lower === 'with') {
    for (const k of agentsFrom(tokens, m.tokEnd + 1, context)) participants.add(k);
  }
  // "With the support of X, the … project …": a phrase opening the sentence before the name
  for (let v = 0; v + 3 < m.tok && v < 3; v++) {
    if (tokens[v]!.lower === 'with' && SUPPORT_NOUNS.has(tokens[v + 2]?.lower ?? '') && tokens[v + 3]?.lower === 'of') {
      for (const k of agentsFrom(tokens, v + 4, context)) participants.add(k);
    }
  }
}

/** Who leads and takes part in an initiative a sentence names by an anaphor, by its key. */
export interface AnaphorLeads {
  key: string;
  leads: string[];
  participants: string[];
}

/**
 * "The project, funded by Japan and implemented by UNDP, …", "Japan launched the programme":
 * the same phrases as after a name, read after each anaphor that stands for an initiative.
 */
export function anaphorLeads(tokens: readonly Token[], refs: readonly Ref[], context: LeadContext): AnaphorLeads[] {
  const out: AnaphorLeads[] = [];
  for (const r of refs) {
    if (r.type !== 'initiative' || r.via !== 'anaphor' || r.tokEnd === undefined) continue;
    const m: InitiativeMention = { key: r.key, name: '', kind: r.kind ?? 'initiative', tok: r.tok, tokEnd: r.tokEnd, quoted: false, links: [], aliases: [] };
    const found = leadsOf(tokens, refs, m, context);
    if (found.leads.length > 0 || found.participants.length > 0) out.push({ key: r.key, ...found });
  }
  return out;
}

/** Adds what was read after anaphors to the last mention of each initiative they stand for. */
export function addAnaphorLeads(mentions: readonly { key: string; leads?: string[]; participants?: string[] }[], found: readonly AnaphorLeads[]): void {
  for (const f of found) {
    let m: (typeof mentions)[number] | undefined;
    for (let i = mentions.length - 1; i >= 0 && !m; i--) if (mentions[i]!.key === f.key) m = mentions[i];
    if (!m) continue;
    const leads = (m.leads ??= []);
    const participants = (m.participants ??= []);
    for (const k of f.leads) if (!leads.includes(k)) leads.push(k);
    for (const k of f.participants) if (!participants.includes(k) && !leads.includes(k)) participants.push(k);
  }
}
