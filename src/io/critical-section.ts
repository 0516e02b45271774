/**
 * Phases that write files run as critical sections. Outside them a process has nothing to
 * clean up, so Ctrl-C (SIGINT) and SIGTERM may end it at once, even in the middle of long
 * synchronous work that no JavaScript signal handler could interrupt; inside them the
 * command's handler turns the signal into an abort, which the writer honours at its next
 * check, leaving every file as it was or complete. The CLI sets the guard (`src/cli/signals.ts`);
 * library code only marks its sections.
 */
export interface CriticalGuard {
  enter(): void;
  leave(): void;
}

let guard: CriticalGuard | undefined;
let depth = 0;

export function setCriticalGuard(next: CriticalGuard | undefined): void {
  if (depth > 0) guard?.leave();
  guard = next;
  if (depth > 0) guard?.enter();
}

export async function critical<T>(work: () => Promise<T>): Promise<T> {
  if (depth++ === 0) guard?.enter();
  try {
    return await work();
  } finally {
    if (--depth === 0) guard?.leave();
  }
}
