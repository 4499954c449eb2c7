/** failed: a wrong password (or a disabled account). refused: an attempt during back-off or lockout. locked: the lockout began. cleared: an admin ended it. */
export type SignInEventKind = "failed" | "refused" | "locked" | "cleared";

export const SIGN_IN_EVENT_LABELS: Record<SignInEventKind, string> = {
  failed: "Failed sign-in",
  refused: "Refused: waiting out a back-off or lockout",
  locked: "Locked out",
  cleared: "Lockout cleared",
};
