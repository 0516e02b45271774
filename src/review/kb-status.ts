/**
 * `demine status`: like `git status` for a knowledge base — documents not yet extracted,
 * drafts waiting per document, rejected records, whether the bundle is stale, and the
 * problems `demine validate` would report. Returns data; prints nothing.
 */
import { hasErrors } from '../diagnostics/diagnostic.js';
import { loadConfig } from '../pipeline/config.js';
import { documentsToExtract, readExtractState } from '../pipeline/extract/extract-state.js';
import { buildBundle } from '../pipeline/build/build.js';
import type { ParsedRecord } from '../records/load-records.js';
import { parsedRef } from './parsed-ref.js';
import { citedSourceIds } from '../model/record-paths.js';
import { validateKnowledgeBase } from '../records/validate.js';
import { readSources } from '../sources/read-sources.js';

export interface KnowledgeBaseStatus {
  /** Documents in seeds/ that `demine build` would extract (new, or changed since extracted). */
  notExtracted: { source: string; file: string }[];
  /** Drafts waiting for review, per document they cite (a draft citing two documents counts under both). */
  drafts: { source: string; count: number }[];
  /** Records waiting in all (each once). */
  draftCount: number;
  rejected: { ref: string; file: string }[];
  /** `up-to-date`, `stale` (building would change it), or `unknown` (errors stop the build). */
  bundle: { state: 'up-to-date' | 'stale' | 'unknown'; out: string; added: number; changed: number; removed: number };
  problems: { errors: number; warnings: number };
  /** True when nothing waits, nothing is stale and there are no errors. */
  clean: boolean;
}


export async function knowledgeBaseStatus(root: string, options: { reviewedOnly?: boolean } = {}): Promise<KnowledgeBaseStatus> {
  const validation = await validateKnowledgeBase(root);
  const parsed = validation.parsed ?? [];
  const errors = validation.diagnostics.filter((d) => d.severity === 'error').length;
  const problems = { errors, warnings: validation.diagnostics.length - errors };

  const cited = new Set<string>();
  const perSource = new Map<string, number>();
  const drafts = parsed.filter((r) => r.value.status === 'draft');
  for (const record of parsed) for (const source of citedSourceIds(record.value)) cited.add(source);
  for (const record of drafts) for (const source of new Set(citedSourceIds(record.value))) perSource.set(source, (perSource.get(source) ?? 0) + 1);

  const notExtracted = await pendingDocuments(root, validation, cited);
  const { config } = await loadConfig(root);
  const check = await buildBundle({ root, check: true, reviewedOnly: options.reviewedOnly });
  const changes = check.changes;
  const staleData = check.diagnostics.some((d) => d.rule === 'build/stale');
  const bundle = changes && !hasErrors(check.diagnostics.filter((d) => d.rule !== 'build/stale'))
    ? { state: staleData || changes.added.length + changes.changed.length + changes.removed.length > 0 ? ('stale' as const) : ('up-to-date' as const), out: check.out, added: changes.added.length, changed: changes.changed.length, removed: changes.removed.length }
    : { state: 'unknown' as const, out: check.out || config.out, added: 0, changed: 0, removed: 0 };

  const status: KnowledgeBaseStatus = {
    notExtracted,
    drafts: [...perSource].sort(([a], [b]) => (a < b ? -1 : 1)).map(([source, count]) => ({ source, count })),
    draftCount: drafts.length,
    rejected: parsed.filter((r) => r.value.status === 'rejected').map((r) => ({ ref: parsedRef(r), file: r.file })),
    bundle,
    problems,
    clean: false,
  };
  status.clean = notExtracted.length === 0 && drafts.length === 0 && bundle.state === 'up-to-date' && errors === 0;
  return status;
}

async function pendingDocuments(root: string, validation: Awaited<ReturnType<typeof validateKnowledgeBase>>, cited: ReadonlySet<string>): Promise<{ source: string; file: string }[]> {
  const sources = validation.kb?.sources ?? (validation.schemas ? (await readSources(root, validation.schemas)).sources : []);
  const { state } = await readExtractState(root);
  return documentsToExtract(sources, cited, state).map((s) => ({ source: s.id, file: s.file }));
}
