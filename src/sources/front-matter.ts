import matter from 'gray-matter';
import { diagnostic, type Diagnostic, type Span } from '../diagnostics/diagnostic.js';
import { fastParseRecord } from '../records/fast-yaml.js';
import { lazyLocator, parseRecordYaml, type Locator } from '../records/parse-yaml.js';

export interface FrontMatter {
  /** The front matter as a plain value (undefined when absent or broken). */
  data: unknown;
  /** Offset where the body starts in the text. */
  bodyOffset: number;
  /** Whether the document has a front matter block at all. */
  present: boolean;
  locate: Locator;
  diagnostics: Diagnostic[];
}

/** gray-matter, typed as used here: it only splits; the YAML is parsed with positions below. */
const splitMatter = matter as unknown as (text: string, options: object) => { matter: string; content: string };

const REFUSE = {
  parse(): never {
    throw new Error('refused');
  },
};

/**
 * Splits a document into front matter and body. Only YAML front matter is read: a block that
 * asks for another engine (`---js`, `---coffee`…) is reported, never evaluated; every engine
 * gray-matter would otherwise run is replaced by one that refuses.
 */
export function parseFrontMatter(text: string, file: string, accept?: (value: unknown) => boolean): FrontMatter {
  const none: FrontMatter = { data: undefined, bodyOffset: 0, present: false, locate: () => ({ start: { line: 1, column: 1 } }), diagnostics: [] };
  // `----` and longer open no front matter: it is a Markdown rule (gray-matter agrees).
  if (!matter.test(text) || text.startsWith('----')) return none;
  const language = matter.language(text).name.trim();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return {
      ...none,
      present: true,
      bodyOffset: bodyStartAfterClosingFence(text),
      diagnostics: [
        diagnostic(file, { start: { line: 1, column: 4 } }, 'source/front-matter', `Front matter asks for the \`${language}\` engine; only YAML front matter is read, and nothing in a document is ever run.`, 'Write the front matter as YAML after a plain `---` line.'),
      ],
    };
  }
  let raw: string;
  let content: string;
  try {
    const parsed = splitMatter(text, {
      engines: { yaml: { parse: () => ({}) }, js: REFUSE, javascript: REFUSE, coffee: REFUSE, coffeescript: REFUSE, cson: REFUSE, json: REFUSE, toml: REFUSE },
    });
    raw = parsed.matter;
    content = parsed.content;
  } catch (error) {
    return {
      ...none,
      present: true,
      diagnostics: [diagnostic(file, { start: { line: 1, column: 1 } }, 'source/front-matter', `The front matter could not be read: ${(error as Error).message}.`, 'Close the front matter with a line holding only `---`.')],
    };
  }
  const bodyOffset = text.length - content.length;
  if (!hasClosingFence(text, bodyOffset)) {
    return {
      ...none,
      present: true,
      diagnostics: [diagnostic(file, { start: { line: 1, column: 1 } }, 'source/front-matter', 'The front matter is never closed.', 'Add a line holding only `---` after the front matter.')],
    };
  }
  // The YAML starts on the line after the opening fence.
  const lineOffset = 1;
  const shift = (span: Span): Span => ({
    start: { line: span.start.line + lineOffset, column: span.start.column },
    ...(span.end ? { end: { line: span.end.line + lineOffset, column: span.end.column } } : {}),
  });
  if (raw.trim() === '') {
    return { data: {}, bodyOffset, present: true, locate: () => ({ start: { line: 1, column: 1 } }), diagnostics: [] };
  }
  // gray-matter splits at `\n`, so with CRLF line endings the last line keeps its `\r`.
  const yamlText = raw.replace(/^[ \t]*\r?\n/, '').replace(/\r$/, '');
  // The fast reader, when its result is acceptable as it stands; positions only if asked for.
  const fast = accept ? fastParseRecord(yamlText) : undefined;
  if (fast !== undefined && accept!(fast)) {
    const lazy = lazyLocator(yamlText, file);
    return { data: fast, bodyOffset, present: true, locate: (path, target) => shift(lazy(path, target)), diagnostics: [] };
  }
  const yaml = parseRecordYaml(yamlText, file);
  if (yaml.diagnostics.length === 1 && yaml.diagnostics[0]!.rule === 'file/empty') {
    return { data: {}, bodyOffset, present: true, locate: () => ({ start: { line: 1, column: 1 } }), diagnostics: [] }; // comments only
  }
  const diagnostics = yaml.diagnostics.map((d) => {
    const message = d.rule === 'yaml/not-a-mapping' || d.rule === 'file/empty' ? 'The front matter is not a mapping of fields.' : d.message.replace(/\bin records\b/, 'in front matter');
    const fixed = { ...d, message, line: d.line + lineOffset, rule: 'source/front-matter' as const };
    if (d.endLine !== undefined) fixed.endLine = d.endLine + lineOffset;
    return fixed;
  });
  return { data: yaml.value, bodyOffset, present: true, locate: (path, target) => shift(yaml.locate(path, target)), diagnostics };
}

function hasClosingFence(text: string, bodyOffset: number): boolean {
  return bodyOffset > 3 && /(^|\n)---[ \t]*\r?\n?$/.test(text.slice(0, bodyOffset));
}

function bodyStartAfterClosingFence(text: string): number {
  const match = /\r?\n---[ \t]*(\r?\n|$)/.exec(text.slice(3));
  return match ? 3 + match.index + match[0].length : 0;
}
