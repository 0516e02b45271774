import { compareDiagnostics } from '../diagnostics/diagnostic.js';
import { validateKnowledgeBase, type ValidationResult } from '../records/validate.js';
import { loadConfig } from './config.js';

/**
 * What `demine validate` checks: every record and source, and the config too (its settings
 * and its bundle folder), so that `validate` passes only what `build` accepts.
 */
export async function checkKnowledgeBase(root: string): Promise<ValidationResult> {
  const [result, config] = await Promise.all([validateKnowledgeBase(root), loadConfig(root)]);
  if (config.diagnostics.length === 0) return result;
  const { kb: _dropped, ...rest } = result;
  return { ...rest, diagnostics: [...config.diagnostics, ...result.diagnostics].sort(compareDiagnostics) };
}
