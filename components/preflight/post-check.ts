import type { FollowUpAnswer, PreflightAnswer } from "@/lib/preflight/check-actions";

type CheckInput = { environmentId: string; fromUserId: string | undefined; userIds: readonly string[] | undefined };

/**
 * A read-only check through its route handler rather than a server action: Next runs a page's
 * actions one at a time, so a send clicked during a check would wait for the check to finish.
 */
async function postCheck<Answer>(path: string, input: CheckInput, signal: AbortSignal): Promise<Answer> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
    signal,
  });
  if (!response.headers.get("content-type")?.startsWith("application/json")) {
    throw new Error(`The console's server answered HTTP ${response.status}.`);
  }
  return (await response.json()) as Answer;
}

export const checkBeforeSend = (input: CheckInput, signal: AbortSignal) =>
  postCheck<PreflightAnswer>("/api/preflight", input, signal);

export const checkAfterSend = (input: CheckInput, signal: AbortSignal) =>
  postCheck<FollowUpAnswer>("/api/follow-up", input, signal);
