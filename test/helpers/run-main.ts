import { main } from '../../src/cli/main.js';
import type { CliRun } from './run-cli.js';

/** Runs the CLI in-process (`main(argv, io)`), as `runCli` does through the built binary, without spawning. */
export async function runMain(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { ...options.env },
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}
