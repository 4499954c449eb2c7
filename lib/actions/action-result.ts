/** A validation problem keyed by its full path, e.g. `friendInfos.3.attributes.1.key`. */
export type ActionIssue = { path: string; message: string };

export type InvalidResult = { status: "invalid"; issues: ActionIssue[] };
export type FailedResult = { status: "failed"; message: string };
/** No session, a disabled operator, or a role too weak for the action. */
export type DeniedResult = { status: "denied"; message: string };
