/** The server's steps of a send (and of queuing a job), in order, as the result and the debug log name them. */
export const TIMED_STEPS = [
  "session",
  "validation",
  "rowChecks",
  "jobWrite",
  "auditWrite",
  "pacerSlot",
  "zimCall",
  "auditCompletion",
] as const;

export type TimedStep = (typeof TIMED_STEPS)[number];

/** The steps a send takes; queuing a bulk job adds its row checks and job write. */
export const SEND_STEPS = TIMED_STEPS.filter((step) => step !== "rowChecks" && step !== "jobWrite");

/**
 * Where a send's server time went: each step's milliseconds, the whole, and both in words (made on
 * the server, so the page shows it without code of its own).
 */
export type SendTiming = { steps: Partial<Record<TimedStep, number>>; totalMs: number; summary: string };

export const STEP_LABELS: Record<TimedStep, string> = {
  session: "session",
  validation: "validation",
  rowChecks: "row checks",
  jobWrite: "job write",
  auditWrite: "audit write",
  pacerSlot: "pacer slot",
  zimCall: "ZIM call",
  auditCompletion: "audit completion",
};

/** "session 0.8 ms · validation 0.4 ms · … · total 9.1 ms", the debug log's and the result's line. */
export function describeTiming({ steps, totalMs }: Omit<SendTiming, "summary">): string {
  const parts = TIMED_STEPS.flatMap((step) => (steps[step] === undefined ? [] : [`${STEP_LABELS[step]} ${steps[step]} ms`]));
  return [...parts, `total ${totalMs} ms`].join(" · ");
}

/** Everything the server did besides the ZIM call itself. */
export const serverOverheadMs = ({ steps, totalMs }: Pick<SendTiming, "steps" | "totalMs">) =>
  Math.round((totalMs - (steps.zimCall ?? 0)) * 10) / 10;
