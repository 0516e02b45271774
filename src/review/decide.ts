/**
 * `demine accept` and `demine reject`: a person's decision on records, written into their
 * files in place (only the `status` value changes). Accepting refuses a record that does
 * not validate; rejecting refuses a record that others still refer to. Returns what was
 * decided and the diagnostics of what was refused; prints nothing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { citedSourceIds, valuesAt } from '../model/record-paths.js';
import { parseRef, typeInfo } from '../model/record-types.js';
import type { Status } from '../model/records.js';
import type { ParsedRecord } from '../records/load-records.js';
import { parsedRef } from './parsed-ref.js';
import { validateKnowledgeBase } from '../records/validate.js';
import { setStatusYaml } from './set-status.js';

export type Selection = { kind: 'refs'; refs: string[] } | { kind: 'source'; source: string } | { kind: 'all' };

export interface Decision {
  ref: string;
  file: string;
  /** `changed`: the file was written; `unchanged`: it already had that status; `refused`: see the diagnostics. */
  outcome: 'changed' | 'unchanged' | 'refused';
  /** For accepted records: drafts they refer to that stay drafts (left out of a reviewed-only bundle, and the link with them). */
  draftLinks?: string[];
}

export interface DecisionResult {
  decisions: Decision[];
  /** Why records were refused (the record's own problems, or the references to it). */
  diagnostics: Diagnostic[];
  /** References or documents in the selection that name nothing. */
  unknown: string[];
  /** Problems that stopped everything (schemas that do not compile). */
  fatal: Diagnostic[];
}

export class MalformedRefError extends Error {}


/** Sets `status: reviewed` on the selected records (by default the drafts). */
export function acceptRecords(root: string, selection: Selection): Promise<DecisionResult> {
  return decide(root, 'reviewed', selection);
}

/** Sets `status: rejected` on the selected records: tombstones kept in data/, never published or proposed again. */
export function rejectRecords(root: string, selection: Selection): Promise<DecisionResult> {
  return decide(root, 'rejected', selection);
}

async function decide(root: string, status: Extract<Status, 'reviewed' | 'rejected'>, selection: Selection): Promise<DecisionResult> {
  const validation = await validateKnowledgeBase(root);
  const result: DecisionResult = { decisions: [], diagnostics: [], unknown: [], fatal: [] };
  if (!validation.parsed) {
    result.fatal = validation.diagnostics;
    return result;
  }
  const records = validation.parsed;
  const targets = select(records, selection, result.unknown);
  const chosen = new Set(targets.map(parsedRef));
  for (const record of targets) {
    const ref = parsedRef(record);
    if (record.value.status === status) {
      result.decisions.push({ ref, file: record.file, outcome: 'unchanged' });
      continue;
    }
    const refusals = status === 'reviewed' ? ownErrors(record, validation.diagnostics, validation.recheck) : referencesTo(ref, records, chosen);
    if (refusals.length > 0) {
      result.diagnostics.push(...refusals);
      result.decisions.push({ ref, file: record.file, outcome: 'refused' });
      continue;
    }
    const text = await readFile(path.join(root, record.file), 'utf8');
    await writeFileAtomic(path.join(root, record.file), setStatusYaml(text, status));
    const decision: Decision = { ref, file: record.file, outcome: 'changed' };
    if (status === 'reviewed') {
      const drafts = linksOf(record).filter((target) => !chosen.has(target) && records.some((r) => parsedRef(r) === target && r.value.status === 'draft'));
      if (drafts.length > 0) decision.draftLinks = drafts;
    }
    result.decisions.push(decision);
  }
  return result;
}

function select(records: readonly ParsedRecord[], selection: Selection, unknown: string[]): ParsedRecord[] {
  if (selection.kind === 'all') return records.filter((r) => r.value.status === 'draft');
  if (selection.kind === 'source') {
    const id = path.basename(selection.source).replace(/\.(md|markdown|txt)$/i, '');
    const found = records.filter((r) => r.value.status === 'draft' && citedSourceIds(r.value).includes(id));
    if (found.length === 0 && !records.some((r) => citedSourceIds(r.value).includes(id))) unknown.push(selection.source);
    return found;
  }
  const out: ParsedRecord[] = [];
  for (const ref of selection.refs) {
    const parsed = parseRef(ref);
    if (!parsed) throw new MalformedRefError(`\`${ref}\` is not a record reference (write \`<type>:<id>\`, e.g. \`actor:yoko-kamikawa\`)`);
    const found = records.find((r) => parsedRef(r) === ref || (r.type === parsed.type && r.stem === parsed.id));
    if (found && !out.includes(found)) out.push(found);
    else if (!found) unknown.push(ref);
  }
  return out;
}


/**
 * A record is accepted only when it validates: its own errors are the reason it is not. A
 * tombstone's quotes and references are not checked while it is rejected, so they are
 * checked as they would be once it is reviewed.
 */
function ownErrors(record: ParsedRecord, diagnostics: readonly Diagnostic[], recheck?: (record: ParsedRecord, value: Record<string, unknown>) => Diagnostic[]): Diagnostic[] {
  const own = diagnostics.filter((d) => d.file === record.file && d.severity === 'error');
  if (record.value.status !== 'rejected' || !recheck) return own;
  const again = recheck(record, { ...record.value, status: 'reviewed' }).filter((d) => d.severity === 'error');
  return [...own, ...again.filter((d) => !own.some((o) => o.rule === d.rule && o.line === d.line && o.column === d.column))];
}

/** The references to `ref` from records that are not rejected and not rejected with it. */
function referencesTo(ref: string, records: readonly ParsedRecord[], chosen: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const record of records) {
    if (record.value.status === 'rejected' || chosen.has(parsedRef(record))) continue;
    for (const field of typeInfo(record.type).refs) {
      for (const { path: at, value } of valuesAt(record.value, field.path)) {
        if (value !== ref) continue;
        out.push(
          diagnostic(record.file, record.locate(at), 'ref/rejected', `\`${ref}\` cannot be rejected while ${parsedRef(record)} refers to it here.`, `Reject both (\`demine reject ${ref} ${parsedRef(record)}\`), or remove this reference first.`),
        );
      }
    }
  }
  return out;
}

function linksOf(record: ParsedRecord): string[] {
  return typeInfo(record.type).refs.flatMap((field) => valuesAt(record.value, field.path).flatMap(({ value }) => (typeof value === 'string' ? [value] : [])));
}
