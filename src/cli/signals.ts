import { setCriticalGuard } from '../io/critical-section.js';
import { EXIT } from './io.js';

/** What a command's work came to: its value, or the exit code of the signal that stopped it. */
export type Interruptible<T> = { done: true; value: T } | { done: false; code: number };

/**
 * Runs `work` so that SIGINT (Ctrl-C) and SIGTERM stop it within about a second. While it
 * writes (a critical section, see `src/io/critical-section.ts`) a signal raises the abort
 * signal, which the writer honours at its next check: exit 130 for SIGINT, 143 for SIGTERM.
 * Outside those sections nothing needs cleaning up, so no handler is installed and the
 * signal ends the process at once (the shell reports 130 or 143 too).
 */
export async function interruptible<T>(work: (signal: AbortSignal) => Promise<T>): Promise<Interruptible<T>> {
  const controller = new AbortController();
  let code: number = EXIT.interrupted;
  const onInt = () => controller.abort();
  const onTerm = () => {
    code = EXIT.terminated;
    controller.abort();
  };
  setCriticalGuard({
    enter: () => {
      process.on('SIGINT', onInt);
      process.on('SIGTERM', onTerm);
    },
    leave: () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  });
  try {
    const value = await work(controller.signal);
    return { done: true, value };
  } catch (error) {
    if (controller.signal.aborted) return { done: false, code };
    throw error;
  } finally {
    setCriticalGuard(undefined);
  }
}
