/** A validation problem keyed by its full path, e.g. `friendInfos.3.attributes.1.key`. */
export type ActionIssue = { path: string; message: string };

export type InvalidResult = { status: "invalid"; issues: ActionIssue[] };
export type FailedResult = { status: "failed"; message: string };
/** No session, a disabled operator, or a role too weak for the action. */
export type DeniedResult = {
  status: "denied";
  message: string;
  /** No session (or it expired): signing in again fixes it. */ signedOut?: boolean;
};

/** Why an action did not run its handler, or could not finish it. */
export type Refusal = InvalidResult | FailedResult | DeniedResult;

/** What every server action answers: its own result, or a refusal. Clients read it without casts. */
export type ActionResult<T> = T | Refusal;

const REFUSALS: readonly string[] = ["invalid", "failed", "denied"];

export function isRefusal<T extends { status: string }>(result: ActionResult<T>): result is Refusal {
  return REFUSALS.includes(result.status);
}

/** A refusal in one sentence, for a form that shows it in one place. */
export function describeRefusal(refusal: Refusal): string {
  return refusal.status === "invalid" ? refusal.issues.map((issue) => issue.message).join("; ") : refusal.message;
}
