import { EXIT } from './io.js';

/** What a command's work came to: its value, or the exit code of the signal that stopped it. */
export type Interruptible<T> = { done: true; value: T } | { done: false; code: number };

/**
 * Runs `work` with an abort signal that SIGINT (Ctrl-C) and SIGTERM raise. Work that honours
 * the signal stops at its next check; the exit code is 130 for SIGINT and 143 for SIGTERM.
 */
export async function interruptible<T>(work: (signal: AbortSignal) => Promise<T>): Promise<Interruptible<T>> {
  const controller = new AbortController();
  let code: number = EXIT.interrupted;
  const onInt = () => controller.abort();
  const onTerm = () => {
    code = EXIT.terminated;
    controller.abort();
  };
  process.once('SIGINT', onInt);
  process.once('SIGTERM', onTerm);
  try {
    const value = await work(controller.signal);
    return { done: true, value };
  } catch (error) {
    if (controller.signal.aborted) return { done: false, code };
    throw error;
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  }
}
