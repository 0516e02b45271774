import type { RecordType } from './records.js';

/**
 * Each record type described once: where its files live, which schema checks them,
 * which fields hold references to other records, and which field names it for people.
 * Every stage reads this table instead of switching on the type.
 */
export interface RecordTypeInfo {
  type: RecordType;
  /** Folder under `data/` (and under `dist/`). */
  folder: string;
  /** Schema file name under `schemas/`. */
  schema: string;
  /** Plural label for summaries. */
  plural: string;
  /** The field that names the record for a reader. */
  labelField: 'name' | 'title' | 'text';
  /**
   * Fields that hold references, with the record types they may point to. A field
   * may hold one reference or a list; `roles[].organisation` is written `roles.*.organisation`.
   */
  refs: { path: string; to: RecordType[]; required?: true }[];
}

export const RECORD_TYPES: readonly RecordTypeInfo[] = [
  {
    type: 'initiative',
    folder: 'initiatives',
    schema: 'initiative.schema.json',
    plural: 'initiatives',
    labelField: 'name',
    refs: [
      { path: 'leads.*', to: ['actor'] },
      { path: 'participants.*', to: ['actor'] },
      { path: 'part_of', to: ['initiative'] },
    ],
  },
  {
    type: 'pillar',
    folder: 'pillars',
    schema: 'pillar.schema.json',
    plural: 'pillars',
    labelField: 'title',
    refs: [{ path: 'initiative', to: ['initiative'], required: true }],
  },
  {
    type: 'actor',
    folder: 'actors',
    schema: 'actor.schema.json',
    plural: 'actors',
    labelField: 'name',
    refs: [
      { path: 'country', to: ['actor'] },
      { path: 'roles.*.organisation', to: ['actor'] },
    ],
  },
  {
    type: 'figure',
    folder: 'figures',
    schema: 'figure.schema.json',
    plural: 'figures',
    labelField: 'text',
    refs: [{ path: 'about', to: ['actor', 'initiative'] }],
  },
];

export const SOURCE_SCHEMA = 'source.schema.json';
export const COMMON_SCHEMA = 'common.schema.json';

const byType = new Map(RECORD_TYPES.map((t) => [t.type, t]));
const byFolder = new Map(RECORD_TYPES.map((t) => [t.folder, t]));

export function typeInfo(type: RecordType): RecordTypeInfo {
  const info = byType.get(type);
  if (!info) throw new Error(`unknown record type ${type}`);
  return info;
}

export function typeOfFolder(folder: string): RecordTypeInfo | undefined {
  return byFolder.get(folder);
}

export function isRecordType(value: string): value is RecordType {
  return byType.has(value as RecordType);
}

/** Splits `actor:yoko-kamikawa` into its type and id; undefined when it is not of that form. */
export function parseRef(ref: string): { type: RecordType; id: string } | undefined {
  const colon = ref.indexOf(':');
  if (colon < 0) return undefined;
  const type = ref.slice(0, colon);
  const id = ref.slice(colon + 1);
  if (!isRecordType(type) || id === '') return undefined;
  return { type, id };
}

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
