/**
 * How long-running stages tell the caller how far they are: a phase name and, when known, how
 * many of how many items are done. Library code only calls the sink; the CLI decides whether
 * and how to show it (src/cli/progress.ts).
 */
export type ProgressSink = (phase: string, done?: number, total?: number) => void;

/** A sink that does nothing, for callers that do not show progress. */
export const NO_PROGRESS: ProgressSink = () => undefined;
