/** What preflight predicts for one target, in the order ZIM checks (lib/zim/README.md, decision 8). */
export type PredictionKind =
  "not-registered" | "already-friend" | "at-cap" | "auto-accept" | "pending" | "call-refused" | "unknown";

export type TargetPrediction = {
  userId: string;
  kind: PredictionKind;
  /** The SubCode the target is predicted to fail with; null when it succeeds or nothing is known. */
  code: number | null;
  /** null: the checks could not tell. */
  succeeds: boolean | null;
  sentence: string;
};

export type CallPrediction = { code: number | null; sentence: string };

export type SendPrediction = {
  fromUserId: string;
  /** FromUserId's friends before the send; null when QueryFriendList could not tell. */
  friendCount: number | null;
  call: CallPrediction;
  /** Near or at the friend cap: said once, above the targets. */
  capWarning: string | null;
  targets: TargetPrediction[];
};

/** The facts the read operations gave about one target. null: the check could not tell. */
export type TargetFacts = { userId: string; registered: boolean | null; relation: number | null; problem?: string };

export type SenderFacts = { userId: string; registered: boolean | null; friendCount: number | null };
