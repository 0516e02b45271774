/**
 * How each record type renders, described once per type next to `RECORD_TYPES`: the
 * view its fact sheet, citation and `show` text are made from, and the fields
 * `briefing.json` derives for it. Adding a record type is adding an entry here.
 */
import type { AnyRecord, RecordOfType, RecordType } from '../../model/records.js';
import type { BundleContext } from '../context.js';
import type { RecordView } from './record-view.js';
import { actorView } from './actor.js';
import { figureView } from './figure.js';
import { initiativeView } from './initiative.js';
import { pillarView } from './pillar.js';

export interface RecordRenderer<T extends RecordType> {
  view(record: RecordOfType[T], ctx: BundleContext): RecordView;
  /** Fields `briefing.json` adds to the record's own (e.g. an initiative's pillars, which are stored on the pillar side). */
  derived?(record: RecordOfType[T], ctx: BundleContext): Record<string, unknown>;
}

export const RECORD_RENDERERS: { [K in RecordType]: RecordRenderer<K> } = {
  initiative: {
    view: initiativeView,
    derived: (initiative, ctx) => ({ pillars: ctx.pillarsOf(initiative.id).map((p) => p.id) }),
  },
  pillar: { view: pillarView },
  actor: { view: actorView },
  figure: { view: figureView },
};

function rendererOf(type: RecordType): RecordRenderer<RecordType> {
  return RECORD_RENDERERS[type] as unknown as RecordRenderer<RecordType>;
}

export function viewOf(type: RecordType, record: AnyRecord, ctx: BundleContext): RecordView {
  return rendererOf(type).view(record as RecordOfType[RecordType], ctx);
}

export function derivedFields(type: RecordType, record: AnyRecord, ctx: BundleContext): Record<string, unknown> {
  return rendererOf(type).derived?.(record as RecordOfType[RecordType], ctx) ?? {};
}
