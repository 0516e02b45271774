import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatPretty } from './pretty.js';

export interface FormatOptions {
  chalk: ChalkInstance;
}

/** A formatter turns diagnostics into the text printed on stdout. */
export type Formatter = (diagnostics: readonly Diagnostic[], options: FormatOptions) => string;

export const FORMATTERS = { pretty: formatPretty, json: formatJson, github: formatGithub } as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
