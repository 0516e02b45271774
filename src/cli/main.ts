import { Command, CommanderError, Option } from 'commander';
import { FORMAT_NAMES } from './formatters/index.js';
import { VERSION } from '../version.js';
import { diagnostic, oneLine, START } from '../diagnostics/diagnostic.js';
import { formatJson } from './formatters/json.js';
import { EXIT, UsageError, UserError, type CliIo } from './io.js';

/** Options every command accepts. */
export interface GlobalOptions {
  root: string;
  quiet?: boolean;
  debug?: boolean;
  color?: boolean;
}

export type CommandRunner<O> = (io: CliIo, global: GlobalOptions, options: O, args: string[]) => Promise<number>;


/**
 * Runs the CLI with the given arguments and streams and resolves to the exit code.
 * Commands are loaded only when called, so `--help` stays fast.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('demine');
  const run =
    <O>(load: () => Promise<CommandRunner<O>>) =>
    async (...params: unknown[]) => {
      const command = params[params.length - 1] as Command;
      const options = command.opts() as O;
      const global = command.optsWithGlobals() as GlobalOptions;
      const args = command.args;
      exitCode = await (await load())(io, global, options, args);
    };

  program
    .description('Compile source documents on humanitarian mine action into validated records and a citeable briefing bundle.')
    .version(VERSION, '-V, --version')
    .option('-r, --root <dir>', 'the knowledge base folder', '.')
    .option('-q, --quiet', 'print only problems, no summaries')
    .option('--no-color', 'never colour the output (NO_COLOR is honoured; FORCE_COLOR=1 forces colour)')
    .option('--debug', 'print stack traces of internal errors')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  $ demine validate                     check every record in ./data against ./schemas and ./seeds
  $ demine validate --format github     the same, as GitHub annotations for CI
  $ demine build                        regenerate the briefing bundle in ./dist
  $ demine build --check                fail when data/ or dist/ would change (for CI)
  $ demine cite actor:yoko-kamikawa     print a ready citation

Exit codes: 0 success, 1 problems found in the data, 2 wrong usage, 3 internal error (a bug).`,
    );

  const formatOption = () => new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('pretty');

  program
    .command('validate')
    .description('check every record: YAML, schemas, ids, references, pillar order, ranges, sources and quotes')
    .addOption(formatOption())
    .addHelpText('after', '\nExamples:\n  $ demine validate\n  $ demine validate --root ../my-kb --format json\n  $ demine validate --format github')
    .action(run(async () => (await import('./commands/validate.js')).validateCommand));

  program
    .command('build')
    .description('validate, then write the briefing bundle (briefing.json, index.md, fact sheets, manifest) atomically')
    .option('-o, --out <dir>', 'the bundle folder, relative to the root (default: `out` in demine.config.json, else dist)')
    .option('--check', 'write nothing; exit 1 and list the files when the bundle is stale')
    .option('--reviewed-only', 'leave drafts out of the bundle, and every link to them (also `reviewedOnly` in demine.config.json)')
    .option('-w, --watch', 'rebuild on every change to seeds/, data/, schemas/ or the config, one line per rebuild; Ctrl-C stops (exit 130)')
    .addOption(formatOption())
    .addHelpText('after', '\nExamples:\n  $ demine build\n  $ demine build --check            (CI: fails when dist/ does not match data/)\n  $ demine build --reviewed-only    (publish only what a person checked)\n  $ demine build --watch            (rebuild while you edit)\n  $ demine build --root ../my-kb --out public')
    .action(run(async () => (await import('./commands/build.js')).buildCommand));

  program
    .command('init')
    .argument('[dir]', 'the folder to create (new or empty; default: --root, else the current folder)')
    .description('create an empty knowledge base: seeds/, data/<type>/, schemas/, demine.config.json')
    .addHelpText('after', '\nExamples:\n  $ demine init my-kb\n  $ cd my-kb && cp ~/reports/*.md seeds/ && demine build')
    .action(run(async () => (await import('./commands/init.js')).initCommand));

  program
    .command('extract')
    .argument('[files...]', 'documents in seeds/ to extract (default: all)')
    .description('propose draft records from source documents, each with its verbatim quote; merge into existing drafts, never touch reviewed records')
    .option('-n, --dry-run', 'print what would be added and updated, write nothing')
    .addOption(formatOption())
    .addHelpText('after', '\nExamples:\n  $ demine extract                          all documents\n  $ demine extract seeds/new-report.md      one document\n  $ demine extract --dry-run')
    .action(run(async () => (await import('./commands/extract.js')).extractCommand));

  program
    .command('list')
    .argument('[type]', 'initiative, pillar, actor or figure (or the folder name)')
    .description('list records as `<type>:<id>  name`, drafts marked')
    .option('--json', 'print a JSON array for scripts')
    .addHelpText('after', '\nExamples:\n  $ demine list\n  $ demine list actor\n  $ demine list figures --json')
    .action(run(async () => (await import('./commands/list.js')).listCommand));

  program
    .command('show')
    .argument('<ref>', 'a record reference, <type>:<id>')
    .description('print one record: what it states, its facts and the quotes they rest on')
    .option('--json', 'print the record as JSON, with its file')
    .addHelpText('after', '\nExamples:\n  $ demine show actor:yoko-kamikawa\n  $ demine show figure:cambodia-area-cleared --json')
    .action(run(async () => (await import('./commands/show.js')).showCommand));

  program
    .command('cite')
    .argument('[refs...]', 'record references, <type>:<id>')
    .description('print a ready citation of records with their sources and quotes; CSL-JSON lists each document once')
    .addOption(new Option('-f, --format <format>', 'citation format').choices(['markdown', 'text', 'csl-json']).default('markdown'))
    .option('--all', 'every source document as one CSL-JSON library (with --format csl-json)')
    .addHelpText('after', '\nExamples:\n  $ demine cite figure:cambodia-area-cleared\n  $ demine cite actor:yoko-kamikawa --format text\n  $ demine cite initiative:japan-cambodia-landmine-initiative --format csl-json > refs.json   (for Zotero or pandoc)\n  $ demine cite --all --format csl-json > library.json')
    .action(run(async () => (await import('./commands/cite.js')).citeCommand));

  program
    .command('review')
    .description('show the drafts waiting for a person, by source document: what each states, its quotes in their sentences, the records it joins')
    .option('-s, --source <doc>', 'only the drafts citing this document (its id or its file in seeds/)')
    .option('-t, --type <type>', 'only drafts of this type (initiative, pillar, actor, figure)')
    .option('--json', 'print the drafts as JSON for scripts')
    .option('-i, --interactive', 'walk the drafts one by one: a accept, r reject, s skip, e open in $EDITOR, q quit')
    .addHelpText('after', '\nExamples:\n  $ demine review\n  $ demine review --source seeds/new-report.md --type figure\n  $ demine review --interactive\n  $ demine review --json | jq \'.[].drafts[].ref\'')
    .action(run(async () => (await import('./commands/review.js')).reviewCommand));

  program
    .command('accept')
    .argument('[refs...]', 'record references, <type>:<id>')
    .description('set `status: reviewed` on records, in place (comments and layout kept); refuses a record that does not validate')
    .option('-s, --source <doc>', 'every draft citing this document')
    .option('--all', 'every draft')
    .addOption(formatOption())
    .addHelpText('after', '\nExamples:\n  $ demine accept figure:cambodia-area-cleared actor:cambodia\n  $ demine accept --source seeds/002_2b5886e53538d0e7.md\n  $ demine accept --all')
    .action(run(async () => (await import('./commands/accept.js')).acceptCommand));

  program
    .command('reject')
    .argument('[refs...]', 'record references, <type>:<id>')
    .description('set `status: rejected` on records: a tombstone kept in data/, never published, never proposed again')
    .option('-s, --source <doc>', 'every draft citing this document')
    .addOption(formatOption())
    .addHelpText('after', '\nExamples:\n  $ demine reject actor:monday\n  $ demine reject initiative:x pillar:x-1 pillar:x-2   (an initiative with its pillars)')
    .action(run(async () => (await import('./commands/reject.js')).rejectCommand));

  program
    .command('status')
    .description('what waits: documents not yet extracted, drafts per document, rejected records, a stale bundle, problems; exit 1 when anything waits')
    .option('--json', 'print the status as JSON for scripts')
    .option('--reviewed-only', 'compare the bundle as `build --reviewed-only` makes it')
    .addHelpText('after', '\nExamples:\n  $ demine status\n  $ demine status --json')
    .action(run(async () => (await import('./commands/status.js')).statusCommand));

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    return handleError(error, io, argv);
  }
  return exitCode;
}

/** Error codes of writes the environment refused (read-only, full, permissions, something in the way). */
const WRITE_ERRORS = new Set(['EROFS', 'ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'EEXIST']);

function handleError(error: unknown, io: CliIo, argv: readonly string[]): number {
  const outcome = classify(error, argv.includes('--debug'));
  if (outcome.code === EXIT.ok) return outcome.code;
  if (outcome.line !== undefined) io.stderr.write(`${outcome.line}\n`);
  if (wantsJson(argv)) {
    // Machine output is one document for every outcome: the failure as one diagnostic, in the command's JSON shape.
    const found = diagnostic('.', START, outcome.code === EXIT.usage ? 'cli/usage' : 'cli/error', outcome.message, outcome.hint);
    const rows = JSON.parse(formatJson([found])) as unknown[];
    const value = argv.includes('extract') ? { dryRun: argv.includes('--dry-run') || argv.includes('-n'), writes: [], diagnostics: rows } : rows;
    io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }
  return outcome.code;
}

/** `--format json` (`-f json`, `--format=json`) or `--json`. */
function wantsJson(argv: readonly string[]): boolean {
  return argv.some((arg, i) => arg === '--json' || arg === '--format=json' || arg === '-fjson' || ((arg === '--format' || arg === '-f') && argv[i + 1] === 'json'));
}

interface Outcome {
  code: number;
  /** The line for stderr (commander prints its own). */
  line?: string;
  message: string;
  hint?: string;
}

function classify(error: unknown, debug: boolean): Outcome {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return { code: EXIT.ok, message: '' };
    return { code: EXIT.usage, message: oneLine(error.message.replace(/^error: /, '')) };
  }
  if (error instanceof UsageError || error instanceof UserError) {
    return { code: error instanceof UsageError ? EXIT.usage : EXIT.failed, line: `demine: ${error.message}${error.hint ? ` ${error.hint}` : ''}`, message: error.message, hint: error.hint };
  }
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  if (errno && WRITE_ERRORS.has(errno)) {
    // A file the command had to write could not be: the environment's problem, not a bug.
    const message = oneLine((error as Error).message);
    const hint = 'Check that the folder is writable and the disk has space, then run again.';
    return { code: EXIT.failed, line: `demine: ${message} — ${hint.charAt(0).toLowerCase()}${hint.slice(1)}`, message, hint };
  }
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  const trace = debug && error instanceof Error && error.stack ? error.stack : 'Run again with --debug to see the stack trace, and report it.';
  return { code: EXIT.internal, line: `demine: internal error (this is a bug in demine, not in your data): ${message}\n${trace}`, message: `Internal error (a bug in demine): ${message}`, hint: 'Run again with --debug to see the stack trace, and report it.' };
}
