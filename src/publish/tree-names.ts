/**
 * The names of the folders and files a bundle write leaves beside the bundle folder while it
 * runs: `<base>.demine-staging-<pid>` (the new files), `<base>.demine-previous-<pid>` (the old
 * bundle, between the two renames of a swap) and `<base>.demine-journal-<pid>.json` (the
 * commit point of an in-place update). The `demine-` marker and the process id make names
 * a person does not write; recovery touches only names of exactly this form.
 */
export type TreeLeftover = 'staging' | 'previous' | 'journal';

export function leftoverName(base: string, kind: TreeLeftover, pid: number = process.pid): string {
  return `${base}.demine-${kind}-${pid}${kind === 'journal' ? '.json' : ''}`;
}

/** What kind of leftover `name` is for the bundle folder `base`, or undefined for any other name. */
export function leftoverKind(base: string, name: string): TreeLeftover | undefined {
  if (!name.startsWith(`${base}.demine-`)) return undefined;
  const match = /^(staging|previous|journal)-\d+(\.json)?$/.exec(name.slice(base.length + '.demine-'.length));
  if (!match) return undefined;
  const kind = match[1] as TreeLeftover;
  return (kind === 'journal') === (match[2] !== undefined) ? kind : undefined;
}

/** The mark inside a journal: only a journal demine wrote is applied. */
export const JOURNAL_MARK = 'demine bundle journal';
