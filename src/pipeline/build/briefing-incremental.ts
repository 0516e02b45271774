/**
 * `briefing.json` after a change: the text of every record whose inputs did not change is
 * taken from the file the last build wrote (where that build says it stands), and only the
 * others are rendered. The result is byte for byte the clean render (a property test holds it).
 */
import { assembleBriefing, briefingHead, recordFragment } from '../../bundle/pages/briefing-json.js';
import type { BundleContext } from '../../bundle/context.js';
import { refOf } from '../../bundle/context.js';
import type { RecordType } from '../../model/records.js';

/** Record reference → where its text starts and ends in the last `briefing.json`, then what it was rendered from. */
export type BriefingParts = Record<string, [start: number, end: number, ...reads: string[]]>;

export interface PreviousBriefing {
  /** The last build's `briefing.json`, as it wrote it. */
  text: string;
  parts: BriefingParts;
  /** The dependency keys whose hash changed since that build (`changedKeys`). */
  changed: ReadonlySet<string>;
}

export interface BriefingRender {
  content: string;
  parts: BriefingParts;
  /** Records whose text was rendered (the others were reused). */
  rendered: number;
}

/** True when an entry read something that changed (its reads follow its start and end). */
function readsChanged(entry: BriefingParts[string], changed: ReadonlySet<string>): boolean {
  if (changed.size === 0) return false;
  for (let i = 2; i < entry.length; i++) if (changed.has(entry[i] as string)) return true;
  return false;
}

export function renderBriefing(ctx: BundleContext, previous: PreviousBriefing | undefined): BriefingRender {
  const reads = new Map<string, string[]>();
  let rendered = 0;
  const fragments = (type: RecordType): string[] =>
    ctx.records[type].map((record) => {
      const ref = refOf(type, record.id);
      const before = previous?.parts[ref];
      if (before && !readsChanged(before, previous!.changed)) {
        reads.set(ref, before.slice(2) as string[]);
        return previous!.text.slice(before[0], before[1]);
      }
      rendered++;
      const { result, reads: keys } = ctx.track(() => {
        ctx.resolve(ref); // a record's text reads the record
        return recordFragment(type, record, ctx);
      });
      reads.set(ref, keys);
      return result;
    });
  const parts: BriefingParts = {};
  const content = assembleBriefing(briefingHead(ctx), fragments, (type, index, start, end) => {
    const ref = refOf(type, ctx.records[type][index]!.id);
    parts[ref] = [start, end, ...reads.get(ref)!];
  });
  return { content, parts, rendered };
}
