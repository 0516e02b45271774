/**
 * The record model: TypeScript shapes of the four record types and of a source's
 * front matter. `schemas/*.schema.json` are the contract; `test/model-schema-agreement.test.ts`
 * proves that every property listed here is a schema property and the other way round.
 */

export type RecordType = 'initiative' | 'pillar' | 'actor' | 'figure';

/** `rejected`: a tombstone kept in data/ so that extraction never proposes the record again; never published. */
export type Status = 'draft' | 'reviewed' | 'rejected';

/** A reference to another record, `<type>:<id>`. */
export type Ref = `${RecordType}:${string}`;

export interface SourceQuote {
  source: string;
  quote: string;
}

interface RecordBase {
  id: string;
  status: Status;
  sources: SourceQuote[];
}

export interface Initiative extends RecordBase {
  name: string;
  aliases?: string[];
  kind: string;
  leads?: string[];
  participants?: string[];
  part_of?: string;
  announced?: string;
  start?: string;
  end?: string;
  summary?: string;
}

export interface Pillar extends RecordBase {
  initiative: string;
  order: number;
  term?: string;
  title: string;
  text?: string;
}

/** The set word of a pillar without a `term`. */
export const DEFAULT_PILLAR_TERM = 'pillar';

/** The set word a pillar is numbered under (positions run 1..n per initiative and term). */
export function pillarTerm(pillar: { term?: string }): string {
  return pillar.term ?? DEFAULT_PILLAR_TERM;
}

export interface Role {
  title: string;
  organisation?: string;
  as_of?: string;
  until?: string;
}

export interface Actor extends RecordBase {
  name: string;
  aliases?: string[];
  kind: 'person' | 'organisation' | 'country';
  country?: string;
  roles?: Role[];
  summary?: string;
}

export interface Figure extends RecordBase {
  value?: number;
  min?: number;
  max?: number;
  unit: string;
  qualifier?: string;
  measure: string;
  about?: string;
  as_of?: string;
  text: string;
}

export interface RecordOfType {
  initiative: Initiative;
  pillar: Pillar;
  actor: Actor;
  figure: Figure;
}

export type AnyRecord = Initiative | Pillar | Actor | Figure;

export interface SourceMeta {
  title?: string;
  date?: string;
  publisher?: string;
  kind?: string;
  language?: string;
  url?: string;
  note?: string;
}

/** Every property of each shape, in the schema's order (the order records are written in), checked for exhaustiveness by the compiler. */
const keys = <T>(k: Record<keyof Required<T>, true>): string[] => Object.keys(k);

export const RECORD_KEYS: Record<RecordType | 'source', string[]> = {
  initiative: keys<Initiative>({
    id: true, name: true, aliases: true, kind: true, leads: true, participants: true, part_of: true,
    announced: true, start: true, end: true, summary: true, status: true, sources: true,
  }),
  pillar: keys<Pillar>({
    id: true, initiative: true, order: true, term: true, title: true, text: true, status: true, sources: true,
  }),
  actor: keys<Actor>({
    id: true, name: true, aliases: true, kind: true, country: true, roles: true, summary: true, status: true,
    sources: true,
  }),
  figure: keys<Figure>({
    id: true, value: true, min: true, max: true, unit: true, qualifier: true, measure: true, about: true,
    as_of: true, text: true, status: true, sources: true,
  }),
  source: keys<SourceMeta>({
    title: true, date: true, publisher: true, kind: true, language: true, url: true, note: true,
  }),
};

/** Key order inside nested objects when records are written. */
export const NESTED_KEYS: Record<string, string[]> = {
  roles: keys<Role>({ title: true, organisation: true, as_of: true, until: true }),
  sources: keys<SourceQuote>({ source: true, quote: true }),
};
